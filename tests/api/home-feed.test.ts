// The anonymous home feed is the blog's home page: every expected value below is copied from a
// capture of the page, not from prisma/content, so a drifting fixture or a
// resolver that sorts, filters or joins wrongly fails here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../__generated__/index.ts';
import type { HomeFeedCardFragment as Card, HomeFeedQuery as Feed } from '../__generated__/graphql.ts';
import { createTestGateway, type TestGateway } from '../support/gateway.ts';
import { HOME_FEED, nodesOf, utcDay } from '../support/queries.ts';

// [title, calendar date], in page order.
const SHORTS = [
  ['SFT: Imitation, and the Ceiling It Hits', '2026-06-16'],
  ['RLHF: From Likelihood to Preference in Three Stages', '2026-06-16'],
  ['RLAIF: When the Labeler Is a Model', '2026-06-16'],
  ['What is Grouped-Query Attention (GQA)?', '2026-06-07'],
];
// [title, category, calendar date], in page order ("Latest long reads").
const LATEST_LONG_READS = [
  ['How LLMs Learn Human Preferences: RLHF, RLAIF and Beyond', 'LLM', '2026-06-15'],
  ['Why Different Models Feel Like Different Personalities', 'LLM', '2026-06-15'],
  ['Why LLMs Sound Emotional — and Whether They Understand Emotion', 'LLM', '2026-06-15'],
  ['Embeddings: How Geometry Pretends to Be Meaning', 'Embeddings and Retrieval', '2026-06-08'],
];
// [title, category, calendar date]: the author's order, which is not date order.
const FAVORITES = [
  ['Why LLMs Sound Emotional — and Whether They Understand Emotion', 'LLM', '2026-06-15'],
  ['Why Different Models Feel Like Different Personalities', 'LLM', '2026-06-15'],
  ['Embeddings: How Geometry Pretends to Be Meaning', 'Embeddings and Retrieval', '2026-06-08'],
  ['Pricing and Elasticity', 'Econometrics', '2026-06-07'],
  ['Causal ML Beyond Econometrics', 'Econometrics', '2026-06-07'],
  ['Fine-Tuning LLMs: When the Weight Delta Is Worth It', 'LLM', '2026-05-30'],
  ['Chunking Strategies', 'Embeddings and Retrieval', '2026-05-26'],
  ['How Text Became Geometry', 'Embeddings and Retrieval', '2026-05-21'],
  ['The Hindsight Corpus: Time in LLM Pretraining Data', 'LLM', '2026-05-13'],
  ['The Missing Now: Temporal Grounding in LLM Agents', 'LLM', '2026-05-13'],
  ['The Physics of Hallucination', 'LLM', '2026-05-08'],
];

const ALL_LABS = graphql(`query AllLabs { posts(first: 100) { edges { node { title hasLab } } } }`);

let gateway: TestGateway;
let feed: Feed;
const allCards = () => [...nodesOf(feed.homeFeed.shorts), ...nodesOf(feed.homeFeed.notes), ...feed.homeFeed.favorites];
const card = (title: string) => allCards().find((c) => c.title === title);

beforeAll(async () => {
  gateway = await createTestGateway();
  const res = await gateway.gql(HOME_FEED);
  expect(res.body.errors).toBeUndefined();
  feed = res.body.data!;
});
afterAll(() => gateway?.close());

describe('the anonymous home feed', () => {
  it('carries the site title', () => {
    expect(feed.site.title).toBe('lenatriestounderstand');
  });

  it('shows the four shorts in page order, dated as on the page, with no category, out of 4 shorts', () => {
    const shorts = nodesOf(feed.homeFeed.shorts);
    expect(shorts.map((s) => [s.title, utcDay(s.publishedAt)])).toEqual(SHORTS);
    expect(shorts.every((s) => s.kind === 'SHORT' && s.category === null)).toBe(true);
    expect(feed.homeFeed.shorts.totalCount).toBe(4);
  });

  it('shows the four latest long reads in page order with their categories, out of 12 long reads', () => {
    const notes = nodesOf(feed.homeFeed.notes);
    expect(notes.map((n) => [n.title, n.category?.name, utcDay(n.publishedAt)])).toEqual(LATEST_LONG_READS);
    expect(notes.every((n) => n.kind === 'NOTE')).toBe(true);
    expect(feed.homeFeed.notes.totalCount).toBe(12);
  });

  it('lists the categories in display order with their numbers of published posts', () => {
    expect(feed.homeFeed.categories.map((c) => [c.name, c.postCount])).toEqual([
      ['LLM', 7],
      ['Embeddings and Retrieval', 3],
      ['Econometrics', 2],
    ]);
  });

  it("lists the 11 favorites in the author's order, every one marked as a favorite", () => {
    const favorites = feed.homeFeed.favorites;
    expect(favorites.map((f) => [f.title, f.category?.name, utcDay(f.publishedAt)])).toEqual(FAVORITES);
    expect(favorites.every((f) => f.isFavorite)).toBe(true);
  });

  it('marks as favorite exactly the cards that are in Favorites', () => {
    const favoriteTitles = new Set(FAVORITES.map(([title]) => title));
    for (const c of [...nodesOf(feed.homeFeed.shorts), ...nodesOf(feed.homeFeed.notes)]) {
      expect(`${c.title}: ${c.isFavorite}`).toBe(`${c.title}: ${favoriteTitles.has(c.title)}`);
    }
  });

  it("shows each card's tags in the author's order", () => {
    const tags = (title: string) => card(title)?.tags.map((t) => t.slug);
    expect(tags('RLHF: From Likelihood to Preference in Three Stages')).toEqual(['rlhf', 'reward-model', 'ppo', 'preference-learning']);
    expect(tags('What is Grouped-Query Attention (GQA)?')).toEqual(['llm', 'attention', 'gqa', 'kv-cache']);
    expect(tags('Pricing and Elasticity')).toEqual(['pricing', 'elasticity', 'demand', 'causal-inference']);
    expect(tags('Why Different Models Feel Like Different Personalities')).toEqual(['personality', 'rlhf']);
    // The page shows four tags and "+1": the four come first, then exactly one more.
    const preferences = tags('How LLMs Learn Human Preferences: RLHF, RLAIF and Beyond')!;
    expect(preferences.slice(0, 4)).toEqual(['rlhf', 'rlaif', 'reward-model', 'ppo']);
    expect(preferences).toHaveLength(5);
  });

  it('shows "Lab inside" on the Embeddings long read only, wherever it appears', async () => {
    const withLab = allCards()
      .filter((c) => c.hasLab)
      .map((c) => c.title);
    expect(new Set(withLab)).toEqual(new Set(['Embeddings: How Geometry Pretends to Be Meaning']));
    const all = await gateway.gql(ALL_LABS);
    const everyLab = all.body.data!.posts.edges.filter((e) => e.node.hasLab).map((e) => e.node.title);
    expect(everyLab).toEqual(['Embeddings: How Geometry Pretends to Be Meaning']);
  });

  it('is the same page for a signed-in editor (no drafts exist in the seed)', async () => {
    const res = await gateway.gql(HOME_FEED, {}, await gateway.editorHeaders());
    expect(res.body.data).toEqual(feed);
  });
});
