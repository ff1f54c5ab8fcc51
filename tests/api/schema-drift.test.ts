// schema.graphql is the printed contract other programs (the admin's codegen, frontends) build
// against: it must be exactly what the Pothos code serves.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { printedSchema } from '../../tools/print-schema.ts';

describe('schema.graphql', () => {
  it('matches the schema the code builds (run `npm run schema:print` after changing the schema)', async () => {
    const committed = await readFile(new URL('../../schema.graphql', import.meta.url), 'utf8');
    expect(committed).toBe(printedSchema());
  });

  it('carries the public contract’s entry points', () => {
    // Guards the comparison itself: an empty or truncated print would otherwise "match" nothing.
    expect(printedSchema()).toMatch(
      /type Query \{[\s\S]*homeFeed: HomeFeed![\s\S]*posts\(after: String, before: String, filter: PostFilter, first: Int, last: Int\): PostConnection!/,
    );
  });
});
