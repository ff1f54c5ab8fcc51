// Post bodies are rendered to HTML once, when saved: off the event loop (worker threads), within a
// time budget, refused when nested too deeply for the renderer; reads return the stored HTML.
import { threadId } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markdownToSafeHtml } from '#shared/markdown.ts';
import { MARKDOWN_RENDERER_VERSION } from '#shared/markdown-version.ts';
import { markdownNestingIssue } from '#shared/markdown-nesting.ts';
import { readingTimeMinutes } from '../../server/src/content/markdown.ts';
import { refreshStaleHtml } from '../../server/src/content/refresh-html.ts';
import { createMarkdownRenderer, type MarkdownRenderer } from '../../server/src/content/renderer.ts';
import { loadContent } from '../../server/src/db/seed.ts';
import { generatePosts } from '../bench/data.ts';
import { graphql } from '../__generated__/index.ts';
import type { CreatePostInput } from '../__generated__/graphql.ts';
import { createTestGateway, type TestGateway } from '../support/gateway.ts';
import {
  CREATE_POST,
  UPDATE_POST,
  asEditor,
  editorGateway,
  expectNothingChanged,
  expectTypename,
  fieldPaths,
} from '../support/mutations.ts';

/** 5,000 nested block quotes: far deeper than the nesting rule allows. */
const ISSUE_BODY = '> '.repeat(5000) + 'x';
/** Within the nesting rule, but a lot to render: one 1,000-row table (~1 s of rendering here). */
const HEAVY_BODY = `| a | b | c |\n|---|---|---|\n${'| cell *x* | `y` | [z](https://example.com) |\n'.repeat(1000)}`;
/** Shallow, yet far over any budget below: thousands of sibling block quotes take the parser minutes. */
const SLOW_BODY = '> a\n\n'.repeat(3000);

/**
 * Every render the gateway asks for: the thread it ran on, and when it ran on the main thread's
 * clock (it ended at the latest when its result arrived, and took `ms` in its thread).
 */
const renders: { threadId: number; started: number; ended: number }[] = [];
function recording(renderer: MarkdownRenderer): MarkdownRenderer {
  return {
    ...renderer,
    async render(body) {
      const rendered = await renderer.render(body);
      const ended = performance.now();
      renders.push({ threadId: rendered.threadId, started: ended - rendered.ms, ended });
      return rendered;
    },
  };
}

const ctx = editorGateway({ gateway: { renderer: recording(createMarkdownRenderer({ timeoutMs: 60_000 })) } });

const POST_HTML = graphql(`query PostHtml($slug: String!) { post(slug: $slug) { html readingTimeMinutes } }`);
const ALL_HTML = graphql(`query AllPostsHtml { posts(first: 100, filter: { includeDrafts: true }) { edges { node { slug html } } } }`);
const PAGE_HTML = graphql(`query PageHtml { posts(first: 10) { edges { node { slug html readingTimeMinutes } } } }`);

async function createDraft(input: Omit<CreatePostInput, 'kind'>) {
  const res = await ctx.editor(CREATE_POST, { input: { kind: 'NOTE', ...input } });
  return expectTypename(res.body.data!.result, 'CreatePostPayload').post;
}

const html = async (slug: string) => (await ctx.editor(POST_HTML, { slug })).body.data!.post;

