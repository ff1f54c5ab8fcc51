import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { markdownToSafeHtml } from '#shared/markdown.ts';
import { MARKDOWN_RENDERER_VERSION } from '#shared/markdown-version.ts';
import { loadContent } from '../db/seed-content.ts';

// Every GFM feature the blog uses, and what the sanitizer must take out.
const SAMPLE = `# Heading *em* **strong** ~~del~~ \`code\`

A [link](https://example.com "title"), an ![image](https://example.com/a.png), <https://auto.link>, www.example.com, a@b.co.

> quote
> - list in a quote

1. one
2. two
   - [x] done
   - [ ] open

| left | center | right |
|:-----|:------:|------:|
| a    | b      | c     |

\`\`\`ts
const x = 1;
\`\`\`

Footnote[^1].

[^1]: The note.

<script>alert(1)</script><img src=x onerror="alert(1)"> [x](javascript:alert(1))
`;

describe('MARKDOWN_RENDERER_VERSION', () => {
  it('changes whenever the rendered output does (stored HTML of older versions is re-rendered)', async () => {
    const { posts } = await loadContent();
    const output = [SAMPLE, ...posts.map((post) => post.body)].map(markdownToSafeHtml).join('\n\u0000\n');
    const hash = createHash('sha256').update(output).digest('hex').slice(0, 16);
    // If this fails after changing the pipeline or upgrading remark/rehype packages: bump
    // MARKDOWN_RENDERER_VERSION (shared/src/markdown-version.ts) and write the new pair here.
    expect({ version: MARKDOWN_RENDERER_VERSION, hash }).toEqual({ version: 1, hash: 'c3ecf0a41cf48014' });
  });
});
