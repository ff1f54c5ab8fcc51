import { describe, expect, it } from 'vitest';
import { postChangeKeys } from './cdn-keys.ts';

const isPublic = (post: { status: string }) => post.status === 'PUBLISHED';
const post = (status: string, categoryId: string | null, tagIds: string[]) => ({ id: 'p1', status, categoryId, tagIds });

describe('postChangeKeys', () => {
  it('a draft that stays a draft purges nothing', () => {
    expect(postChangeKeys(post('DRAFT', 'c1', ['t1']), post('DRAFT', 'c2', ['t2']), isPublic)).toEqual([]);
    expect(postChangeKeys(null, post('DRAFT', null, []), isPublic)).toEqual([]);
  });

  it('an edit of a public post: the post, its lists, the categories and tags it had and has', () => {
    expect(postChangeKeys(post('PUBLISHED', 'c1', ['t1', 't2']), post('PUBLISHED', 'c2', ['t2', 't3']), isPublic).sort()).toEqual(
      ['post:p1', 'posts', 'home', 'category:c1', 'category:c2', 'tag:t1', 'tag:t2', 'tag:t3'].sort(),
    );
  });

  it('publishing, unpublishing and deleting a public post also purge the taxonomy lists and favorites', () => {
    const lists = ['categories', 'tags', 'favorites'];
    expect(postChangeKeys(post('DRAFT', 'c1', []), post('PUBLISHED', 'c1', []), isPublic).sort()).toEqual(
      ['post:p1', 'posts', 'home', 'category:c1', ...lists].sort(),
    );
    expect(postChangeKeys(post('PUBLISHED', null, ['t1']), post('SCHEDULED', null, ['t1']), isPublic).sort()).toEqual(
      ['post:p1', 'posts', 'home', 'tag:t1', ...lists].sort(),
    );
    expect(postChangeKeys(post('PUBLISHED', null, []), null, isPublic).sort()).toEqual(['post:p1', 'posts', 'home', ...lists].sort());
  });
});
