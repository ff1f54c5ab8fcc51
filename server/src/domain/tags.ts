import { slugFromTitle } from '../../../shared/src/slug.ts';
import type { Prisma } from '../__generated__/prisma/client.ts';
import { ValidationError } from './errors.ts';

/**
 * Tag ids for `names` in the same order, creating the missing tags (matched by slug made from the
 * name, so "Reward Model" and "reward-model" are one tag). Two or three statements whatever the count.
 * @throws ValidationError when a name has no letters or digits.
 */
export async function upsertTags(tx: Prisma.TransactionClient, names: string[]): Promise<string[]> {
  if (names.length === 0) return [];
  const slugs = names.map((name, i) => {
    const slug = slugFromTitle(name);
    if (!slug) throw ValidationError.field(['input', 'tags', String(i)], 'A tag needs a letter or digit.');
    return slug;
  });
  if (new Set(slugs).size !== slugs.length) throw ValidationError.field(['input', 'tags'], 'Two tags have the same slug.');
  const existing = await tx.tag.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } });
  const known = new Set(existing.map((t) => t.slug));
  const missing = names.map((name, i) => ({ name: name.trim(), slug: slugs[i]! })).filter((t) => !known.has(t.slug));
  const created = missing.length
    ? await tx.tag.createManyAndReturn({ data: missing, select: { id: true, slug: true } })
    : [];
  const idBySlug = new Map([...existing, ...created].map((t) => [t.slug, t.id]));
  return slugs.map((slug) => idBySlug.get(slug)!);
}
