import type { PostStatus } from '../../__generated__/graphql';
import { formatDateTime } from '../../components/formatDate';

const LABELS: Record<PostStatus, string> = { DRAFT: 'Draft', SCHEDULED: 'Scheduled', PUBLISHED: 'Published' };
const CLASSES: Record<PostStatus, string> = { DRAFT: 'badge-draft', SCHEDULED: 'badge-scheduled', PUBLISHED: 'badge-published' };

/** A post's status as the small coloured label of the list rows and the editor header. */
export function PostStatusBadge({ status }: { status: PostStatus }) {
  return <span className={`badge ${CLASSES[status]}`}>{LABELS[status]}</span>;
}

/**
 * "Scheduled for 24 Dec 2026, 09:30 CET": when a scheduled post goes out, on the site's clocks
 * (`timeZone`, from useSiteTimeZone), to the minute.
 */
export function scheduledFor(publishedAt: string, timeZone: string | undefined): string {
  return `Scheduled for ${formatDateTime(publishedAt, timeZone)}`;
}
