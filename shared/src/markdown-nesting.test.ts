import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MARKDOWN_NESTING_MAX, markdownNesting, markdownNestingIssue } from './markdown-nesting.ts';
import { postFieldsSchema } from './post-rules.ts';

const depth = (markdown: string) => markdownNesting(markdown).depth;

describe('markdownNesting: block quotes and lists', () => {
  it('counts block quote markers, with or without spaces', () => {
    expect(depth('> '.repeat(5000) + 'x')).toBe(5000);
    expect(depth('>>>> x')).toBe(4);
    expect(depth('> a\n> > b\n> > > c\n')).toBe(3);
    expect(depth('a > b > c')).toBe(0); // not at the start of a line
  });

  it('counts bullet and ordered list markers on one line', () => {
    expect(depth('* '.repeat(300) + 'x')).toBe(300);
    expect(depth('- - - x')).toBe(3);
    expect(depth('1. 2) 3. x')).toBe(3);
    expect(depth('-x\n1.5 kg\n+1\n#hashtag')).toBe(0); // no space after the marker: not a list
  });

  it('counts lists nested by indentation, and forgets them when the indentation goes back', () => {
    const nested = Array.from({ length: 40 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n');
    expect(depth(nested)).toBe(40);
    const siblings = '- a\n- b\n  - c\n  - d\n- e\n  - f\n';
    expect(depth(siblings)).toBe(2);
    expect(depth('- a\n  - b\n\nparagraph\n\n  - c\n')).toBe(2); // text after a blank line closes both
    expect(depth('\t- a\n\t\t- b\n')).toBe(2); // tabs stop every 4 columns
  });

  it('adds quotes and lists together', () => {
    expect(depth('> - '.repeat(20) + 'x')).toBe(40);
    expect(depth('- a\n  > - b\n  >   > c\n')).toBe(4);
  });

  it('keeps an ordinary post shallow', () => {
    const posts = JSON.parse(readFileSync(new URL('../../prisma/content/posts.json', import.meta.url), 'utf8')) as {
      posts: { body: string }[];
    };
    const deepest = Math.max(...posts.posts.map((post) => depth(post.body)));
    expect(deepest).toBeLessThanOrEqual(3);
    expect(depth('# Title\n\nText with *emphasis*, **strong**, `code` and a [link](https://x.y).\n\n- a\n  - b\n\n> quote\n')).toBe(2);
  });
});

describe('markdownNesting: emphasis, links and images', () => {
  it('counts emphasis and strong nested inside each other', () => {
    expect(depth('*a '.repeat(50) + 'b' + ' c*'.repeat(50))).toBe(50);
    expect(depth('**a '.repeat(50) + 'b' + ' c**'.repeat(50))).toBe(50);
    expect(depth('***a*** and *b* and **c**')).toBe(2); // `***` opens emphasis and strong
    expect(markdownNesting('*a '.repeat(50) + 'b' + ' c*'.repeat(50)).kind).toBe('inline');
  });

  it("counts chains of openers that never close (the issue's *a **b ***… shape)", () => {
    expect(depth('*a **b ***c '.repeat(20))).toBeGreaterThan(MARKDOWN_NESTING_MAX);
    expect(depth('~~a ~~b ~~c '.repeat(20))).toBeGreaterThan(MARKDOWN_NESTING_MAX);
  });

  it('lets a closer close everything opened after its opener (CommonMark)', () => {
    expect(depth('*a **b c* d** e')).toBe(2);
    expect(depth('*a* '.repeat(1000))).toBe(1);
  });

  it('counts brackets of links and images', () => {
    expect(depth('['.repeat(5000) + 'x')).toBe(5000);
    expect(depth('[!['.repeat(20) + 'a' + '](u)](v)'.repeat(20))).toBe(40);
    expect(depth('[a](u) [b](v) ![c](w)')).toBe(1);
  });

  it('ignores code spans, fenced code, escapes and intraword underscores', () => {
    expect(depth('`' + '*a '.repeat(100) + '`')).toBe(0);
    expect(depth('``' + '[['.repeat(100) + '``')).toBe(0);
    expect(depth('```\n' + '[['.repeat(100) + '\n```\nafter')).toBe(0);
    expect(depth('~~~js\n' + '*a '.repeat(100) + '\n~~~')).toBe(0);
    expect(depth('\\*a '.repeat(100) + '\\['.repeat(100))).toBe(0);
    expect(depth('snake_case_name_'.repeat(100))).toBe(0);
    expect(depth('2 * 3 * 4 = 24')).toBe(0);
  });

  it('starts over in each paragraph', () => {
    expect(depth('[a\n\n[b\n\n[c\n')).toBe(1);
    expect(markdownNesting('plain\n\n[[[\n').line).toBe(3);
  });
});

describe('markdownNestingIssue and the post body rule', () => {
  it('is null within the limit and names the depth, line and limit beyond it', () => {
    expect(markdownNestingIssue('> '.repeat(MARKDOWN_NESTING_MAX) + 'x')).toBeNull();
    expect(markdownNestingIssue('text\n\n' + '> '.repeat(5000) + 'x')).toBe(
      `Quotes and lists are nested 5000 levels deep (line 3); at most ${MARKDOWN_NESTING_MAX} levels can be shown.`,
    );
    expect(markdownNestingIssue('*a '.repeat(40) + 'b' + ' c*'.repeat(40))).toBe(
      `Emphasis, links and images are nested 40 levels deep (line 1); at most ${MARKDOWN_NESTING_MAX} levels can be shown.`,
    );
  });

  it('refuses the body field with that message (server and admin run this schema)', () => {
    const result = postFieldsSchema.safeParse({ body: '> '.repeat(5000) + 'x' });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: ['body'], message: markdownNestingIssue('> '.repeat(5000) + 'x') }),
    ]);
    expect(postFieldsSchema.safeParse({ body: '> '.repeat(MARKDOWN_NESTING_MAX) + 'x' }).success).toBe(true);
  });

  it('gives an over-long body one message only (its size)', () => {
    const result = postFieldsSchema.safeParse({ body: '> '.repeat(100_001) });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['Body must be at most 200000 characters.']);
  });
});
