// The posts list with text in its search box: ranked `search` instead of `posts`, the other
// filters carried along, and the excerpt rendered as text + <mark> (never as HTML).
import { ApolloClient, ApolloLink } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Observable } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { createCache } from '../../apollo/cache';
import { RouterProvider, useRoute } from '../../app/router/Router';
import { CommandsProvider } from '../../app/shortcuts/commands';
import { ShortcutProvider } from '../../app/shortcuts/ShortcutProvider';
import { PostsList } from './PostsList';

const post = (id: string, title: string, status: 'PUBLISHED' | 'DRAFT' = 'PUBLISHED') => ({
  __typename: 'Post' as const,
  id,
  title,
  slug: id,
  kind: 'NOTE' as const,
  status,
  publishedAt: status === 'PUBLISHED' ? '2026-05-01T10:00:00.000Z' : null,
  updatedAt: '2026-05-01T10:00:00.000Z',
  isFavorite: false,
});
const pageInfo = { __typename: 'PageInfo' as const, endCursor: null, hasNextPage: false };

const LATEST = [post('p1', 'Newest post'), post('p2', 'Older post')];
const HITS = [
  { post: post('s1', 'Comets explained'), highlight: 'a <mark>comet</mark> &amp; its tail' },
  { post: post('s2', 'Hostile'), highlight: 'Rules: 1 &lt; 2 &lt;script&gt;steal()&lt;/script&gt; <mark>comet</mark> &quot;x&quot;' },
];

/** What the gateway answers, by operation name. */
const answers: Record<string, (variables: Record<string, unknown>) => object> = {
  PostsList: () => ({
    posts: {
      __typename: 'PostConnection',
      totalCount: LATEST.length,
      edges: LATEST.map((node) => ({ __typename: 'PostEdge', cursor: node.id, node })),
      pageInfo,
    },
  }),
  PostsSearch: () => ({
    search: {
      __typename: 'SearchConnection',
      edges: HITS.map(({ post: node, highlight }) => ({ __typename: 'SearchEdge', cursor: node.id, highlight, node })),
      pageInfo,
    },
  }),
  PostFilterCategories: () => ({ categories: [] }),
  SiteTimeZone: () => ({ site: { __typename: 'Site', timeZone: 'UTC' } }),
};

function Pane() {
  return <PostsList route={useRoute()} />;
}

/** The real cache behind a link that answers each operation by name and records what was sent. */
function renderList() {
  const sent: { name: string | undefined; variables: Record<string, unknown> }[] = [];
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        sent.push({ name: operation.operationName, variables: operation.variables });
        observer.next({ data: answers[operation.operationName!]!(operation.variables) });
        observer.complete();
      }),
  );
  const client = new ApolloClient({ link, cache: createCache() });
  render(
    <ApolloProvider client={client}>
      <RouterProvider>
        <ShortcutProvider>
          <CommandsProvider>
            <Pane />
          </CommandsProvider>
        </ShortcutProvider>
      </RouterProvider>
    </ApolloProvider>,
  );
  return { sent };
}

const list = () => within(screen.getByRole('listbox', { name: 'Posts' }));
const titles = () =>
  list()
    .queryAllByRole('option')
    .map((option) => option.querySelector('.post-row-title')?.textContent);
const selectedRow = () => list().getByRole('option', { selected: true }).querySelector('.post-row-title')?.textContent;

describe('PostsList with a search', () => {
  it('lists ranked matches for typed text with the excerpt as text + <mark>, a <script> in it as text', async () => {
    const user = userEvent.setup();
    const { sent } = renderList();
    await waitFor(() => expect(titles()).toEqual(['Newest post', 'Older post']));

    await user.type(screen.getByRole('searchbox', { name: 'Search posts' }), 'comet');
    await waitFor(() => expect(titles()).toEqual(['Comets explained', 'Hostile']));
    const searches = sent.filter((op) => op.name === 'PostsSearch');
    // Debounced: one request for the whole word, not one per key.
    expect(searches).toEqual([{ name: 'PostsSearch', variables: { query: 'comet', first: 30, filter: { includeDrafts: true } } }]);
    expect(screen.getByRole('region', { name: 'Posts' }).querySelector('.pane-count')?.textContent).toBe('2 matches');

    const [first, second] = list().getAllByRole('option');
    const marks = first!.querySelectorAll('mark');
    expect([...marks].map((m) => m.textContent)).toEqual(['comet']);
    expect(first!.querySelector('.post-row-highlight')?.textContent).toBe('a comet & its tail');
    expect(second!.querySelector('.post-row-highlight')?.textContent).toBe('Rules: 1 < 2 <script>steal()</script> comet "x"');
    expect(document.querySelector('script')).toBeNull();
    expect(second!.querySelectorAll('mark')).toHaveLength(1);
  });

  it('keeps the status filter in the search, and a blank box brings back the plain list', async () => {
    const user = userEvent.setup();
    const { sent } = renderList();
    await waitFor(() => expect(titles()).toEqual(['Newest post', 'Older post']));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'DRAFT');
    const box = screen.getByRole('searchbox', { name: 'Search posts' });
    await user.type(box, 'comet');
    await waitFor(() =>
      expect(sent.filter((op) => op.name === 'PostsSearch').at(-1)?.variables).toEqual({
        query: 'comet',
        first: 30,
        filter: { status: 'DRAFT' },
      }),
    );

    await waitFor(() => expect(titles()).toEqual(['Comets explained', 'Hostile']));

    await user.clear(box);
    await waitFor(() => expect(titles()).toEqual(['Newest post', 'Older post']));
    expect(sent.filter((op) => op.name === 'PostsList').at(-1)?.variables).toEqual({ first: 30, filter: { status: 'DRAFT' } });
  });

  it('keeps keyboard selection: ↓ from the search box into the matches, ↓ again selects the next', async () => {
    const user = userEvent.setup();
    renderList();
    await user.type(screen.getByRole('searchbox', { name: 'Search posts' }), 'comet');
    await waitFor(() => expect(titles()).toEqual(['Comets explained', 'Hostile']));
    await user.keyboard('{ArrowDown}');
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(selectedRow()).toBe('Comets explained'));
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(selectedRow()).toBe('Hostile'));
  });
});
