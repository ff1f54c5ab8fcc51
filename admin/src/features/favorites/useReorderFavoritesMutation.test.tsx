import type { ReactNode } from 'react';
import { ApolloClient, ApolloLink } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { act, renderHook, waitFor } from '@testing-library/react';
import { Observable } from 'rxjs';
import { describe, expect, it, vi } from 'vitest';
import { createCache } from '../../apollo/cache';
import { FavoritesDocument } from './documents';
import { readFavorites } from './favorites-cache';
import { CONFLICT_MESSAGE, useReorderFavoritesMutation } from './useReorderFavoritesMutation';

const post = (id: string) => ({
  __typename: 'Post' as const,
  id,
  title: `Post ${id}`,
  kind: 'NOTE' as const,
  status: 'PUBLISHED' as const,
  publishedAt: null,
  isFavorite: true,
});
const [a, b, c] = [post('a'), post('b'), post('c')];

/** A client whose link records every operation and answers with `answer(variables)` when released. */
function setup(answer: (variables: Record<string, any>) => object) {
  const sent: { name: string | undefined; variables: Record<string, any> }[] = [];
  let release = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        sent.push({ name: operation.operationName, variables: operation.variables });
        void gate.then(() => {
          observer.next({ data: answer(operation.variables) });
          observer.complete();
        });
      }),
  );
  const client = new ApolloClient({ link, cache: createCache() });
  client.cache.writeQuery({ query: FavoritesDocument, data: { __typename: 'Query', favorites: [a, b, c], favoritesRevision: 7 } });
  const wrapper = ({ children }: { children: ReactNode }) => <ApolloProvider client={client}>{children}</ApolloProvider>;
  return { client, sent, release, wrapper };
}

const order = (client: ApolloClient) => readFavorites(client.cache, true)?.favorites.map((p) => p.id);

describe('useReorderFavoritesMutation', () => {
  it('sends exactly one reorderFavorites per drop, with the new permutation and the cached revision, shown at once', async () => {
    const { client, sent, release, wrapper } = setup((v) => ({
      reorderFavorites: { __typename: 'FavoritesPayload', revision: 8, favorites: v.postIds.map((id: string) => post(id)) },
    }));
    const reload = vi.fn(async () => undefined);
    const { result } = renderHook(() => useReorderFavoritesMutation({ reload }), { wrapper });
    let done!: Promise<void>;
    act(() => {
      done = result.current.reorder({ favorites: [a, b, c], revision: 7, from: 0, to: 2 });
    });
    // Optimistic: the new order is in the cache before the server answered.
    await waitFor(() => expect(order(client)).toEqual(['b', 'c', 'a']));
    release();
    await act(() => done);
    expect(sent).toEqual([{ name: 'ReorderFavorites', variables: { postIds: ['b', 'c', 'a'], expectedRevision: 7 } }]);
    expect(readFavorites(client.cache)).toMatchObject({ revision: 8 });
    expect(reload).not.toHaveBeenCalled();
    expect(result.current.problem).toBeNull();
  });

  it('on ConflictError rolls back, says so and reloads — and never retries with the newer revision', async () => {
    const { client, sent, release, wrapper } = setup(() => ({
      reorderFavorites: { __typename: 'ConflictError', message: 'The favorites list changed meanwhile', currentVersion: 9 },
    }));
    const reload = vi.fn(async () => undefined);
    const { result } = renderHook(() => useReorderFavoritesMutation({ reload }), { wrapper });
    let done!: Promise<void>;
    act(() => {
      done = result.current.reorder({ favorites: [a, b, c], revision: 7, from: 2, to: 0 });
    });
    release();
    await act(() => done);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.variables).toEqual({ postIds: ['c', 'a', 'b'], expectedRevision: 7 });
    expect(order(client)).toEqual(['a', 'b', 'c']);
    expect(reload).toHaveBeenCalledTimes(1);
    expect(result.current.problem).toBe(CONFLICT_MESSAGE);
  });

  it('a drop where it was picked up sends nothing', async () => {
    const { sent, wrapper } = setup(() => ({}));
    const { result } = renderHook(() => useReorderFavoritesMutation({ reload: async () => undefined }), { wrapper });
    await act(() => result.current.reorder({ favorites: [a, b, c], revision: 7, from: 1, to: 1 }));
    expect(sent).toEqual([]);
  });
});
