import { z } from 'zod';
import type { PrismaClient } from '../__generated__/prisma/client.ts';
import { InvalidCredentialsError, ValidationError } from '../domain/errors.ts';
import type { RateLimitStore } from '../rate-limits.ts';
import { createSession, type Viewer } from './credentials.ts';
import { reserveSignInAttempt } from './login-attempts.ts';
import type { LoginThrottle } from './login-throttle.ts';
import { normalizeEmail } from './normalize.ts';
import { dummyPasswordHash, hashPassword, verifyPassword } from './password.ts';

/** What a sign-in needs besides the credentials. */
export interface SignInDeps {
  prisma: PrismaClient;
  /** The attempt counters (LOGIN_MAX_FAILURES per account and per address in 15 minutes). */
  loginFailures: RateLimitStore;
  /** Slows repeated failures down (in memory, per process). */
  loginThrottle: LoginThrottle;
}

/** A successful sign-in: the editor, and the new session's cookie secret (stored only hashed) and expiry. */
export interface SignedIn {
  viewer: Viewer;
  session: { secret: string; expiresAt: Date };
}

const signInInput = z.object({
  // Sign-in only compares with stored addresses, so the check is "looks like an address", not
  // RFC-strict: the generated local account is author@localhost, which zod's email() refuses.
  // Normalised (normalize.ts) as stored, so case and Unicode form do not matter.
  email: z
    .string()
    .transform(normalizeEmail)
    .pipe(
      z
        .string()
        .regex(/^[^\s@]+@[^\s@]+$/, 'Enter an email address.')
        .max(320, 'Enter an email address.'),
    ),
  // Kept as typed: verifyPassword normalises it, and tries the typed form against older hashes.
  password: z.string().min(1, 'Enter the password.').max(1024, 'Password is too long.'),
});

/**
 * The user with this (normalised) email if `password` is theirs, else null. Unknown emails are
 * checked against a dummy hash, so timing does not reveal which exist. A match against a hash of
 * a non-normalised form stores the normalised hash in its place (same password).
 */
async function userWithPassword(prisma: PrismaClient, email: string, password: string) {
  const user = await prisma.user.findUnique({ where: { email } });
  if (!user) return (await verifyPassword(password, await dummyPasswordHash()), null);
  const check = await verifyPassword(password, user.passwordHash);
  if (!check.matches) return null;
  if (check.rehash) await prisma.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(password) } });
  return user;
}

/**
 * Signs an editor in: checks the input, reserves an attempt for the account and the client
 * address before any hashing (login-attempts.ts), checks the password, and creates a session
 * (30 days, credentials.ts). The caller sets the cookie.
 * @param input.clientAddress the client's address as the gateway sees it (the throttle's and counters' key).
 * @throws ValidationError (paths ["email"], ["password"]) for input that cannot be credentials;
 *   TooManyAttemptsError past LOGIN_MAX_FAILURES; InvalidCredentialsError for an unknown email or
 *   a wrong password (after the throttle's delay). An unexpected failure gives the attempt back.
 */
export async function signIn(deps: SignInDeps, input: { email: string; password: string; clientAddress: string }): Promise<SignedIn> {
  const parsed = signInInput.safeParse(input);
  if (!parsed.success) throw ValidationError.fromZod(parsed.error, []);
  const { email, password } = parsed.data;
  const attempt = await reserveSignInAttempt(deps.loginFailures, { email, clientAddress: input.clientAddress });
  const keys = [...attempt.keys];
  const user = await userWithPassword(deps.prisma, email, password).catch(async (error: unknown) => {
    await attempt.abandon();
    throw error;
  });
  if (!user) {
    await deps.loginThrottle.fail(keys);
    throw new InvalidCredentialsError();
  }
  deps.loginThrottle.succeed(keys);
  await attempt.succeeded();
  const session = await createSession(deps.prisma, user.id);
  return { viewer: { id: user.id, email: user.email, name: user.name, via: 'session', credentialId: '' }, session };
}

/**
 * Ends `viewer`'s session server-side (the caller clears the cookie).
 * @returns true when a session ended; false for an anonymous caller or one signed in with an API token.
 */
export async function signOut(prisma: PrismaClient, viewer: Viewer | null): Promise<boolean> {
  if (viewer?.via !== 'session') return false;
  await prisma.session.deleteMany({ where: { id: viewer.credentialId } });
  return true;
}
