import { z } from 'zod';
import { limits } from './limits.ts';
import { markdownNestingIssue } from './markdown-nesting.ts';
import { slugSchema } from './slug.ts';
import { requiredText, textUpTo } from './text-rules.ts';

/**
 * Validation rules for a post's editable fields, run by the gateway inside resolvers and by the
 * admin beside the fields (same messages). Shapes are plain values, not GraphQL or Prisma types.
 * Domain rule: shorts have no category (on the blog only long reads are filed under one).
 */
const title = requiredText('Title', limits.titleMax);
const summary = textUpTo('Summary', limits.summaryMax);
/** A post's Markdown body: its size, and nesting shallow enough to render (markdown-nesting.ts). */
export const bodySchema = textUpTo('Body', limits.bodyMax).superRefine((markdown, context) => {
  // Only within the size limit: the scan is linear, but a body already refused needs no second message.
  if (markdown.length > limits.bodyMax) return;
  const issue = markdownNestingIssue(markdown);
  if (issue) context.addIssue({ code: 'custom', message: issue });
});
export const tagNameSchema = requiredText('Tag name', limits.tagNameMax);
const tags = z
  .array(tagNameSchema)
  .max(limits.tagsPerPostMax, `A post has at most ${limits.tagsPerPostMax} tags.`)
  .refine((names) => new Set(names.map((n) => n.toLowerCase())).size === names.length, {
    message: 'Each tag may appear only once.',
  });

export const postKinds = ['NOTE', 'SHORT'] as const;

/** The fields of a post as the author edits them; every field optional (updates are partial). */
export const postFieldsSchema = z.object({
  title: title.optional(),
  slug: slugSchema.optional(),
  kind: z.enum(postKinds).optional(),
  summary: summary.optional(),
  body: bodySchema.optional(),
  hasLab: z.boolean().optional(),
  /** Tag names in the author's order; new names create tags. */
  tags: tags.optional(),
  /** null = no category. */
  categoryId: z.string().nullable().optional(),
});
export type PostFields = z.infer<typeof postFieldsSchema>;

/** Rules on the post as it will be after the edit (fields merged with the stored ones). */
export const postStateSchema = z
  .object({ kind: z.enum(postKinds), categoryId: z.string().nullable() })
  .refine((p) => !(p.kind === 'SHORT' && p.categoryId !== null), {
    message: 'Shorts have no category.',
    path: ['categoryId'],
  });

export const categoryFieldsSchema = z.object({
  name: requiredText('Name', limits.categoryNameMax).optional(),
  slug: slugSchema.optional(),
  description: textUpTo('Description', limits.categoryDescriptionMax).nullable().optional(),
});

export const tagFieldsSchema = z.object({ name: tagNameSchema.optional(), slug: slugSchema.optional() });
