import { threadId } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { markdownToSafeHtml } from '#shared/markdown.ts';
import { MARKDOWN_RENDERER_VERSION } from '#shared/markdown-version.ts';
import { markdownNestingIssue } from '#shared/markdown-nesting.ts';
import { readingTimeMinutes } from './markdown.ts';
import { closeRenderPool, createMarkdownRenderer, RenderRefusedError } from './renderer.ts';

// Far over any budget below: thousands of sibling block quotes take the parser seconds to minutes.
const SLOW_BUT_SHALLOW = '> a\n\n'.repeat(3_000);

afterAll(() => closeRenderPool());

describe('createMarkdownRenderer', () => {
  const renderer = createMarkdownRenderer({ timeoutMs: 60_000 });

  it('renders in a worker thread, not on the event loop', async () => {
    const body = '# Title\n\nSome **bold** words, [a link](https://example.com) and a table:\n\n| a |\n|---|\n| 1 |\n';
    const rendered = await renderer.render(body);
    expect(rendered).toEqual({
      html: markdownToSafeHtml(body),
      readingTimeMinutes: 1,
      htmlVersion: MARKDOWN_RENDERER_VERSION,
      threadId: expect.any(Number),
      ms: expect.any(Number),
    });
    expect(rendered.threadId).not.toBe(threadId);
  });

  it('refuses a body deeper than the nesting rule without rendering it', async () => {
    const body = '> '.repeat(5_000) + 'x';
    const refusal = await renderer.render(body).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(RenderRefusedError);
    expect(refusal).toMatchObject({ reason: 'nesting', message: markdownNestingIssue(body) });
  });

  it('stops a render that overruns its budget, and renders the next body on a fresh thread', async () => {
    const hurried = createMarkdownRenderer({ timeoutMs: 200 });
    const started = performance.now();
    const refusal = await hurried.render(SLOW_BUT_SHALLOW).catch((error: unknown) => error);
    expect(refusal).toMatchObject({
      reason: 'timeout',
      message: expect.stringMatching(/^Rendering this body took longer than 0\.2 s, so it was stopped\./),
    });
    // Stopped, not awaited: well under what the render itself needs (tens of seconds).
    expect(performance.now() - started).toBeLessThan(20_000);
    expect((await hurried.render('*still works*')).html).toBe('<p><em>still works</em></p>');
  });

  it('falls back to escaped plain text for a refused body, keeping its reading time', async () => {
    const body = '> '.repeat(5_000) + '<script>x</script> ' + 'word '.repeat(400);
    const rendered = await renderer.renderOrFallback(body);
    expect(rendered.html.startsWith('<pre>&gt; &gt; ')).toBe(true);
    expect(rendered.html).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(rendered).toMatchObject({
      readingTimeMinutes: readingTimeMinutes(body),
      htmlVersion: MARKDOWN_RENDERER_VERSION,
      refused: { reason: 'nesting' },
    });
  });

  it('needs no thread for an empty body', async () => {
    expect(await renderer.render('')).toEqual({
      html: '',
      readingTimeMinutes: 1,
      htmlVersion: MARKDOWN_RENDERER_VERSION,
      threadId: 0,
      ms: 0,
    });
  });
});
