import { pathOf, postPath, urlOf } from '#shared/paths.ts';
import { builder } from '../builder.ts';
import type { GatewayContext } from '../context.ts';
import { siteBaseUrl } from '../domain/site.ts';
import { Category } from './category.ts';
import { Post } from './post.ts';
import { Tag } from './tag.ts';

// The public addresses of posts, categories and tags (the rule: shared/src/paths.ts). No `select`
// on the category and tag fields: slug is a scalar every row of these types carries, and a
// `select` makes Pothos load each tag of Post.tags again (a statement per tag). Post loads only
// the columns its fields select, so its address fields name theirs.

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

builder.prismaObjectFields(Post, (t) => ({
  path: t.string({
    nullable: true,
    description: 'The public path, "/posts/<slug>"; null unless PUBLISHED (drafts and scheduled posts have no public address).',
    select: { slug: true, status: true },
    resolve: (post) => postPath(post),
  }),
  url: t.string({
    nullable: true,
    description: "The site's baseUrl + path; null when path is.",
    select: { slug: true, status: true },
    resolve: (post, _args, ctx) => urlOrNull(postPath(post), ctx),
  }),
}));

builder.prismaObjectFields(Category, (t) => ({
  path: t.string({ description: '"/category/<slug>".', resolve: (category) => pathOf('category', category.slug) }),
  url: t.string({
    description: "The site's baseUrl + path.",

    resolve: async (category, _args, ctx) => urlOf(await baseUrlOf(ctx), pathOf('category', category.slug)),
  }),
}));

builder.prismaObjectFields(Tag, (t) => ({
  path: t.string({ description: '"/tag/<slug>".', resolve: (tag) => pathOf('tag', tag.slug) }),
  url: t.string({
    description: "The site's baseUrl + path.",

    resolve: async (tag, _args, ctx) => urlOf(await baseUrlOf(ctx), pathOf('tag', tag.slug)),
  }),
}));
