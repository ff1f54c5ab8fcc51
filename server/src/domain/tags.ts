import { slugFromTitle } from '#shared/slug.ts';
import type { Prisma } from '../__generated__/prisma/client.ts';
import { ValidationError } from './errors.ts';

/**
 * Tag ids for `names` in the same order, creating the missing tags. A name matches an existing tag
 * by the slug made from it (so "Reward Model" and "reward-model" are one tag) or by its name, case
 * aside: a tag whose slug was changed (updateTag) keeps its name, and Tag.name is unique, so
 * creating it again would fail. One statement when every tag exists, three when some are new,
 * whatever the count.
 * @throws ValidationError when a name has no letters or digits.
 */
export async function upsertTags(tx: Prisma.TransactionClient, names: string[]): Promise<string[]> {
  if (names.length === 0) return [];
  const trimmed = names.map((name) => name.trim());
  const slugs = trimmed.map((name, i) => {
    const slug = slugFromTitle(name);
    if (!slug) throw ValidationError.field(['input', 'tags', String(i)], 'A tag needs a letter or digit.');
    return slug;
  });
  if (new Set(slugs).size !== slugs.length) throw ValidationError.field(['input', 'tags'], 'Two tags have the same slug.');
  const existing = await tx.tag.findMany({
    where: { OR: [{ slug: { in: slugs } }, { name: { in: trimmed, mode: 'insensitive' } }] },
    select: { id: true, slug: true, name: true },
  });
  const bySlug = new Map(existing.map((t) => [t.slug, t.id]));
  const byName = new Map(existing.map((t) => [t.name.toLowerCase(), t.id]));
  const found = trimmed.map((name, i) => bySlug.get(slugs[i]!) ?? byName.get(name.toLowerCase()));
  const missing = trimmed.map((name, i) => ({ name, slug: slugs[i]! })).filter((_, i) => !found[i]);
  let ids = found;
  if (missing.length) {
    // ON CONFLICT DO NOTHING, then read: a concurrent writer may create the same new tag between
    // the lookup above and this insert (PostgreSQL waits for it to commit, then skips the row), and
    // both posts must get that one tag — not a unique violation.
    await tx.tag.createMany({ data: missing, skipDuplicates: true });
    const rows = await tx.tag.findMany({
      where: { OR: [{ slug: { in: missing.map((m) => m.slug) } }, { name: { in: missing.map((m) => m.name), mode: 'insensitive' } }] },
      select: { id: true, slug: true, name: true },
    });
    const bySlugNow = new Map(rows.map((t) => [t.slug, t.id]));
    const byNameNow = new Map(rows.map((t) => [t.name.toLowerCase(), t.id]));
    ids = found.map((id, i) => id ?? bySlugNow.get(slugs[i]!) ?? byNameNow.get(trimmed[i]!.toLowerCase()));
  }
  if (ids.some((id) => id === undefined)) throw new Error('upsertTags: a tag is missing after its insert');
  // Two names may land on one existing tag (one by slug, one by name): a tag appears once per post.
  if (new Set(ids).size !== ids.length) throw ValidationError.field(['input', 'tags'], 'Two names are the same tag.');
  return ids as string[];
}
