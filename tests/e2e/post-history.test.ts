// A post's History in a real browser against the real gateway: revisions newest first with their
// author, the selected one's differences from the current text (jsdiff), and Restore after a
// confirmation — the content comes back as a new version and a new revision; a restore against a
// stale version gets the conflict dialog and changes nothing.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editorApi, type GraphQL } from './support/api.ts';
import { screenshot } from './support/browser.ts';
import { e2eEnvironment, loudly } from './support/environment.ts';
import { startSignedInSession, type SignedInSession } from './support/session.ts';

const environment = e2eEnvironment();
if (!environment.canRun) console.warn(loudly(environment.reason));

describe.skipIf(!environment.canRun)('post history (Chromium)', () => {
  let session: SignedInSession;
  let page: Page;
  let editor: GraphQL;

  beforeAll(async () => {
    session = await startSignedInSession();
    page = session.page;
    editor = await editorApi(session.gateway.url);
  });

  afterAll(() => session?.stop());

  const stored = async (id: string) =>
    (await editor('query($id: ID!) { node(id: $id) { ... on Post { version title body revisions(first: 10) { totalCount } } } }', { id }))
      .node as { version: number; title: string; body: string; revisions: { totalCount: number } };

  /** A post with two versions: the first body, then an edited one (each write is a revision). */
  async function postWithTwoVersions(title: string) {
    const created = await editor(
      `mutation($t: String!) { createPost(input: { kind: SHORT, title: $t, summary: "First summary.", body: "Line one.\\nFirst body." }) {
        ... on CreatePostPayload { post { id version } } } }`,
      { t: title },
    );
    const { id, version } = created.createPost.post as { id: string; version: number };
    const updated = await editor(
      `mutation($id: ID!, $v: Int!) { updatePost(input: { id: $id, expectedVersion: $v, summary: "Second summary.", body: "Line one.\\nSecond body." }) {
        __typename ... on UpdatePostPayload { post { version } } } }`,
      { id, v: version },
    );
    expect(updated.updatePost.__typename).toBe('UpdatePostPayload');
    return { id, firstVersion: version, secondVersion: updated.updatePost.post.version as number };
  }

  it('lists revisions newest first, shows the diff of an older one, and restores it as a new version', async () => {
    const title = `History e2e ${Date.now()}`;
    const { id, firstVersion, secondVersion } = await postWithTwoVersions(title);
    const before = await stored(id);

    await page.goto(`/admin/posts/${encodeURIComponent(id)}`);
    const pane = page.getByRole('region', { name: 'Editor' });
    await pane.getByRole('button', { name: 'History' }).click();
    const revisions = pane.getByRole('listbox', { name: 'Revisions' });
    await expect.poll(() => revisions.getByRole('option').count()).toBe(before.revisions.totalCount);
    const labels = await revisions.getByRole('option').allTextContents();
    expect(labels[0]).toMatch(new RegExp(`^Version ${secondVersion} \\(current\\)`));
    expect(labels.at(-1)).toMatch(new RegExp(`^Version ${firstVersion}(?!\\d)`));

    await revisions.getByRole('option', { name: new RegExp(`^Version ${firstVersion}(?!\\d)`) }).click();
    const diff = pane.getByRole('region', { name: /^Differences between version/ });
    await diff.waitFor();
    // Restoring would bring back "First" (ins) and remove "Second" (del); the title is unchanged.
    expect(await diff.locator('ins').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('First')]));
    expect(await diff.locator('del').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('Second')]));
    expect(await diff.textContent()).toContain('Same as now.');
    await screenshot(page, 'admin-post-history');

    await pane.getByRole('button', { name: 'Restore this version…' }).click();
    const confirm = page.getByRole('dialog', { name: `Restore version ${firstVersion}?` });
    await confirm.getByRole('button', { name: `Restore version ${firstVersion}` }).click();
    await confirm.waitFor({ state: 'detached' });

    await expect.poll(() => stored(id)).toMatchObject({ body: 'Line one.\nFirst body.', version: secondVersion + 1 });
    expect((await stored(id)).revisions.totalCount).toBe(before.revisions.totalCount + 1);
    await expect.poll(() => pane.getByRole('status').first().textContent()).toContain(`saved as version ${secondVersion + 1}`);
    await expect
      .poll(async () => (await revisions.getByRole('option').first().textContent()) ?? '')
      .toMatch(new RegExp(`^Version ${secondVersion + 1} \\(current\\)`));

    await pane.getByRole('button', { name: 'History' }).click();
    expect(await pane.getByLabel('Body', { exact: true }).inputValue()).toBe('Line one.\nFirst body.');
    expect(await pane.getByLabel('Summary', { exact: true }).inputValue()).toBe('First summary.');
  });

  it('a restore against a version someone else replaced meanwhile gets the conflict dialog and changes nothing', async () => {
    const { id, firstVersion, secondVersion } = await postWithTwoVersions(`History conflict e2e ${Date.now()}`);
    await page.goto(`/admin/posts/${encodeURIComponent(id)}`);
    const pane = page.getByRole('region', { name: 'Editor' });
    await pane.getByLabel('Title', { exact: true }).waitFor();
    // Someone else saves after this editor loaded the post.
    await editor(`mutation($id: ID!, $v: Int!) { updatePost(input: { id: $id, expectedVersion: $v, body: "Theirs." }) { __typename } }`, {
      id,
      v: secondVersion,
    });
    const theirs = await stored(id);

    await pane.getByRole('button', { name: 'History' }).click();
    await pane
      .getByRole('listbox', { name: 'Revisions' })
      .getByRole('option', { name: new RegExp(`^Version ${firstVersion}(?!\\d)`) })
      .click();
    await pane.getByRole('button', { name: 'Restore this version…' }).click();
    await page
      .getByRole('dialog', { name: `Restore version ${firstVersion}?` })
      .getByRole('button', { name: `Restore version ${firstVersion}` })
      .click();
    const conflict = page.getByRole('dialog', { name: 'This post was changed by someone else' });
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain(`now version ${theirs.version}`);
    expect(await stored(id)).toEqual(theirs);

    await conflict.getByRole('button', { name: 'Reload their version' }).click();
    await conflict.waitFor({ state: 'detached' });
    await pane.getByRole('button', { name: 'History' }).click();
    await expect.poll(() => pane.getByLabel('Body', { exact: true }).inputValue()).toBe('Theirs.');
  });
});
