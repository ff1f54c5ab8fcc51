import { limits } from '#shared/limits.ts';
import { builder } from '../builder.ts';
import { NotFoundError, ValidationError } from '../domain/errors.ts';
import { createPreviewLink, previewPostWhere, revokePreviewLinks, type CreatedPreviewLink } from '../domain/preview-links.ts';
import { decodeNodeId } from './node-id.ts';
import { PRIVATE_ANSWER } from './private-answer.ts';

const PreviewLink = builder.objectRef<CreatedPreviewLink>('PreviewLink').implement({
  description: 'A secret link that shows one post, whatever its status, to whoever holds it until it expires or is revoked.',
  fields: (t) => ({
    token: t.exposeString('token', { description: 'The secret (43 characters). Shown only now: only its hash is stored.' }),
    url: t.exposeString('url', { description: "The public site's page for it: <Site.baseUrl>/preview/<token>." }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime' }),
  }),
});

const RevokePreviewLinksPayload = builder.objectRef<{ revokedCount: number }>('RevokePreviewLinksPayload').implement({
  fields: (t) => ({ revokedCount: t.exposeInt('revokedCount', { description: 'Links revoked now (0: there was none left).' }) }),
});

builder.queryField('preview', (t) =>
  t.prismaField({
    type: 'Post',
    nullable: true,
    description:
      'The post a preview link shows, whatever its status (drafts and scheduled posts too), to anyone holding the token; null when the token is expired, revoked, or not one we issued (the answer does not say which). Answers are `Cache-Control: private, no-store` and never cached.',
    extensions: PRIVATE_ANSWER,
    args: { token: t.arg.string({ required: true }) },
    resolve: (query, _root, { token }, ctx) => {
      const where = previewPostWhere(token);
      return where ? ctx.prisma.post.findFirst({ ...query, where }) : null;
    },
  }),
);

builder.mutationFields((t) => ({
  createPreviewLink: t.field({
    authScopes: { editor: true },
    type: PreviewLink,
    description: 'A new preview link for a post of any status. Earlier links stay valid until they expire or revokePreviewLinks.',
    errors: { types: [NotFoundError, ValidationError], directResult: true },
    args: {
      postId: t.arg.id({ required: true }),
      expiresInMinutes: t.arg.int({
        defaultValue: limits.previewMinutesDefault,
        description: `Lifetime in minutes, ${limits.previewMinutesMin}–${limits.previewMinutesMax} (30 days); default a day.`,
      }),
    },
    resolve: (_root, args, ctx) =>
      createPreviewLink(ctx.prisma, {
        postId: decodeNodeId(String(args.postId), 'Post', ['postId']),
        expiresInMinutes: args.expiresInMinutes,
        createdById: ctx.viewer!.id,
      }),
  }),
  revokePreviewLinks: t.field({
    authScopes: { editor: true },
    type: RevokePreviewLinksPayload,
    description: 'Revokes every preview link of the post at once: Query.preview answers null for them from now on.',
    errors: { types: [NotFoundError, ValidationError], directResult: true },
    args: { postId: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => revokePreviewLinks(ctx.prisma, { postId: decodeNodeId(String(args.postId), 'Post', ['postId']) }),
  }),
}));
