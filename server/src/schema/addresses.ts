import { pathOf, postPath, urlOf } from '#shared/paths.ts';
import { builder } from '../builder.ts';
import type { GatewayContext } from '../context.ts';
import { siteBaseUrl } from '../domain/site.ts';
import { Category } from './category.ts';
import { Post } from './post.ts';
import { Tag } from './tag.ts';

// The public addresses of posts, categories and tags (the rule: shared/src/paths.ts).

// Per request (keyed by its context object): every url of one answer shares one read of the Site row.
const baseUrls = new WeakMap<GatewayContext, Promise<string>>();

/** The site's base URL, read once per request however many urls the answer holds. */
function baseUrlOf(ctx: GatewayContext): Promise<string> {
  let baseUrl = baseUrls.get(ctx);
  if (!baseUrl) {
    baseUrl = siteBaseUrl(ctx.prisma);
    baseUrls.set(ctx, baseUrl);
  }
  return baseUrl;
}

async function urlOrNull(path: string | null, ctx: GatewayContext): Promise<string | null> {
  return path === null ? null : urlOf(await baseUrlOf(ctx), path);
}

const postAddress = { slug: true, status: true } as const;

builder.prismaObjectFields(Post, (t) => ({
  path: t.string({
    nullable: true,
    description: 'The public path, "/posts/<slug>"; null unless PUBLISHED (drafts and scheduled posts have no public address).',
    select: postAddress,
    resolve: (post) => postPath(post),
  }),
  url: t.string({
    nullable: true,
    description: "The site's baseUrl + path; null when path is.",
    select: postAddress,
    resolve: (post, _args, ctx) => urlOrNull(postPath(post), ctx),
  }),
}));

builder.prismaObjectFields(Category, (t) => ({
  path: t.string({ description: '"/category/<slug>".', select: { slug: true }, resolve: (category) => pathOf('category', category.slug) }),
  url: t.string({
    description: "The site's baseUrl + path.",
    select: { slug: true },
    resolve: async (category, _args, ctx) => urlOf(await baseUrlOf(ctx), pathOf('category', category.slug)),
  }),
}));

builder.prismaObjectFields(Tag, (t) => ({
  path: t.string({ description: '"/tag/<slug>".', select: { slug: true }, resolve: (tag) => pathOf('tag', tag.slug) }),
  url: t.string({
    description: "The site's baseUrl + path.",
    select: { slug: true },
    resolve: async (tag, _args, ctx) => urlOf(await baseUrlOf(ctx), pathOf('tag', tag.slug)),
  }),
}));
