import { limits } from '#shared/limits.ts';
import { previewPathOf, urlOf } from '#shared/paths.ts';
import type { Prisma, PrismaClient } from '../__generated__/prisma/client.ts';
import { hashSecret, newSecret } from '../auth/credentials.ts';
import { NotFoundError, ValidationError } from './errors.ts';
import { siteBaseUrl } from './site.ts';

/**
 * Preview links: a secret URL that shows one post, whatever its status (a draft for a reviewer,
 * a scheduled post before its time), to whoever holds it, until it expires or is revoked.
 *
 * The token is 32 random bytes in base64url (43 characters, 256 bits: not guessable, so no rate
 * limit is needed to protect it); only its SHA-256 (hex) is stored, like session and API-token
 * secrets, so a database dump reveals no working link.
 */

/** What createPreviewLink hands out: the token is shown once, never stored. */
export interface CreatedPreviewLink {
  token: string;
  /** `<site baseUrl>/preview/<token>`: the public site's page for it. */
  url: string;
  expiresAt: Date;
}

/** The shape every token we issue has: 32 bytes in base64url without padding. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/**
 * Creates a preview link for post `postId` (a database id), valid `expiresInMinutes` from now
 * (default 1,440 = a day; 1 to 43,200 = 30 days, shared/src/limits.ts), recorded as made by
 * `createdById`.
 * @throws ValidationError at ["expiresInMinutes"] out of range; NotFoundError when the post does not exist.
 */
export async function createPreviewLink(
  prisma: PrismaClient,
  args: { postId: string; expiresInMinutes?: number | null; createdById: string | null },
): Promise<CreatedPreviewLink> {
  const minutes = args.expiresInMinutes ?? limits.previewMinutesDefault;
  if (!Number.isInteger(minutes) || minutes < limits.previewMinutesMin || minutes > limits.previewMinutesMax) {
    throw ValidationError.field(
      ['expiresInMinutes'],
      `Give a whole number of minutes from ${limits.previewMinutesMin} to ${limits.previewMinutesMax} (30 days).`,
    );
  }
  const token = newSecret();
  const expiresAt = new Date(Date.now() + minutes * 60_000);
  await prisma.$transaction(async (tx) => {
    const post = await tx.post.findUnique({ where: { id: args.postId }, select: { id: true } });
    if (!post) throw new NotFoundError('Post', args.postId);
    await tx.previewLink.create({ data: { tokenHash: hashSecret(token), postId: post.id, createdById: args.createdById, expiresAt } });
  });
  const baseUrl = await siteBaseUrl(prisma);
  return { token, url: urlOf(baseUrl, previewPathOf(token)), expiresAt };
}

/**
 * Revokes every preview link of post `postId` that is still unrevoked (expired ones included, so
 * the count is what was revoked, not what was live).
 * @returns how many links were revoked (0 when there were none).
 * @throws NotFoundError when the post does not exist.
 */
export async function revokePreviewLinks(prisma: PrismaClient, args: { postId: string }): Promise<{ revokedCount: number }> {
  return prisma.$transaction(async (tx) => {
    const post = await tx.post.findUnique({ where: { id: args.postId }, select: { id: true } });
    if (!post) throw new NotFoundError('Post', args.postId);
    const { count } = await tx.previewLink.updateMany({ where: { postId: post.id, revokedAt: null }, data: { revokedAt: new Date() } });
    return { revokedCount: count };
  });
}

/**
 * The WHERE that finds the post a preview `token` shows, if the link is live at `now`: issued by
 * us, not revoked, not expired. Null for a token that cannot be one of ours (wrong length or
 * characters), which then costs no query. Callers answer "no post" alike for every reason, so an
 * answer never tells a forged token from an expired or revoked one.
 */
export function previewPostWhere(token: string, now = new Date()): Prisma.PostWhereInput | null {
  if (!TOKEN_SHAPE.test(token)) return null;
  return { previewLinks: { some: { tokenHash: hashSecret(token), revokedAt: null, expiresAt: { gt: now } } } };
}
