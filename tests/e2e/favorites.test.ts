// Favorites in a real browser against the real gateway: reorder with the mouse and with the
// keyboard (dnd-kit sensors), each checked through the PUBLIC API; a stale page's drop after
// another session changed the list shows the conflict and reloads; add from the posts list via
// the shortcut; remove with Delete.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editorApi, type GraphQL } from './support/api.ts';
import { screenshot } from './support/browser.ts';
import { e2eEnvironment, loudly } from './support/environment.ts';
import { startSignedInSession, type SignedInSession } from './support/session.ts';
import type { GatewayProcess } from './support/gateway-process.ts';

const environment = e2eEnvironment();
if (!environment.canRun) console.warn(loudly(environment.reason));

/** `items` with the element at `from` moved to `to` (what a drop should produce). */
const moved = <T>(items: T[], from: number, to: number): T[] => {
  const next = [...items];
  next.splice(to, 0, ...next.splice(from, 1));
  return next;
};

describe.skipIf(!environment.canRun)('favorites (Chromium)', () => {
  let session: SignedInSession;
  let gateway: GatewayProcess;
  let page: Page;
  let anonymous: GraphQL;
  let otherEditor: GraphQL;

  beforeAll(async () => {
    session = await startSignedInSession();
    ({ gateway, page, anonymous } = session);
    otherEditor = await editorApi(gateway.url);
    await page.getByRole('link', { name: 'Favorites' }).click();
    await list().getByRole('button').first().waitFor();
  });

  afterAll(() => session?.stop());

  const list = () => page.getByRole('list', { name: 'Favorites in order' });
  const shownTitles = () => list().locator('.favorite-title').allTextContents();
  const publicTitles = async () =>
    (await anonymous<{ favorites: { title: string }[] }>('{ favorites { title } }')).favorites.map((p) => p.title);
  const handle = (title: string) => list().getByRole('button', { name: title, exact: true });
  const liveRegion = () => page.locator('[id^="DndLiveRegion"]').textContent();
  /**
   * Picks up `title` (at position `from`) with Space and moves it with the arrow keys until the
   * live region says it is over position `to` — waiting, as a user would, for each announcement.
   * Under CPU load dnd-kit drops an arrow key pressed while it still measures the list (seen on the
   * 2-core CI machine), so, like a user watching the announcement, press again until it is there
   * (and step back if a late key overshot). Leaves the item held: the caller drops or cancels.
   */
  async function pickUpAndMove(title: string, from: number, to: number) {
    await handle(title).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => handle(title).getAttribute('aria-pressed')).toBe('true');
    await expect.poll(liveRegion).toMatch(new RegExp(`is over position ${from} of`));
    const target = new RegExp(`is over position ${to} of`);
    for (let attempt = 0; attempt < 8; attempt += 1) {
      const said = (await liveRegion()) ?? '';
      if (target.test(said)) break;
      const at = Number(/is over position (\d+) of/.exec(said)?.[1] ?? from);
      await page.keyboard.press(at < to ? 'ArrowDown' : 'ArrowUp');
      await page.waitForTimeout(400);
    }
    await expect.poll(liveRegion).toMatch(target);
  }

  /** Space on `title` (at position 1), ArrowDown, Space. */
  async function keyboardMoveDown(title: string) {
    await pickUpAndMove(title, 1, 2);
    await page.keyboard.press('Space');
  }

  it('reorders with the mouse: drag the first favorite onto the third', async () => {
    const before = await shownTitles();
    expect(before.length).toBeGreaterThan(3);
    expect(await publicTitles()).toEqual(before);
    const from = (await handle(before[0]!).boundingBox())!;
    const to = (await handle(before[2]!).boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2 + 10, { steps: 5 });
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2 + 4, { steps: 15 });
    await page.mouse.up();
    const expected = moved(before, 0, 2);
    await expect.poll(shownTitles).toEqual(expected);
    await expect.poll(publicTitles).toEqual(expected);
    await screenshot(page, 'admin-favorites');
  });

  it('reorders with the keyboard: Space picks up, ArrowDown moves, Space drops', async () => {
    const before = await shownTitles();
    await keyboardMoveDown(before[0]!);
    const expected = moved(before, 0, 1);
    await expect.poll(shownTitles).toEqual(expected);
    await expect.poll(publicTitles).toEqual(expected);
    // The live region told a screen reader where it went.
    expect(await liveRegion()).toMatch(/dropped at position 2 of/);
  });

  it('Escape cancels a keyboard move: nothing is sent, the order stays', async () => {
    const before = await shownTitles();
    await pickUpAndMove(before[1]!, 2, 3);
    await page.keyboard.press('Escape');
    await expect.poll(liveRegion).toMatch(/cancelled/);
    expect(await shownTitles()).toEqual(before);
    expect(await publicTitles()).toEqual(before);
  });

  it('a drop on a stale list shows the conflict and reloads the server order (no overwrite)', async () => {
    const stale = await shownTitles();
    // Another session reverses the list meanwhile.
    const server = await otherEditor<{ favorites: { id: string; title: string }[]; favoritesRevision: number }>(
      '{ favorites { id title } favoritesRevision }',
    );
    await otherEditor('mutation($ids: [ID!]!, $rev: Int!) { reorderFavorites(postIds: $ids, expectedRevision: $rev) { __typename } }', {
      ids: server.favorites.map((p) => p.id).reverse(),
      rev: server.favoritesRevision,
    });
    const theirs = server.favorites.map((p) => p.title).reverse();
    expect(await shownTitles()).toEqual(stale);

    await keyboardMoveDown(stale[0]!);
    await page.getByRole('alert').filter({ hasText: 'The list changed elsewhere; reloaded.' }).waitFor();
    await expect.poll(shownTitles).toEqual(theirs);
    expect(await publicTitles()).toEqual(theirs);
    await screenshot(page, 'admin-favorites-conflict');
    await page.getByRole('button', { name: 'Dismiss' }).click();
  });

  it('adds the selected post from the posts list with the F shortcut; it appears at the end', async () => {
    const { posts } = await anonymous<{ posts: { edges: { node: { title: string; isFavorite: boolean } }[] } }>(
      '{ posts(first: 50) { edges { node { title isFavorite } } } }',
    );
    const title = posts.edges.map((e) => e.node).find((p) => !p.isFavorite)!.title;
    await page.getByRole('link', { name: 'All posts' }).click();
    await page.getByRole('option', { name: new RegExp(title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).click();
    await page.keyboard.press('f');
    await page.getByRole('option', { selected: true }).getByRole('button', { name: 'Favorite', pressed: true }).waitFor();
    await expect.poll(async () => (await publicTitles()).at(-1)).toBe(title);
    await page.getByRole('link', { name: 'Favorites' }).click();
    await expect.poll(async () => (await shownTitles()).at(-1)).toBe(title);
  });

  it('removes a favorite with the Delete key', async () => {
    const before = await shownTitles();
    const title = before.at(-1)!;
    await handle(title).focus();
    await page.keyboard.press('Delete');
    await expect.poll(shownTitles).toEqual(before.slice(0, -1));
    await expect.poll(publicTitles).toEqual(before.slice(0, -1));
  });
});
