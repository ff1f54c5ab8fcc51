import { builder } from '../builder.ts';
import { defaultSite } from '../domain/site.ts';

export const Site = builder.prismaObject('Site', {
  description: "The blog's own settings.",
  fields: (t) => ({
    title: t.exposeString('title'),
    description: t.exposeString('description'),
    baseUrl: t.exposeString('baseUrl', { description: 'Absolute URL of the public blog, no trailing slash.' }),
    timeZone: t.exposeString('timeZone', { description: 'IANA time zone for formatting dates, e.g. "UTC".' }),
  }),
});

builder.queryField('site', (t) =>
  t.prismaField({
    type: Site,
    resolve: async (query, _root, _args, ctx) =>
      (await ctx.prisma.site.findUnique({ ...query, where: { id: 1 } })) ?? { ...defaultSite, favoritesRevision: 0 },
  }),
);
