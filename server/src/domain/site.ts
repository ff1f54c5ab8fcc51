import { siteFieldsSchema, type SiteFields } from '#shared/site-rules.ts';
import type { Prisma, PrismaClient } from '../__generated__/prisma/client.ts';
import { ValidationError } from './errors.ts';

/** Settings of a database nobody seeded; the seed (prisma/content/site.json) normally wins. */
export const defaultSite = {
  id: 1,
  title: 'Untitled blog',
  description: '',
  baseUrl: 'http://localhost:4000',
  timeZone: 'UTC',
};

/** The site's base URL (no trailing slash), the default one while no Site row exists. One statement. */
export async function siteBaseUrl(prisma: PrismaClient): Promise<string> {
  return (await prisma.site.findUnique({ where: { id: 1 }, select: { baseUrl: true } }))?.baseUrl ?? defaultSite.baseUrl;
}
import { noteForCommit } from '../db/commit-notes.ts';

/** Makes sure the single Site row exists (INSERT … ON CONFLICT DO NOTHING). */
export async function ensureSite(tx: Prisma.TransactionClient): Promise<void> {
  await tx.site.createMany({ data: [defaultSite], skipDuplicates: true });
}

/**
 * Changes the site's settings; fields left out keep their value. The input is checked with the
 * shared rules (shared/src/site-rules.ts), the base URL stored without a trailing slash.
 * @throws ValidationError with paths like ["input", "timeZone"]; nothing is written then.
 */
export async function updateSite(prisma: PrismaClient, input: SiteFields) {
  const parsed = siteFieldsSchema.safeParse(input);
  if (!parsed.success) throw ValidationError.fromZod(parsed.error);
  const data = Object.fromEntries(Object.entries(parsed.data).filter(([, value]) => value !== undefined));
  return prisma.$transaction(async (tx) => {
    noteForCommit(['site']);
    await ensureSite(tx);
    return tx.site.update({ where: { id: 1 }, data });
  });
}
