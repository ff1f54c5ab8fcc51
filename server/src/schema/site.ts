import { builder } from '../builder.ts';
import { nonEmptyQuery } from './planned-query.ts';
import { ValidationError } from '../domain/errors.ts';
import { defaultSite, updateSite } from '../domain/site.ts';

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

const UpdateSiteInput = builder.inputType('UpdateSiteInput', {
  description: 'Fields left out (or null) keep their value. Rules: shared/src/site-rules.ts.',
  fields: (t) => ({
    title: t.string({ description: '1–200 characters.' }),
    description: t.string({ description: 'At most 1000 characters.' }),
    baseUrl: t.string({ description: 'Absolute http(s) URL; a trailing slash is dropped.' }),
    timeZone: t.string({ description: 'An IANA time zone, e.g. "Europe/Berlin".' }),
  }),
});

builder.mutationField('updateSite', (t) =>
  t.prismaField({
    authScopes: { editor: true },
    type: Site,
    description: "Changes the site's settings (partial update).",
    errors: { types: [ValidationError], dataField: { name: 'site' } },
    args: { input: t.arg({ type: UpdateSiteInput, required: true }) },
    resolve: (query, _root, { input }, ctx) =>
      updateSite(ctx.prisma, {
        title: input.title ?? undefined,
        description: input.description ?? undefined,
        baseUrl: input.baseUrl ?? undefined,
        timeZone: input.timeZone ?? undefined,
      }).then(() => ctx.prisma.site.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { id: 1 } })),
  }),
);
