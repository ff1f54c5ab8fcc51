import { useQuery } from '@apollo/client/react';
import type { PaneProps } from '../../app/panes';
import { formatDate } from '../../components/formatDate';
import { PostDetailDocument } from './documents';

/**
 * Placeholder for the post editor (next: title, slug, kind, category, tags, body with preview,
 * publish, delete, dirty tracking, autosave, conflict dialog — issue #3 §5). Shows the selected
 * post read-only so the selection → URL → detail wiring is visible end to end.
 */
export function PostEditorPlaceholder({ route }: PaneProps) {
  const { data, loading } = useQuery(PostDetailDocument, { variables: { id: route.itemId ?? '' }, skip: !route.itemId });
  const post = data?.node?.__typename === 'Post' ? data.node : null;
  return (
    <section className="pane editor-pane" aria-label="Editor" data-pane="editor" tabIndex={-1}>
      {!route.itemId ? <p className="pane-empty">Select a post, or press Alt+N for a new one.</p> : null}
      {route.itemId && loading && !post ? <p className="pane-empty" role="status">Loading…</p> : null}
      {route.itemId && !loading && !post ? <p className="pane-empty">This post does not exist (any more).</p> : null}
      {post ? (
        <article className="post-detail">
          <h2>{post.title}</h2>
          <dl>
            <dt>Slug</dt><dd>{post.slug}</dd>
            <dt>Status</dt><dd>{post.status === 'DRAFT' ? 'Draft' : `Published ${post.publishedAt ? formatDate(post.publishedAt) : ''}`}</dd>
            <dt>Kind</dt><dd>{post.kind === 'NOTE' ? 'Long read' : 'Short'}{post.hasLab ? ' · Lab inside' : ''}</dd>
            <dt>Category</dt><dd>{post.category?.name ?? '—'}</dd>
            <dt>Tags</dt><dd>{post.tags.map((tag) => tag.name).join(', ') || '—'}</dd>
            <dt>Version</dt><dd>{post.version}</dd>
          </dl>
          <p>{post.summary}</p>
          <p className="pane-note">The editor arrives here next.</p>
        </article>
      ) : null}
    </section>
  );
}