describe('bodies nested too deeply for the renderer', () => {
  const shapes: [string, string][] = [
    ["the issue's 5,000 block quotes", ISSUE_BODY],
    ['5,000 nested bullet lists', '* '.repeat(5000) + 'x'],
    ['lists nested 40 deep by indentation', Array.from({ length: 40 }, (_, i) => `${'  '.repeat(i)}- a`).join('\n')],
    ['5,000 open brackets', '['.repeat(5000) + 'x'],
    ['an emphasis chain *a **b ***…', '*a **b ***c '.repeat(2000)],
  ];

  it.each(shapes)("%s: createPost → ValidationError at input.body with the rule's message; nothing written", async (_label, body) => {
    const res = await expectNothingChanged(ctx.gw, () => ctx.editor(CREATE_POST, { input: { kind: 'NOTE', title: 'Too deep', body } }));
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.result.__typename).toBe('ValidationError');
    expect(expectTypename(res.body.data!.result, 'ValidationError').fieldErrors).toEqual([
      { path: ['input', 'body'], message: markdownNestingIssue(body) },
    ]);
  });

  it("updatePost with the issue's body → ValidationError at input.body; the post keeps its body, HTML and version", async () => {
    const post = await createDraft({ title: 'Kept Body', body: 'The *original* body.' });
    const res = await expectNothingChanged(ctx.gw, () =>
      ctx.editor(UPDATE_POST, { input: { id: post.id, expectedVersion: post.version, body: ISSUE_BODY } }),
    );
    expect(res.body.data!.result.__typename).toBe('ValidationError');
    expect(fieldPaths(res.body.data!.result)).toEqual(['input.body']);
    expect(expectTypename(res.body.data!.result, 'ValidationError').fieldErrors[0]!.message).toMatch(
      /^Quotes and lists are nested 5000 levels deep \(line 1\); at most \d+ levels can be shown\.$/,
    );
    expect(await html(post.slug)).toEqual({ html: '<p>The <em>original</em> body.</p>', readingTimeMinutes: 1 });
  });
});

describe('stored HTML', () => {
  it('is rendered at save and stored with the renderer version and the reading time', async () => {
    const body = '# Stored\n\nSome **bold** words and ~~gone~~ ones.\n\n' + 'word '.repeat(450);
    const post = await createDraft({ title: 'Stored HTML', body });
    const row = await ctx.gw.db.prisma.post.findUniqueOrThrow({ where: { slug: post.slug } });
    expect(row).toMatchObject({ html: markdownToSafeHtml(body), htmlVersion: MARKDOWN_RENDERER_VERSION, readingTimeMinutes: 3 });
    expect(await html(post.slug)).toEqual({ html: row.html, readingTimeMinutes: 3 });
  });

  it('is what a read returns: nothing is rendered per read', async () => {
    const post = await createDraft({ title: 'Read Stored', body: 'Rendered *once*.' });
    const row = await ctx.gw.db.prisma.post.findUniqueOrThrow({ where: { slug: post.slug } });
    await ctx.gw.db.driver.query(`UPDATE "Post" SET html = '<p>changed in SQL</p>', "readingTimeMinutes" = 42 WHERE id = $1`, [row.id]);
    const before = renders.length;
    expect(await html(post.slug)).toEqual({ html: '<p>changed in SQL</p>', readingTimeMinutes: 42 });
    const list = await ctx.gw.gql(ALL_HTML, {}, await ctx.gw.editorHeaders());
    expect(list.body.data!.posts.edges.find((e) => e.node.slug === post.slug)!.node.html).toBe('<p>changed in SQL</p>');
    expect(renders.length).toBe(before);
  });

  it('changes with the body only', async () => {
    const post = await createDraft({ title: 'Edit Body', body: 'First.' });
    const retitled = await ctx.editor(UPDATE_POST, { input: { id: post.id, expectedVersion: post.version, title: 'Edited Body' } });
    expect(await html(post.slug)).toEqual({ html: '<p>First.</p>', readingTimeMinutes: 1 });
    await ctx.editor(UPDATE_POST, {
      input: {
        id: post.id,
        expectedVersion: expectTypename(retitled.body.data!.result, 'UpdatePostPayload').post.version,
        body: 'Second, **bold**.',
      },
    });
    expect(await html(post.slug)).toEqual({ html: '<p>Second, <strong>bold</strong>.</p>', readingTimeMinutes: 1 });
  });

  it("is stored for the seed's posts and for bench:data's generated posts", async () => {
    const { posts } = await loadContent();
    const seeded = await ctx.gw.db.prisma.post.findMany({
      where: { slug: { in: posts.map((post) => post.slug) } },
      select: { body: true, html: true, htmlVersion: true, readingTimeMinutes: true },
    });
    expect(seeded).toHaveLength(posts.length);
    for (const row of seeded) {
      expect(row).toEqual({
        body: row.body,
        html: markdownToSafeHtml(row.body),
        htmlVersion: MARKDOWN_RENDERER_VERSION,
        readingTimeMinutes: readingTimeMinutes(row.body),
      });
    }
    await generatePosts(ctx.gw.db.prisma, { count: 30, seed: 7 });
    const generated = await ctx.gw.db.prisma.post.findMany({
      where: { slug: { startsWith: 'gen-' } },
      select: { body: true, html: true, htmlVersion: true },
    });
    expect(generated).toHaveLength(30);
    for (const row of generated)
      expect(row).toEqual({ body: row.body, html: markdownToSafeHtml(row.body), htmlVersion: MARKDOWN_RENDERER_VERSION });
  });
});

