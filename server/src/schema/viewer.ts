import { builder } from '../builder.ts';
import type { Viewer as ViewerShape } from '../auth/credentials.ts';
import { signIn, signOut } from '../auth/sign-in.ts';
import { InvalidCredentialsError, TooManyAttemptsError, ValidationError } from '../domain/errors.ts';

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

builder.mutationFields((t) => ({
  login: t.field({
    type: LoginPayload,
    description:
      'Signs in an editor: sets an HttpOnly, SameSite=Lax session cookie (30 days). Repeated failures answer ever more slowly; after LOGIN_MAX_FAILURES in 15 minutes (per account and per address) attempts are refused with TooManyAttemptsError.',
    errors: { types: [ValidationError, InvalidCredentialsError, TooManyAttemptsError], directResult: true },
    args: { email: t.arg.string({ required: true }), password: t.arg.string({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const { viewer, session } = await signIn(
        { prisma: ctx.prisma, loginFailures: ctx.rateLimits.loginFailures, loginThrottle: ctx.loginThrottle },
        { email: args.email, password: args.password, clientAddress: ctx.clientIp },
      );
      await ctx.cookies.setSession(session.secret, session.expiresAt);
      return { viewer };
    },
  }),
  logout: t.boolean({
    description: 'Ends the current session (deletes it server-side and clears the cookie). true when a session ended.',
    resolve: async (_root, _args, ctx) => {
      await ctx.cookies.clearSession();
      return signOut(ctx.prisma, ctx.viewer);
    },
  }),
}));
