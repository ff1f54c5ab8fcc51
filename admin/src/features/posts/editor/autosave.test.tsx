import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DRAFT, renderEditor } from './editorTestKit';
import { copyFromPost } from './workingCopy';

const KEY = `admin.draft.${DRAFT.id}`;
const store = (changes: object) =>
  localStorage.setItem(KEY, JSON.stringify({ savedAt: '2026-05-01T11:30:00.000Z', copy: { ...copyFromPost(DRAFT), ...changes } }));

describe('PostEditor local autosave', () => {
  it('offers a stored working copy that differs from the server, and Restore fills the fields', async () => {
    const user = userEvent.setup();
    store({ summary: 'Typed before the crash.', tags: ['ai', 'evals'] });
    renderEditor();
    const offer = screen.getByRole('alert');
    expect(offer.textContent).toMatch(/^Restore unsaved changes from .*2026.*\?/);
    expect(screen.getByRole('textbox', { name: 'Summary' })).toHaveProperty('value', DRAFT.summary);

    await user.click(screen.getByRole('button', { name: 'Restore' }));
    expect(screen.getByRole('textbox', { name: 'Summary' })).toHaveProperty('value', 'Typed before the crash.');
    expect(screen.getByRole('button', { name: 'Tag evals' })).toBeTruthy();
    expect(screen.queryByText(/Restore unsaved changes/)).toBeNull();
    expect(screen.getByRole('button', { name: /^Save/ })).toHaveProperty('disabled', false); // restored = unsaved
  });

  it("Discard drops the stored copy and keeps the server's", async () => {
    const user = userEvent.setup();
    store({ title: 'Old idea' });
    renderEditor();
    await user.click(screen.getByRole('button', { name: 'Discard' }));
    expect(localStorage.getItem(KEY)).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveProperty('value', DRAFT.title);
  });

  it("says nothing when the stored copy equals the server's (and forgets it)", () => {
    store({});
    renderEditor();
    expect(screen.queryByText(/Restore unsaved changes/)).toBeNull();
    expect(localStorage.getItem(KEY)).toBeNull();
  });
});