describe('rows rendered by an older renderer, or never', () => {
  it('read rendered off the event loop, and are stored by the start-up sweep (updatedAt and version kept)', async () => {
    const post = await createDraft({ title: 'Stale Row', body: 'Old *row*.' });
    await ctx.gw.db.driver.query(
      `UPDATE "Post" SET html = '<p>old renderer</p>', "htmlVersion" = $2 WHERE id = (SELECT id FROM "Post" WHERE slug = $1)`,
      [post.slug, MARKDOWN_RENDERER_VERSION - 1],
    );
    await ctx.gw.db.driver.query(
      `UPDATE "Post" SET html = NULL, "htmlVersion" = 0, "readingTimeMinutes" = NULL WHERE slug = 'chunking-strategies'`,
    );
    expect(await html(post.slug)).toEqual({ html: '<p>Old <em>row</em>.</p>', readingTimeMinutes: 1 });
    const before = await ctx.gw.db.prisma.post.findUniqueOrThrow({ where: { slug: post.slug } });

    const renderer = createMarkdownRenderer({ timeoutMs: 60_000 });
    expect(await refreshStaleHtml({ prisma: ctx.gw.db.prisma, renderer })).toEqual({ rendered: 2, refused: 0, skipped: 0 });
    const after = await ctx.gw.db.prisma.post.findUniqueOrThrow({ where: { slug: post.slug } });
    expect(after).toEqual({ ...before, html: '<p>Old <em>row</em>.</p>', htmlVersion: MARKDOWN_RENDERER_VERSION, readingTimeMinutes: 1 });
    const seedRow = await ctx.gw.db.prisma.post.findUniqueOrThrow({ where: { slug: 'chunking-strategies' } });
    expect(seedRow.html).toBe(markdownToSafeHtml(seedRow.body));
    expect(await refreshStaleHtml({ prisma: ctx.gw.db.prisma, renderer })).toEqual({ rendered: 0, refused: 0, skipped: 0 });
  });

  it('cost one more statement per request, whatever their number', async () => {
    await ctx.gw.db.driver.query(
      `UPDATE "Post" SET "htmlVersion" = 0 WHERE slug IN (SELECT slug FROM "Post" WHERE status = 'PUBLISHED' ORDER BY "publishedAt" DESC LIMIT 10)`,
    );
    const statements = await ctx.gw.statements(() => ctx.gw.gql(PAGE_HTML));
    expect(statements.filter((sql) => /"body"/.test(sql) && !/"html"/.test(sql))).toHaveLength(1);
    const res = await ctx.gw.gql(PAGE_HTML);
    for (const { node } of res.body.data!.posts.edges) {
      const row = await ctx.gw.db.prisma.post.findUniqueOrThrow({ where: { slug: node.slug } });
      expect(node.html).toBe(markdownToSafeHtml(row.body));
    }
    await refreshStaleHtml({ prisma: ctx.gw.db.prisma, renderer: createMarkdownRenderer({ timeoutMs: 60_000 }) });
  });

  it('with a body too deep for the renderer (written before the rule) read as plain text, never an error', async () => {
    const row = await ctx.gw.db.prisma.post.create({
      data: {
        slug: 'legacy-deep-quotes',
        kind: 'NOTE',
        title: 'Legacy',
        summary: 's',
        body: ISSUE_BODY,
        status: 'PUBLISHED',
        publishedAt: new Date(),
      },
    });
    const res = await ctx.gw.gql(POST_HTML, { slug: row.slug });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.post!.html).toBe(`<pre>${'&gt; '.repeat(5000)}x</pre>`);
    const refused: string[] = [];
    const result = await refreshStaleHtml({
      prisma: ctx.gw.db.prisma,
      renderer: createMarkdownRenderer({ timeoutMs: 60_000 }),
      onRefused: (post) => refused.push(post.slug),
    });
    expect(result).toMatchObject({ refused: 1 });
    expect(refused).toEqual(['legacy-deep-quotes']);
    expect((await ctx.gw.db.prisma.post.findUniqueOrThrow({ where: { id: row.id } })).htmlVersion).toBe(MARKDOWN_RENDERER_VERSION);
  });
});

