import { slugCandidates } from '#shared/slug.ts';
import { SlugTakenError } from './errors.ts';

/** A model with a unique `slug` column (post, category, tag delegates of a transaction). */
interface SlugTable {
  findFirst(args: { where: { slug: string; NOT?: { id: string } }; select: { id: true } }): Promise<{ id: string } | null>;
  findMany(args: { where: { slug: { in: string[] } }; select: { slug: true } }): Promise<{ slug: string }[]>;
}

/**
 * Throws SlugTakenError with a free suggestion when another row (not `exceptId`) uses `slug`:
 * a taken slug is an error with a suggestion, never silently renumbered (a renumbered slug would
 * break the link the author meant to publish). Two statements at most.
 */
export async function assertSlugFree(table: SlugTable, slug: string, options: { exceptId?: string; path?: string[] } = {}): Promise<void> {
  const taken = await table.findFirst({
    where: { slug, ...(options.exceptId ? { NOT: { id: options.exceptId } } : {}) },
    select: { id: true },
  });
  if (!taken) return;
  throw new SlugTakenError(slug, await freeSlug(table, slug), options.path);
}

/** The first of slug-2, slug-3, … that no row uses. */
export async function freeSlug(table: SlugTable, slug: string): Promise<string> {
  const candidates = slugCandidates(slug, 50);
  const used = new Set((await table.findMany({ where: { slug: { in: candidates } }, select: { slug: true } })).map((r) => r.slug));
  return candidates.find((c) => !used.has(c)) ?? `${slug.slice(0, 100)}-${Date.now().toString(36)}`;
}
