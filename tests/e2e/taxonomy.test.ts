// Categories and tags in a real browser against the real gateway, each change checked through
// the PUBLIC API: create → rename → delete a category with posts (moving them), reorder
// categories with the keyboard (dnd-kit KeyboardSensor), rename a tag.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQL } from './support/api.ts';
import { screenshot } from './support/browser.ts';
import { e2eEnvironment, loudly } from './support/environment.ts';
import { startSignedInSession, type SignedInSession } from './support/session.ts';
import type { GatewayProcess } from './support/gateway-process.ts';

const environment = e2eEnvironment();
if (!environment.canRun) console.warn(loudly(environment.reason));

describe.skipIf(!environment.canRun)('categories and tags (Chromium)', () => {
  let session: SignedInSession;
  let gateway: GatewayProcess;
  let page: Page;
  let anonymous: GraphQL;

  beforeAll(async () => {
    session = await startSignedInSession();
    ({ gateway, page, anonymous } = session);
  });

  afterAll(() => session?.stop());

  const categoryList = () => page.getByRole('list', { name: 'Categories in display order' });
  const shownCategories = () => categoryList().locator('.row-name').allTextContents();
  const publicCategories = async () =>
    (await anonymous<{ categories: { name: string }[] }>('{ categories { name } }')).categories.map((c) => c.name);
  const editor = () => page.getByRole('region', { name: 'Category', exact: true });

  it('creates a category, renames it, then deletes a category with posts, moving them to it', async () => {
    await page.getByRole('link', { name: 'Categories' }).click();
    await categoryList().getByRole('button', { name: /^LLM/ }).waitFor();
    expect(await shownCategories()).toEqual(await publicCategories());

    await page.getByRole('textbox', { name: 'New category name' }).fill('Causal Inference');
    await page.getByRole('button', { name: 'Add category' }).click();
    await editor().getByRole('heading', { name: 'Causal Inference' }).waitFor();
    expect((await publicCategories()).at(-1)).toBe('Causal Inference');

    await editor().getByRole('textbox', { name: 'Name' }).fill('Causality');
    await editor().getByRole('textbox', { name: 'Description' }).fill('Effects, not correlations.');
    await editor().getByRole('button', { name: 'Save' }).click();
    await editor().getByRole('heading', { name: 'Causality' }).waitFor();
    const renamed = await anonymous('{ category(slug: "causal-inference") { name description postCount } }');
    expect(renamed.category).toEqual({ name: 'Causality', description: 'Effects, not correlations.', postCount: 0 });

    const before = await anonymous('{ category(slug: "econometrics") { posts(first: 50) { edges { node { slug } } } } }');
    const movedSlugs: string[] = before.category.posts.edges.map((e: { node: { slug: string } }) => e.node.slug);
    expect(movedSlugs.length).toBeGreaterThan(0);
    await categoryList()
      .getByRole('button', { name: /^Econometrics/ })
      .click();
    await editor().getByRole('button', { name: 'Delete…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete category “Econometrics”?' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(`It has ${movedSlugs.length} posts`);
    await dialog.getByRole('radio', { name: 'Move them to' }).check();
    await dialog.getByRole('combobox', { name: 'Category to move the posts to' }).selectOption({ label: 'Causality' });
    await screenshot(page, 'admin-delete-category');
    await dialog.getByRole('button', { name: 'Delete category' }).click();
    await dialog.waitFor({ state: 'detached' });

    await expect.poll(shownCategories).not.toContain('Econometrics');
    expect(await anonymous('{ category(slug: "econometrics") { id } }')).toEqual({ category: null });
    const after = await anonymous('{ category(slug: "causal-inference") { postCount posts(first: 50) { edges { node { slug } } } } }');
    expect(after.category.postCount).toBe(movedSlugs.length);
    expect(after.category.posts.edges.map((e: { node: { slug: string } }) => e.node.slug).sort()).toEqual([...movedSlugs].sort());
    // The list's count followed the move without a reload.
    await expect
      .poll(() =>
        categoryList()
          .getByRole('button', { name: /^Causality/ })
          .textContent(),
      )
      .toContain(String(movedSlugs.length));
  });

  it('reorders categories with the keyboard: Space on the handle, ArrowDown, Space', async () => {
    const before = await shownCategories();
    expect(before.length).toBeGreaterThanOrEqual(3);
    expect(await publicCategories()).toEqual(before);
    await categoryList()
      .getByRole('button', { name: `Reorder ${before[0]}` })
      .focus();
    await page.keyboard.press('Space');
    // Like a user, move by the announcements: dnd-kit drops an arrow key pressed while it still
    // measures the list (seen under CPU load), so press until it says position 3 (step back on overshoot).
    const liveRegion = async () => (await page.locator('[id^="DndLiveRegion"]').textContent()) ?? '';
    await expect.poll(liveRegion).toMatch(/position 1 of/);
    for (let attempt = 0; attempt < 8 && !/moved to position 3 of/.test(await liveRegion()); attempt += 1) {
      const at = Number(/position (\d+) of/.exec(await liveRegion())?.[1] ?? 1);
      await page.keyboard.press(at < 3 ? 'ArrowDown' : 'ArrowUp');
      await page.waitForTimeout(400);
    }
    await expect.poll(liveRegion).toMatch(/moved to position 3 of/);
    await page.keyboard.press('Space');
    const expected = [before[1], before[2], before[0], ...before.slice(3)];
    await expect.poll(shownCategories).toEqual(expected);
    await expect.poll(publicCategories).toEqual(expected);
    await screenshot(page, 'admin-categories');
    // Still the order after a reload (it came from the server, not only the optimistic answer).
    await page.reload();
    await categoryList()
      .getByRole('button', { name: `Reorder ${before[0]}` })
      .waitFor();
    expect(await shownCategories()).toEqual(expected);
  });

  it('filters tags as you type and renames one, saving with Ctrl+S', async () => {
    await page.getByRole('link', { name: 'Tags' }).click();
    const tags = page.getByRole('listbox', { name: 'Tags' });
    await tags.getByRole('option').first().waitFor();
    await page.getByRole('searchbox', { name: 'Filter tags' }).fill('rlh');
    await expect.poll(() => tags.getByRole('option').count()).toBe(1);
    expect(await tags.getByRole('option').textContent()).toMatch(/^rlhf\d+ published posts?$/);
    await tags.getByRole('option', { name: /^rlhf/ }).click();
    const tagEditor = page.getByRole('region', { name: 'Tag', exact: true });
    await tagEditor.getByRole('textbox', { name: 'Name' }).fill('RLHF');
    await page.keyboard.press('Control+S'); // the same save as the button (registry: tag.save)
    await tagEditor.getByRole('heading', { name: 'RLHF' }).waitFor();
    await screenshot(page, 'admin-tags');
    const renamed = await anonymous('{ tag(slug: "rlhf") { name postCount } }');
    expect(renamed.tag.name).toBe('RLHF');
    expect(renamed.tag.postCount).toBeGreaterThan(0);
  });
});
