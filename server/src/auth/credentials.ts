import { createHash, randomBytes } from 'node:crypto';
import { parse as parseCookies } from '@whatwg-node/cookie-store';
import type { PrismaClient } from '../__generated__/prisma/client.ts';

/** The signed-in editor, resolved from a session cookie or an API token. */
export interface Viewer {
  id: string;
  email: string;
  name: string;
  /** How the request authenticated: a browser session or a script's API token. */
  via: 'session' | 'token';
  /** Session or token row id (to revoke the current session on logout). */
  credentialId: string;
}

/** Session lifetime: 30 days, renewed by signing in again. */
export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;
export const SESSION_COOKIE = 'gw_session';

/**
 * True when a Cookie header (a request's `cookie` header, repeated ones joined; null/undefined
 * when absent) carries the session cookie, whatever its value (even empty). Read with the very
 * parser the cookie plugin (@whatwg-node/server-plugin-cookies, through @whatwg-node/cookie-store)
 * uses to find the session, which trims names: `gw_session =x`, `gw_session\t=x` and
 * ` gw_session=x` are all the session cookie. Every check that asks "is this a cookie-authenticated
 * request" (the CSRF guard, the public cache, the HTTP fast path) calls this, so none can see
 * an anonymous request where the resolvers see an editor.
 */
export function hasSessionCookie(header: string | null | undefined): boolean {
  // A cheap pre-check: the name must appear literally for the parser to find it.
  if (!header || !header.includes(SESSION_COOKIE)) return false;
  return parseCookies(header).has(SESSION_COOKIE);
}
/** API tokens start with this prefix so leaked ones are recognisable (like GitHub's ghp_). */
export const API_TOKEN_PREFIX = 'gwt_';

/** SHA-256 hex of a secret: high-entropy secrets need no slow hash. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function newSecret(prefix = ''): string {
  return prefix + randomBytes(32).toString('base64url');
}

/** Creates a session row; returns the cookie secret (stored only hashed). */
export async function createSession(prisma: PrismaClient, userId: string) {
  const secret = newSecret();
  const expiresAt = new Date(Date.now() + SESSION_TTL_MS);
  await prisma.session.create({ data: { userId, tokenHash: hashSecret(secret), expiresAt } });
  return { secret, expiresAt };
}

/**
 * Most expired sessions one {@link deleteExpiredSessions} call deletes (one statement). Bounded so
 * a first cleanup after months of sign-ins holds its row locks briefly and does not stall sign-ins;
 * the job (jobs/session-cleanup.ts) calls again at once while a call comes back full.
 */
export const SESSION_CLEANUP_BATCH_SIZE = 500;

/**
 * Deletes up to `limit` (default {@link SESSION_CLEANUP_BATCH_SIZE}) sessions whose `expiresAt` is
 * past on the database's clock (so processes on different machines agree), oldest first: one
 * statement, served by the `Session_expiresAt_idx` index. Expired sessions already authenticate
 * nobody (viewerFromSession checks the time); this only keeps the table from growing.
 *
 * Several processes may call it at once: `FOR UPDATE SKIP LOCKED` makes each take rows the others
 * have not, so none waits on another's batch and each row is deleted by exactly one.
 * @returns the number of sessions deleted.
 */
export async function deleteExpiredSessions(prisma: PrismaClient, limit = SESSION_CLEANUP_BATCH_SIZE): Promise<number> {
  return prisma.$executeRaw`
    DELETE FROM "Session" WHERE id IN (
      SELECT id FROM "Session" WHERE "expiresAt" <= now()
      ORDER BY "expiresAt"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED)`;
}

/** The editor behind a session cookie secret, or null (unknown or expired). One SQL statement. */
export async function viewerFromSession(prisma: PrismaClient, secret: string): Promise<Viewer | null> {
  const session = await prisma.session.findUnique({
    where: { tokenHash: hashSecret(secret) },
    select: { id: true, expiresAt: true, user: { select: { id: true, email: true, name: true } } },
  });
  if (!session || session.expiresAt.getTime() <= Date.now()) return null;
  return { ...session.user, via: 'session', credentialId: session.id };
}

/** The editor behind a bearer API token, or null (unknown or revoked). */
export async function viewerFromApiToken(prisma: PrismaClient, secret: string): Promise<Viewer | null> {
  if (!secret.startsWith(API_TOKEN_PREFIX)) return null;
  const token = await prisma.apiToken.findUnique({
    where: { tokenHash: hashSecret(secret) },
    select: { id: true, revokedAt: true, lastUsedAt: true, user: { select: { id: true, email: true, name: true } } },
  });
  if (!token || token.revokedAt) return null;
  // "Last used" to the hour is enough to spot dead tokens, and costs one write an hour, not one a request.
  if (!token.lastUsedAt || Date.now() - token.lastUsedAt.getTime() > 3_600_000) {
    await prisma.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: new Date() } });
  }
  return { ...token.user, via: 'token', credentialId: token.id };
}
