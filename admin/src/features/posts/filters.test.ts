import { describe, expect, it } from 'vitest';
import { NO_FILTERS, POST_SECTION_FILTERS, postFilterFor } from './filters';

describe('postFilterFor (the posts query variables)', () => {
  it('with nothing chosen gives each section its own list (drafts included except in Drafts)', () => {
    expect(POST_SECTION_FILTERS).toEqual({
      posts: { includeDrafts: true },
      'long-reads': { includeDrafts: true, kind: 'NOTE' },
      shorts: { includeDrafts: true, kind: 'SHORT' },
      drafts: { status: 'DRAFT' },
    });
  });

  it('adds the trimmed search, and leaves a blank one out (same cached list as no search)', () => {
    expect(postFilterFor('posts', { ...NO_FILTERS, search: '  geometry ' })).toEqual({ includeDrafts: true, search: 'geometry' });
    expect(postFilterFor('posts', { ...NO_FILTERS, search: '   ' })).toEqual({ includeDrafts: true });
  });

  it('maps the status choice: Published, Scheduled and Drafts by status, All by includeDrafts', () => {
    expect(postFilterFor('posts', { ...NO_FILTERS, status: 'PUBLISHED' })).toEqual({ status: 'PUBLISHED' });
    expect(postFilterFor('shorts', { ...NO_FILTERS, status: 'SCHEDULED' })).toEqual({ status: 'SCHEDULED', kind: 'SHORT' });
    expect(postFilterFor('posts', { ...NO_FILTERS, status: 'DRAFT', kind: 'NOTE', categorySlug: 'llm' })).toEqual({
      status: 'DRAFT',
      kind: 'NOTE',
      categorySlug: 'llm',
    });
  });

  it('lets the section win over the bar where it fixes a value, and drops a category for shorts', () => {
    expect(postFilterFor('long-reads', { ...NO_FILTERS, kind: 'SHORT' })).toEqual({ includeDrafts: true, kind: 'NOTE' });
    expect(postFilterFor('drafts', { ...NO_FILTERS, status: 'PUBLISHED', search: 'x' })).toEqual({ status: 'DRAFT', search: 'x' });
    expect(postFilterFor('shorts', { ...NO_FILTERS, categorySlug: 'llm' })).toEqual({ includeDrafts: true, kind: 'SHORT' });
  });
});
