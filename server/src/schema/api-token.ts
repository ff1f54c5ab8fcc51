import { apiTokenLimits } from '#shared/errors.ts';
import { builder } from '../builder.ts';
import { nonEmptyQuery } from './planned-query.ts';
import { createApiToken, revokeApiToken } from '../auth/api-tokens.ts';
import { NotFoundError, ValidationError } from '../domain/errors.ts';
import { decodeNodeId } from './node-id.ts';
import { Viewer } from './viewer.ts';

const ApiToken = builder.prismaNode('ApiToken', {
  // node(id) answers null for an unknown id or someone else's token, like the other nodes.
  nullable: true,
  id: { field: 'id' },
  description: "A script's credential (Authorization: Bearer). The secret is shown only once, at creation.",
  // Tokens are the editor's own business: never resolvable by node(id) for anyone else.
  findUnique: (id, ctx) => ({ id, userId: ctx.viewer?.id ?? '' }),
  fields: (t) => ({
    name: t.exposeString('name'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    lastUsedAt: t.expose('lastUsedAt', { type: 'DateTime', nullable: true, description: 'Updated at most once an hour.' }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true }),
  }),
});

builder.objectField(Viewer, 'apiTokens', (t) =>
  t.prismaField({
    type: [ApiToken],
    description: "The editor's API tokens, newest first (revoked ones too).",
    resolve: (query, viewer, _args, ctx) =>
      ctx.prisma.apiToken.findMany({ ...query, where: { userId: viewer.id }, orderBy: { id: 'desc' } }),
  }),
);

const CreateApiTokenPayload = builder.objectRef<{ token: string; apiToken: { id: string } }>('CreateApiTokenPayload').implement({
  fields: (t) => ({
    token: t.exposeString('token', { description: 'The secret, "gwt_…". Shown only now; store it in the script.' }),
    apiToken: t.prismaField({
      type: ApiToken,
      resolve: (query, payload, _args, ctx) => ctx.prisma.apiToken.findUniqueOrThrow({ ...query, where: { id: payload.apiToken.id } }),
    }),
  }),
});

builder.mutationFields((t) => ({
  createApiToken: t.field({
    authScopes: { editor: true },
    type: CreateApiTokenPayload,
    errors: { types: [ValidationError], directResult: true },
    args: { name: t.arg.string({ required: true, description: `What the token is for, 1–${apiTokenLimits.nameMax} characters.` }) },
    resolve: (_root, { name }, ctx) => createApiToken(ctx.prisma, { userId: ctx.viewer!.id, name }),
  }),
  revokeApiToken: t.prismaField({
    authScopes: { editor: true },
    type: ApiToken,
    description: 'Revokes a token at once: requests with it get 401 from now on.',
    errors: { types: [ValidationError, NotFoundError], dataField: { name: 'apiToken' } },
    args: { id: t.arg.id({ required: true }) },
    resolve: (query, _root, args, ctx) =>
      revokeApiToken(ctx.prisma, {
        id: decodeNodeId(String(args.id), 'ApiToken', ['id']),
        userId: ctx.viewer!.id,
        key: String(args.id),
        query: nonEmptyQuery(query),
      }),
  }),
}));
