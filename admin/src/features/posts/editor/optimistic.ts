import type { PostEditor_PostFragment } from '../../../__generated__/graphql';
import type { WorkingCopy } from './workingCopy';

/**
 * What the post will most likely look like after a successful write, for optimisticResponse:
 * the list row and the status bar change at once, and Apollo rolls it back if the server answers
 * with an error member instead. Ids of not-yet-created tags are placeholders (never sent).
 */
export function optimisticPost(
  base: PostEditor_PostFragment,
  copy: WorkingCopy,
  categories: readonly { id: string; name: string; slug?: string }[],
): PostEditor_PostFragment {
  const category = copy.categoryId ? categories.find((c) => c.id === copy.categoryId) : undefined;
  const now = new Date().toISOString();
  return {
    ...base,
    title: copy.title.trim(),
    slug: copy.slug,
    kind: copy.kind,
    summary: copy.summary,
    body: copy.body,
    hasLab: copy.hasLab,
    category: category
      ? { __typename: 'Category', id: category.id, name: category.name, slug: category.slug ?? base.category?.slug ?? '' }
      : null,
    tags: copy.tags.map(
      (name) => base.tags.find((tag) => tag.name === name) ?? { __typename: 'Tag', id: `optimistic:${name}`, name, slug: '' },
    ),
    version: base.version + 1,
    updatedAt: now,
  };
}

/**
 * The post after publish (publishedAt = the given instant or now; SCHEDULED when that is in the
 * future, as the gateway decides) or unpublish (back to a draft).
 */
export function optimisticStatus(base: PostEditor_PostFragment, publish: boolean, publishedAt?: string): PostEditor_PostFragment {
  const now = new Date().toISOString();
  const at = publishedAt ?? now;
  return {
    ...base,
    status: !publish ? 'DRAFT' : at > now ? 'SCHEDULED' : 'PUBLISHED',
    publishedAt: publish ? at : null,
    version: base.version + 1,
    updatedAt: now,
  };
}
