import { describe, expect, it } from 'vitest';
import { readingTimeMinutes, renderMarkdown } from './markdown.ts';

describe('renderMarkdown', () => {
  it('renders GFM', () => {
    expect(renderMarkdown('**bold** and ~~gone~~')).toBe('<p><strong>bold</strong> and <del>gone</del></p>');
  });

  it('drops scripts, event handlers and javascript: links', () => {
    const html = renderMarkdown('<script>alert(1)</script>\n\n<img src=x onerror="alert(1)">\n\n[x](javascript:alert(1))');
    expect(html).not.toMatch(/<script|onerror|javascript:/i);
    expect(html).toContain('<a>x</a>');
  });
});

describe('readingTimeMinutes', () => {
  it('is at least one minute and grows with length (200 words a minute)', () => {
    expect(readingTimeMinutes('')).toBe(1);
    expect(readingTimeMinutes('word '.repeat(1000))).toBe(5);
    expect(readingTimeMinutes('word '.repeat(1001))).toBe(6);
  });
});
