import type { Prisma } from '../__generated__/prisma/client.ts';

/** Settings of a database nobody seeded; the seed (prisma/content/site.json) normally wins. */
export const defaultSite = {
  id: 1,
  title: 'Untitled blog',
  description: '',
  baseUrl: 'http://localhost:4000',
  timeZone: 'UTC',
};

/** Makes sure the single Site row exists (INSERT … ON CONFLICT DO NOTHING). */
export async function ensureSite(tx: Prisma.TransactionClient): Promise<void> {
  await tx.site.createMany({ data: [defaultSite], skipDuplicates: true });
}
