import { memo } from 'react';
import { graphql } from '../../__generated__';
import type { PostRow_PostFragment } from '../../__generated__/graphql';
import { formatDate } from '../../components/formatDate';
import { Highlight } from '../../components/Highlight';
import { PostStatusBadge, scheduledFor } from './PostStatusBadge';

/** One row of the posts list: what PostRow renders. */
export const PostRowFragment = graphql(`
  fragment PostRow_post on Post {
    id
    title
    slug
    kind
    status
    publishedAt
    updatedAt
    isFavorite
  }
`);

/**
 * One post in the list: title (★ when a favorite), in a search its excerpt with the matching
 * words marked (`highlight`, rendered by Highlight, never as HTML), then status · kind · date (a scheduled post's
 * date is its publication time, to the minute, on the site's clocks). Renders the
 * PostRow_post fragment. The selected row also carries the favorites toggle; it is out of the
 * tab order (the list is one tab stop) — keyboard users press F, which runs the same function.
 * Memoized: moving the selection through hundreds of rows re-renders only the two that change.
 */
export const PostRow = memo(function PostRow({
  post,
  highlight = null,
  isSelected,
  onToggleFavorite,
  timeZone,
}: {
  post: PostRow_PostFragment;
  /** SearchEdge.highlight when the list is a search: escaped text with <mark>…</mark>. */
  highlight?: string | null;
  isSelected: boolean;
  onToggleFavorite: (post: PostRow_PostFragment) => void;
  /** The site's time zone (dates are the blog's calendar days); undefined → the browser's. */
  timeZone?: string;
}) {
  const kind = post.kind === 'NOTE' ? 'Long read' : 'Short';
  const date =
    post.status === 'SCHEDULED' && post.publishedAt
      ? scheduledFor(post.publishedAt, timeZone)
      : post.publishedAt
        ? formatDate(post.publishedAt, timeZone)
        : `edited ${formatDate(post.updatedAt, timeZone)}`;
  return (
    <div className="post-row">
      <span className="post-row-line">
        {post.isFavorite ? (
          <span className="post-row-star" role="img" aria-label="Favorite">
            ★
          </span>
        ) : null}
        <span className="post-row-title">{post.title}</span>
      </span>
      {highlight ? <Highlight className="post-row-highlight" html={highlight} /> : null}
      <span className="post-row-meta">
        <PostStatusBadge status={post.status} /> {kind} · <time dateTime={post.publishedAt ?? post.updatedAt}>{date}</time>
      </span>
      {isSelected ? (
        // A toggle button (APG): constant name, state in aria-pressed.
        <button
          type="button"
          className="button post-row-favorite"
          tabIndex={-1}
          aria-pressed={post.isFavorite}
          title={post.isFavorite ? 'Remove from favorites (F)' : 'Add to favorites (F)'}
          onClick={(event) => {
            event.stopPropagation();
            onToggleFavorite(post);
          }}
        >
          <span aria-hidden="true">{post.isFavorite ? '★' : '☆'}</span> Favorite
        </button>
      ) : null}
    </div>
  );
});
