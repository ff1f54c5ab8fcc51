import { queryFromInfo } from '@pothos/plugin-prisma';
import { pathInputMax } from '#shared/paths.ts';
import { builder } from '../builder.ts';
import { resolveRoute } from '../domain/routes.ts';
import { Category } from './category.ts';
import { Post } from './post.ts';
import { Tag } from './tag.ts';

/** A path's answer when the page now lives elsewhere (domain/routes.ts). */
const Redirect = builder.objectRef<{ location: string; permanent: boolean }>('Redirect').implement({
  description: 'The path asked for was an earlier address of a page: it now lives at `location`.',
  fields: (t) => ({
    location: t.exposeString('location', {
      description: 'The current path ("/posts/<slug>" …); always one hop, never the path asked for.',
    }),
    permanent: t.exposeBoolean('permanent', { description: 'true: answer with 301/308 and update stored links.' }),
  }),
});

// Which member a row is: the rows of Post, Category and Tag share fields (id, slug), so each carries its type.
const ROUTE_TYPE = Symbol('routeType');
type Routed<T> = T & { [ROUTE_TYPE]: 'Post' | 'Category' | 'Tag' };

const Route = builder.unionType('Route', {
  description: 'What a path leads to: a page, or a redirect to where the page lives now.',
  types: [Post, Category, Tag, Redirect],
  resolveType: (value) => (ROUTE_TYPE in value ? (value as Routed<object>)[ROUTE_TYPE] : 'Redirect'),
});

builder.queryField('route', (t) =>
  t.field({
    type: Route,
    nullable: true,
    description: `The page at a public path ("/posts/<slug>", "/category/<slug>", "/tag/<slug>"; a trailing slash, query string or percent-escapes are fine), a Redirect for an earlier path of a page, or null (no such page, not visible to you, or not a path of ours; at most ${pathInputMax} characters are looked at).`,
    args: { path: t.arg.string({ required: true }) },
    resolve: async (_root, { path }, ctx, info) => {
      const route = await resolveRoute(ctx.prisma, path, ctx.viewer);
      if (!route) return null;
      if (route.type === 'Redirect') return { location: route.location, permanent: route.permanent };
      const query = queryFromInfo({ context: ctx, info, typeName: route.type });
      const where = { where: { id: route.id } };
      const row =
        route.type === 'Post'
          ? await ctx.prisma.post.findUnique({ ...query, ...where })
          : route.type === 'Category'
            ? await ctx.prisma.category.findUnique({ ...query, ...where })
            : await ctx.prisma.tag.findUnique({ ...query, ...where });
      return row && Object.assign(row, { [ROUTE_TYPE]: route.type });
    },
  }),
);
