import { queryFromInfo } from '@pothos/plugin-prisma';
import type { PageInfoShape } from '@pothos/plugin-relay';
import { limits } from '#shared/limits.ts';
import { builder } from '../builder.ts';
import { checkPageSize } from '../domain/post-query.ts';
import { encodeSearchCursor, searchPosts } from '../domain/search.ts';
import { listStatusWhere } from '../domain/visibility.ts';
import { Post, PostKindEnum, PostStatusEnum } from './post.ts';

/** A post as the schema's Post type holds it (Pothos's Prisma shape of the model). */
type PostRow = typeof Post.$inferType;

interface SearchEdgeShape {
  cursor: string;
  node: PostRow;
  rank: number;
  highlight: string;
}

interface SearchConnectionShape {
  edges: SearchEdgeShape[];
  pageInfo: PageInfoShape;
}

const SearchEdge = builder.objectRef<SearchEdgeShape>('SearchEdge').implement({
  description: 'One match of a search: the post, how well it matches and where.',
  fields: (t) => ({
    cursor: t.exposeString('cursor', {
      description: 'Pass as `after` to continue after this match (opaque; only valid for the same search).',
    }),
    node: t.field({ type: Post, nullable: false, resolve: (edge) => edge.node }),
    rank: t.exposeFloat('rank', {
      description:
        'How well the post matches (PostgreSQL ts_rank, above 0; higher is better): a word in the title outweighs words in summary and tags, which outweigh words in the body.',
    }),
    highlight: t.exposeString('highlight', {
      description:
        'Up to two short excerpts of the summary and body, joined by " … ", with the matching words in <mark>…</mark>. Safe HTML: all other text is escaped, and <mark> is the only element.',
    }),
  }),
});

const SearchConnection = builder.objectRef<SearchConnectionShape>('SearchConnection').implement({
  description: 'A page of search matches, best first (rank, then id).',
  fields: (t) => ({
    edges: t.field({ type: [SearchEdge], resolve: (connection) => connection.edges }),
    pageInfo: t.field({ type: builder.pageInfoRef(), resolve: (connection) => connection.pageInfo }),
  }),
});

export const SearchFilter = builder.inputType('SearchFilter', {
  fields: (t) => ({
    kind: t.field({ type: PostKindEnum }),
    categorySlug: t.string(),
    tagSlug: t.string(),
    status: t.field({
      type: PostStatusEnum,
      description: 'Only posts of this status. Default PUBLISHED. DRAFT and SCHEDULED are for editors (as in PostFilter).',
    }),
    includeDrafts: t.boolean({
      description: 'Editors only: search drafts and scheduled posts too (every status; `status` wins when both are given).',
    }),
  }),
});

builder.queryField('search', (t) =>
  t.field({
    type: SearchConnection,
    description:
      'Posts matching words, best first. `query` is web-search syntax: words (all must match, stemmed: "embedding" finds "embeddings"), "quoted phrases", -excluded words, `or`. Trimmed; 1–200 characters. Published posts only unless an editor passes `status` (DRAFT, SCHEDULED) or includeDrafts.',
    args: {
      query: t.arg.string({ required: true }),
      first: t.arg.int({ description: `Page size, 0–${limits.pageSizeMax}; default ${limits.pageSizeDefault}.` }),
      after: t.arg.string({ description: 'The cursor of the last match of the previous page.' }),
      filter: t.arg({ type: SearchFilter }),
    },
    // Two statements per page: the ranked ids with their excerpts (domain/search.ts), then the
    // client's selection of those posts in one findMany (relationJoins).
    resolve: async (_root, args, ctx, info) => {
      checkPageSize({ first: args.first });
      const first = args.first ?? limits.pageSizeDefault;
      const hits = await searchPosts(ctx.prisma, {
        query: args.query,
        filter: args.filter,
        reader: ctx.viewer,
        after: args.after,
        limit: first + 1,
      });
      const page = hits.slice(0, first);
      const ids = page.map((hit) => hit.id);
      const query = queryFromInfo({ context: ctx, info, typeName: 'Post', path: ['edges', 'node'] });
      // The same visibility again: a post unpublished between the two statements drops out.
      const status = listStatusWhere(args.filter, ctx.viewer);
      const posts = ids.length ? await ctx.prisma.post.findMany({ ...query, where: { id: { in: ids }, ...status } }) : [];
      const byId = new Map(posts.map((post) => [post.id, post]));
      const edges = page.flatMap((hit) => {
        const node = byId.get(hit.id);
        return node ? [{ cursor: encodeSearchCursor(hit), node, rank: hit.rank, highlight: hit.highlight }] : [];
      });
      return {
        edges,
        pageInfo: {
          hasNextPage: hits.length > first,
          hasPreviousPage: false,
          // From the hits, not the edges: a post dropped above still moves the page on.
          startCursor: page[0] ? encodeSearchCursor(page[0]) : null,
          endCursor: page.length ? encodeSearchCursor(page.at(-1)!) : null,
        },
      };
    },
  }),
);
