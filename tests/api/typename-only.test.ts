// A client may select nothing but `__typename` of a result (a script checking that a mutation
// succeeded). Pothos then plans an empty Prisma `select` for the field behind it, which Prisma
// refuses: every such field must still answer, without an error and after writing once. The
// publishing workflow's fields (webhooks, revisions, previews, routes) and the older ones.
import { describe, expect, it } from 'vitest';
import { editorGateway, globalId } from '../support/mutations.ts';

const ctx = editorGateway({ config: { webhookAllowPrivate: true } });

/** The editor's answer to `document`; fails on any error (a masked one included). */
async function answer(document: string, variables: Record<string, unknown> = {}) {
  const res = await ctx.editor(document, variables);
  expect(res.body.errors, document).toBeUndefined();
  return res.body.data as Record<string, { __typename: string } | null>;
}

describe('selecting only __typename', () => {
  it('webhook mutations answer with their payload, and write once', async () => {
    const created = await answer(
      'mutation { r: createWebhook(input: { url: "http://127.0.0.1:9/t", events: [POST_PUBLISHED] }) { __typename ... on CreateWebhookPayload { webhook { __typename id } } } }',
    );
    const id = (created.r as unknown as { webhook: { id: string } }).webhook.id;
    expect(
      (await answer('mutation($id: ID!) { r: updateWebhook(input: { id: $id, description: "x" }) { __typename } }', { id })).r,
    ).toEqual({
      __typename: 'UpdateWebhookPayload',
    });
    expect((await answer('mutation($id: ID!) { r: sendTestWebhook(input: { id: $id }) { __typename } }', { id })).r).toEqual({
      __typename: 'SendTestWebhookPayload',
    });
    expect(await ctx.gw.db.prisma.webhookDelivery.count({ where: { event: 'PING' } })).toBe(1);
    expect(await ctx.gw.db.prisma.webhook.count({ where: { description: 'x' } })).toBe(1);
  });

  it('an updateWebhook that changes nothing answers with the webhook, not NotFoundError', async () => {
    const created = await answer(
      'mutation { r: createWebhook(input: { url: "http://127.0.0.1:9/same", events: [POST_UPDATED] }) { ... on CreateWebhookPayload { webhook { id } } } }',
    );
    const id = (created.r as unknown as { webhook: { id: string } }).webhook.id;
    const same = await answer(
      'mutation($id: ID!) { r: updateWebhook(input: { id: $id }) { __typename ... on UpdateWebhookPayload { webhook { id } } } }',
      {
        id,
      },
    );
    expect(same.r).toEqual({ __typename: 'UpdateWebhookPayload', webhook: { id } });
  });

  it('post, preview, route, revisions and the other payloads answer', async () => {
    const post = await ctx.gw.db.prisma.post.findFirstOrThrow({ where: { status: 'PUBLISHED' } });
    const postId = globalId('Post', post.id);
    await answer('query($s: String!) { post(slug: $s) { __typename } }', { s: post.slug });
    await answer('query($p: String!) { route(path: $p) { __typename } }', { p: `/posts/${post.slug}` });
    await answer('query($s: String!) { post(slug: $s) { revisions(first: 1) { __typename edges { node { __typename } } } } }', {
      s: post.slug,
    });
    const link = await answer('mutation($id: ID!) { r: createPreviewLink(postId: $id) { __typename ... on PreviewLink { token } } }', {
      id: postId,
    });
    await answer('query($t: String!) { preview(token: $t) { __typename } }', { t: (link.r as unknown as { token: string }).token });
    await answer('mutation($id: ID!) { r: revokePreviewLinks(postId: $id) { __typename } }', { id: postId });
    await answer(
      'mutation($id: ID!, $v: Int!) { r: updatePost(input: { id: $id, expectedVersion: $v, summary: "Only typename." }) { __typename } }',
      {
        id: postId,
        v: post.version,
      },
    );
    await answer('mutation { r: updateSite(input: { title: "Typename" }) { __typename } }');
    await answer('{ webhooks { __typename } }');
  });
});
