import { describe, expect, it } from 'vitest';
import { NO_FILTERS, POST_SECTION_FILTERS, postFilterFor, searchTextFor } from './filters';

describe('postFilterFor (the posts query variables)', () => {
  it('with nothing chosen gives each section its own list (drafts included except in Drafts)', () => {
    expect(POST_SECTION_FILTERS).toEqual({
      posts: { includeDrafts: true },
      'long-reads': { includeDrafts: true, kind: 'NOTE' },
      shorts: { includeDrafts: true, kind: 'SHORT' },
      drafts: { status: 'DRAFT' },
    });
  });

  it('keeps the typed text out of the filter; searchTextFor trims it and makes a blank one null (the plain list)', () => {
    expect(postFilterFor('posts', { ...NO_FILTERS, search: '  geometry ' })).toEqual({ includeDrafts: true });
    expect(searchTextFor({ search: '  geometry ' })).toBe('geometry');
    expect(searchTextFor({ search: '   ' })).toBeNull();
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
    expect(postFilterFor('drafts', { ...NO_FILTERS, status: 'PUBLISHED' })).toEqual({ status: 'DRAFT' });
    expect(postFilterFor('shorts', { ...NO_FILTERS, categorySlug: 'llm' })).toEqual({ includeDrafts: true, kind: 'SHORT' });
  });
});
