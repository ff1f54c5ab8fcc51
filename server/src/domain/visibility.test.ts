import { describe, expect, it } from 'vitest';
import { ForbiddenError } from './errors.ts';
import { listStatusWhere, visiblePostById, visiblePostWhere, visibleTagWhere } from './visibility.ts';

const editor = { id: 'u1' };

describe('visibility policy', () => {
  it('anonymous callers see published posts and the tags of published posts (a published-post counter above zero); editors everything', () => {
    expect(visiblePostWhere(null)).toEqual({ status: 'PUBLISHED' });
    expect(visiblePostWhere(editor)).toEqual({});
    expect(visiblePostById('p1', null)).toEqual({ id: 'p1', status: 'PUBLISHED' });
    expect(visibleTagWhere(null)).toEqual({ publishedCounts: { some: { kind: null, count: { gt: 0 } } } });
    expect(visibleTagWhere(editor)).toEqual({});
  });

  it('lists default to published posts, for editors too; drafts where an editor asks', () => {
    for (const reader of [null, editor]) {
      expect(listStatusWhere(undefined, reader)).toEqual({ status: 'PUBLISHED' });
      expect(listStatusWhere({ status: 'PUBLISHED' }, reader)).toEqual({ status: 'PUBLISHED' });
    }
    expect(listStatusWhere({ status: 'DRAFT' }, editor)).toEqual({ status: 'DRAFT' });
    expect(listStatusWhere({ includeDrafts: true }, editor)).toEqual({});
    expect(listStatusWhere({ includeDrafts: false }, null)).toEqual({ status: 'PUBLISHED' });
  });

  it('refuses drafts to anonymous callers, however they are asked for', () => {
    for (const filter of [{ status: 'DRAFT' as const }, { includeDrafts: true }, { status: 'PUBLISHED' as const, includeDrafts: true }]) {
      expect(() => listStatusWhere(filter, null)).toThrow(ForbiddenError);
    }
  });
});
