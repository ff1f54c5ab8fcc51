// updateSite: editors change the site's settings (partial update, shared zod rules); anonymous
// callers are refused; the public `site` query shows the result.
import { describe, expect, it } from 'vitest';
import { graphql } from '../__generated__/index.ts';
import type { UpdateSiteInput } from '../__generated__/graphql.ts';
import { editorGateway, expectNothingChanged, expectTypename, fieldPaths } from '../support/mutations.ts';
import { ErrorCode } from '#shared/errors.ts';

const ctx = editorGateway();

const UPDATE_SITE = graphql(`
  mutation TestUpdateSite($input: UpdateSiteInput!) {
    r: updateSite(input: $input) { __typename ...MutationError ... on UpdateSitePayload { site { title description baseUrl timeZone } } }
  }
`);
const PUBLIC_SITE = graphql(`query PublicSite { site { title description baseUrl timeZone } }`);
const publicSite = async () => (await ctx.gw.gql(PUBLIC_SITE)).body.data!.site;

describe('updateSite', () => {
  it('refuses anonymous callers with UNAUTHENTICATED and changes nothing', async () => {
    const res = await expectNothingChanged(ctx.gw, () => ctx.gw.gql(UPDATE_SITE, { input: { title: 'Hijacked' } }));
    expect(res.body.errors?.[0]?.extensions?.code).toBe(ErrorCode.UNAUTHENTICATED);
    expect(res.body.data?.r ?? null).toBeNull();
    expect((await publicSite()).title).not.toBe('Hijacked');
  });

  it.each([
    ['an empty title', { title: '   ' }, 'input.title'],
    ['a 201-character title', { title: 'x'.repeat(201) }, 'input.title'],
    ['a 1001-character description', { description: 'x'.repeat(1001) }, 'input.description'],
    ['a relative base URL', { baseUrl: '/blog' }, 'input.baseUrl'],
    ['a non-http base URL', { baseUrl: 'ftp://example.com' }, 'input.baseUrl'],
    ['a base URL with a query', { baseUrl: 'https://example.com/?a=1' }, 'input.baseUrl'],
    ['an unknown time zone', { timeZone: 'Mars/Olympus_Mons' }, 'input.timeZone'],
    ['an offset instead of a zone', { timeZone: '+01:00' }, 'input.timeZone'],
  ] satisfies [string, UpdateSiteInput, string][])('%s → ValidationError at %s… nothing written', async (_label, input, path) => {
    const res = await expectNothingChanged(ctx.gw, () => ctx.editor(UPDATE_SITE, { input }));
    expect(res.body.data!.r.__typename).toBe('ValidationError');
    expect(fieldPaths(res.body.data!.r)).toEqual([path]);
  });

  it('reports every invalid field at once', async () => {
    const res = await expectNothingChanged(ctx.gw, () =>
      ctx.editor(UPDATE_SITE, { input: { title: '', baseUrl: 'nope', timeZone: 'Nowhere' } }),
    );
    expect(fieldPaths(res.body.data!.r).sort()).toEqual(['input.baseUrl', 'input.timeZone', 'input.title']);
  });

  it('changes only the given fields, normalises the base URL, and anonymous `site` sees it', async () => {
    const before = await publicSite();
    const res = await ctx.editor(UPDATE_SITE, {
      input: { title: '  Lena tries again ', baseUrl: 'https://blog.example.com/notes/', timeZone: 'Europe/Berlin' },
    });
    expect(res.body.data!.r).toEqual({
      __typename: 'UpdateSitePayload',
      site: {
        title: 'Lena tries again',
        description: before.description,
        baseUrl: 'https://blog.example.com/notes',
        timeZone: 'Europe/Berlin',
      },
    });
    expect(await publicSite()).toEqual(expectTypename(res.body.data!.r, 'UpdateSitePayload').site);

    const second = await ctx.editor(UPDATE_SITE, { input: { description: 'Notes on ML.', timeZone: 'UTC' } });
    expect(expectTypename(second.body.data!.r, 'UpdateSitePayload').site).toMatchObject({
      title: 'Lena tries again',
      description: 'Notes on ML.',
      timeZone: 'UTC',
    });
  });
});