describe('rendering off the event loop', () => {
  it('renders a heavy body in a worker thread while /healthz keeps answering', async () => {
    const health: { at: number; ms: number; status: number }[] = [];
    let saving = true;
    const probe = (async () => {
      while (saving) {
        const sent = performance.now();
        const res = await ctx.gw.yoga.fetch('http://gateway.test/healthz');
        health.push({ at: performance.now(), ms: performance.now() - sent, status: res.status });
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    })();
    const before = renders.length;
    try {
      await createDraft({ title: 'Heavy Table', body: HEAVY_BODY });
    } finally {
      saving = false;
      await probe;
    }
    const [render] = renders.slice(before);
    expect(render!.threadId).not.toBe(threadId); // not the event loop's thread
    // While the render ran, the event loop kept serving: a render on it would block it for that whole window.
    const during = health.filter((h) => h.at > render!.started && h.at < render!.ended);
    expect(during.length).toBeGreaterThan(0);
    expect(during.every((h) => h.status === 200)).toBe(true);
    expect(Math.max(...during.map((h) => h.ms))).toBeLessThan(1000); // generous: 100 ms is the goal, the machine is shared
  });
});

describe('the render time budget', () => {
  let hurried: TestGateway;
  beforeAll(async () => {
    hurried = await createTestGateway({ config: { renderTimeoutMs: 200 } });
  });
  afterAll(() => hurried?.close());

  it('stops a render that overruns it: ValidationError at input.body, nothing written; the next save works', async () => {
    const as = await asEditor(hurried);
    const res = await expectNothingChanged(hurried, () =>
      as(CREATE_POST, { input: { kind: 'NOTE', title: 'Slow Body', body: SLOW_BODY } }),
    );
    expect(res.body.data!.result.__typename).toBe('ValidationError');
    expect(expectTypename(res.body.data!.result, 'ValidationError').fieldErrors).toEqual([
      { path: ['input', 'body'], message: expect.stringMatching(/^Rendering this body took longer than 0\.2 s, so it was stopped\./) },
    ]);
    const ok = await as(CREATE_POST, { input: { kind: 'NOTE', title: 'Quick Body', body: 'Quick.' } });
    expect(ok.body.data!.result.__typename).toBe('CreatePostPayload');
    const post = expectTypename(ok.body.data!.result, 'CreatePostPayload').post;
    const update = await expectNothingChanged(hurried, () =>
      as(UPDATE_POST, { input: { id: post.id, expectedVersion: post.version, body: SLOW_BODY } }),
    );
    expect(fieldPaths(update.body.data!.result)).toEqual(['input.body']);
  });
});
