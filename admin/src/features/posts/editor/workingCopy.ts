import type { PostEditor_PostFragment, PostKind } from '../../../__generated__/graphql';
import { slugFromTitle } from '#shared/slug.ts';

/**
 * The post as the author edits it: plain values, one per field (tags are names, in order). The
 * editor keeps the copy it started from (`initial`) beside the live one and derives "dirty" by
 * comparing them — there is no separate dirty flag to forget.
 */
export interface WorkingCopy {
  title: string;
  slug: string;
  kind: PostKind;
  categoryId: string | null;
  tags: string[];
  hasLab: boolean;
  summary: string;
  body: string;
}

export type FieldName = keyof WorkingCopy;

/** Field order on screen: the first invalid one in this order gets focus. */
export const FIELD_NAMES: readonly FieldName[] = ['title', 'slug', 'kind', 'categoryId', 'tags', 'hasLab', 'summary', 'body'];

/** Labels shared by the form, the conflict dialog and error messages. */
export const FIELD_LABELS: Record<FieldName, string> = {
  title: 'Title',
  slug: 'Slug',
  kind: 'Kind',
  categoryId: 'Category',
  tags: 'Tags',
  hasLab: 'Lab inside',
  summary: 'Summary',
  body: 'Body',
};

/** The DOM id of a field's control (labels, focus-the-first-error, aria-describedby). */
export const fieldId = (name: FieldName): string => `post-field-${name}`;

export const EMPTY_COPY: WorkingCopy = {
  title: '',
  slug: '',
  kind: 'NOTE',
  categoryId: null,
  tags: [],
  hasLab: false,
  summary: '',
  body: '',
};

export function copyFromPost(post: PostEditor_PostFragment): WorkingCopy {
  return {
    title: post.title,
    slug: post.slug,
    kind: post.kind,
    categoryId: post.category?.id ?? null,
    tags: post.tags.map((tag) => tag.name),
    hasLab: post.hasLab,
    summary: post.summary,
    body: post.body,
  };
}

function isSame(a: WorkingCopy[FieldName], b: WorkingCopy[FieldName]): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((value, i) => value === b[i]);
  return a === b;
}

/** The fields whose values differ between two copies, in screen order. */
export function changedFields(from: WorkingCopy, to: WorkingCopy): FieldName[] {
  return FIELD_NAMES.filter((name) => !isSame(from[name], to[name]));
}

/** `{ title: …, tags: … }` with only the changed fields (updatePost is partial). */
export function pickFields(copy: WorkingCopy, names: readonly FieldName[]): Partial<WorkingCopy> {
  return Object.fromEntries(names.map((name) => [name, copy[name]]));
}

/**
 * Whether the slug should keep following the title. A new post's does until the author types
 * one; an existing draft's does while it still equals the title's slug; a published post's never
 * does, because changing it would break links people already have.
 */
export function isSlugDerived(copy: WorkingCopy, options: { isNew: boolean; isPublished: boolean }): boolean {
  if (options.isNew) return copy.slug === '' || copy.slug === slugFromTitle(copy.title);
  return !options.isPublished && copy.slug === slugFromTitle(copy.title);
}

/** A field's value as one line of text (conflict dialog). */
export function displayValue(name: FieldName, copy: WorkingCopy, categoryName: (id: string) => string): string {
  const value = copy[name];
  if (name === 'kind') return value === 'NOTE' ? 'Long read' : 'Short';
  if (name === 'categoryId') return copy.categoryId ? categoryName(copy.categoryId) : '—';
  if (name === 'hasLab') return value ? 'Yes' : 'No';
  if (Array.isArray(value)) return value.join(', ') || '—';
  return String(value) || '—';
}
