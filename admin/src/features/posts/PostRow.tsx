import type { PostRow_PostFragment } from '../../__generated__/graphql';
import { formatDate } from '../../components/formatDate';

/** One post in the list: title, then status · kind · date. Renders the PostRow_post fragment. */
export function PostRow({ post }: { post: PostRow_PostFragment }) {
  const kind = post.kind === 'NOTE' ? 'Long read' : 'Short';
  const date = post.publishedAt ? formatDate(post.publishedAt) : `edited ${formatDate(post.updatedAt)}`;
  return (
    <div className="post-row">
      <span className="post-row-title">{post.title}</span>
      <span className="post-row-meta">
        <span className={`badge ${post.status === 'DRAFT' ? 'badge-draft' : 'badge-published'}`}>{post.status === 'DRAFT' ? 'Draft' : 'Published'}</span>
        {' '}{kind} · <time dateTime={post.publishedAt ?? post.updatedAt}>{date}</time>
      </span>
    </div>
  );
}
