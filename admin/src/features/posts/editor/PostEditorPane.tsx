import { useCallback, useMemo, useRef } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import type { PaneProps } from '../../../app/pane-types';
import { useNavigate } from '../../../app/router/Router';
import { useCommands, type Command } from '../../../app/shortcuts/commands';
import { useShortcut } from '../../../app/shortcuts/ShortcutProvider';
import { PostsListDocument } from '../documents';
import { POST_SECTION_FILTERS, POSTS_PAGE_SIZE } from '../filters';
import { PostEditorDocument } from './documents';
import { PostEditor } from './PostEditor';

/** The item id of the "new post" route: /admin/posts/new (real ids are opaque base64 Relay ids). */
export const NEW_POST_ID = 'new';

/**
 * The editor pane of the Posts sections: an empty state, a new post (`…/new`), or the selected
 * post. The editor is keyed by post, so switching posts starts from the server's copy — except
 * right after a new post is created: the URL moves to its id and the same editor stays mounted
 * (its working copy, focus and any request still out are kept).
 */
export function PostEditorPane({ route }: PaneProps) {
  const navigate = useNavigate();
  const client = useApolloClient();
  const session = useRef({ generation: 0, adoptedId: null as string | null, lastItemId: null as string | null });
  if (route.itemId !== session.current.lastItemId) {
    // Every visit to /new is a fresh, empty editor.
    if (route.itemId === NEW_POST_ID)
      session.current = { generation: session.current.generation + 1, adoptedId: null, lastItemId: NEW_POST_ID };
    else session.current.lastItemId = route.itemId;
  }
  const isAdopted = route.itemId !== null && route.itemId === session.current.adoptedId;
  const isNew = route.itemId === NEW_POST_ID || isAdopted;
  const postId = route.itemId && !isNew ? route.itemId : null;
  const { data, loading } = useQuery(PostEditorDocument, { variables: { id: postId ?? '' }, skip: !postId });
  const post = postId && data?.node?.__typename === 'Post' && data.node.id === postId ? data.node : null;

  const openNew = useCallback(() => void navigate({ section: route.section, itemId: NEW_POST_ID }), [navigate, route.section]);
  useShortcut('post.new', openNew);
  useCommands(
    useMemo<Command[]>(() => [{ id: 'post:new', label: 'New post', group: 'Actions', shortcutId: 'post.new', run: openNew }], [openNew]),
  );

  const onCreated = useCallback(
    (id: string) => {
      session.current.adoptedId = id;
      navigate({ section: route.section, itemId: id }, { replace: true });
    },
    [navigate, route.section],
  );

  // After a delete, select the post that followed it in this section's list (else the one before).
  const onDeleted = useCallback(
    (id: string) => {
      const filter = POST_SECTION_FILTERS[route.section] ?? POST_SECTION_FILTERS.posts;
      const list = client.cache.readQuery({ query: PostsListDocument, variables: { first: POSTS_PAGE_SIZE, filter } });
      const ids = list?.posts.edges.map((edge) => edge.node.id) ?? [];
      const index = ids.indexOf(id);
      const next = ids.filter((other) => other !== id)[index >= 0 ? Math.min(index, ids.length - 2) : 0] ?? null;
      navigate({ section: route.section, itemId: next }, { replace: true });
    },
    [client, navigate, route.section],
  );

  const editorKey = isNew ? `new-${session.current.generation}` : postId;
  return (
    <section className="pane editor-pane" aria-label="Editor" data-pane="editor" tabIndex={-1}>
      {!route.itemId ? (
        <div className="pane-empty">
          <p>Select a post, or start a new one.</p>
          <button type="button" className="button" onClick={openNew}>
            New post
          </button>
        </div>
      ) : null}
      {postId && loading && !post ? (
        <p className="pane-empty" role="status">
          Loading…
        </p>
      ) : null}
      {postId && !loading && !post ? (
        <p className="pane-empty" role="alert">
          This post does not exist (any more).
        </p>
      ) : null}
      {isNew || post ? (
        <PostEditor key={editorKey} post={isNew ? null : post} onCreated={onCreated} onDeleted={onDeleted} onNew={openNew} />
      ) : null}
    </section>
  );
}
