import { describe, expect, it } from 'vitest';
import { parsePath, routePath, SECTIONS } from './routes';

describe('routes', () => {
  it('round-trips every section with and without an item', () => {
    for (const section of SECTIONS) {
      for (const itemId of [null, 'UG9zdDo0Mg==', 'a/b c']) {
        expect(parsePath(routePath({ section: section.id, itemId }))).toEqual({ section: section.id, itemId });
      }
    }
  });

  it('prefers the longest section path and falls back to All posts', () => {
    expect(parsePath('/posts/drafts')).toEqual({ section: 'drafts', itemId: null });
    expect(parsePath('/posts/x')).toEqual({ section: 'posts', itemId: 'x' });
    expect(parsePath('/nowhere/at/all')).toEqual({ section: 'posts', itemId: null });
  });
});
