import { z } from 'zod';
import { builder } from '../builder.ts';
import { createSession } from '../auth/credentials.ts';
import { reserveSignInAttempt } from '../auth/login-attempts.ts';
import { normalizeEmail } from '../auth/normalize.ts';
import { dummyPasswordHash, hashPassword, verifyPassword } from '../auth/password.ts';
import type { GatewayContext, Viewer as ViewerShape } from '../context.ts';
import { InvalidCredentialsError, TooManyAttemptsError, ValidationError } from '../domain/errors.ts';

/**
 * The user with this (normalised) email if `password` is theirs, else null. Unknown emails are
 * checked against a dummy hash, so timing does not reveal which exist.
 */
async function userWithPassword(prisma: GatewayContext['prisma'], email: string, password: string) {
  const user = await prisma.user.findUnique({ where: { email } });
  if (!user) return (await verifyPassword(password, await dummyPasswordHash()), null);
  const check = await verifyPassword(password, user.passwordHash);
  if (!check.matches) return null;
  // A hash from before passwords were normalised: store the normalised one (same password).
  if (check.rehash) await prisma.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(password) } });
  return user;
}

export const Viewer = builder.objectRef<ViewerShape>('Viewer').implement({
  description: 'The signed-in editor.',
  fields: (t) => ({
    id: t.exposeID('id'),
    email: t.exposeString('email'),
    name: t.exposeString('name'),
    authenticatedWith: t.string({
      description: '"session" (cookie from login) or "token" (API token).',
      resolve: (viewer) => viewer.via,
    }),
  }),
});

builder.queryField('viewer', (t) =>
  t.field({ type: Viewer, nullable: true, description: 'null when anonymous.', resolve: (_root, _args, ctx) => ctx.viewer }),
);

const LoginPayload = builder.objectRef<{ viewer: ViewerShape }>('LoginPayload').implement({
  fields: (t) => ({ viewer: t.expose('viewer', { type: Viewer }) }),
});

const loginInput = z.object({
  // Sign-in only compares with stored addresses, so the check is "looks like an address", not
  // RFC-strict: the generated local account is author@localhost, which zod's email() refuses.
  // Normalised (auth/normalize.ts) as stored, so case and Unicode form do not matter.
  email: z.string().transform(normalizeEmail).pipe(z.string().regex(/^[^\s@]+@[^\s@]+$/, 'Enter an email address.').max(320, 'Enter an email address.')),
  // Kept as typed: verifyPassword normalises it, and tries the typed form against older hashes.
  password: z.string().min(1, 'Enter the password.').max(1024, 'Password is too long.'),
});

builder.mutationFields((t) => ({
  login: t.field({
    type: LoginPayload,
    description:
      'Signs in an editor: sets an HttpOnly, SameSite=Lax session cookie (30 days). Repeated failures answer ever more slowly; after LOGIN_MAX_FAILURES in 15 minutes (per account and per address) attempts are refused with TooManyAttemptsError.',
    errors: { types: [ValidationError, InvalidCredentialsError, TooManyAttemptsError], directResult: true },
    args: { email: t.arg.string({ required: true }), password: t.arg.string({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const parsed = loginInput.safeParse(args);
      if (!parsed.success) throw ValidationError.fromZod(parsed.error, []);
      const { email, password } = parsed.data;
      // Reserved before any hashing (throws TooManyAttemptsError past LOGIN_MAX_FAILURES).
      const attempt = await reserveSignInAttempt(ctx.rateLimits.loginFailures, { email, clientAddress: ctx.clientIp });
      const keys = [...attempt.keys];
      const user = await userWithPassword(ctx.prisma, email, password).catch(async (error: unknown) => {
        await attempt.abandon();
        throw error;
      });
      if (!user) {
        await ctx.loginThrottle.fail(keys);
        throw new InvalidCredentialsError();
      }
      ctx.loginThrottle.succeed(keys);
      await attempt.succeeded();
      const session = await createSession(ctx.prisma, user.id);
      await ctx.cookies.setSession(session.secret, session.expiresAt);
      const viewer: ViewerShape = { id: user.id, email: user.email, name: user.name, via: 'session', credentialId: '' };
      return { viewer };
    },
  }),
  logout: t.boolean({
    description: 'Ends the current session (deletes it server-side and clears the cookie). true when a session ended.',
    resolve: async (_root, _args, ctx) => {
      await ctx.cookies.clearSession();
      if (ctx.viewer?.via !== 'session') return false;
      await ctx.prisma.session.deleteMany({ where: { id: ctx.viewer.credentialId } });
      return true;
    },
  }),
}));
