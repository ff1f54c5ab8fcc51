import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DRAFT, renderEditor } from './editorTestKit';

const saveButton = () => screen.getByRole('button', { name: /^Save/ });
const saveState = () => screen.getByRole('status', { name: 'Save state' }).textContent;

describe('PostEditor dirty tracking', () => {
  it('is clean on open, dirty after an edit, and clean again when the edit is reverted', async () => {
    const user = userEvent.setup();
    renderEditor();
    const title = screen.getByRole('textbox', { name: 'Title' });
    expect(saveButton()).toHaveProperty('disabled', true);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('First post');

    await user.type(title, '!');
    expect(saveButton()).toHaveProperty('disabled', false);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toContain('(unsaved changes)');
    expect(saveState()).toBe('Unsaved changes');

    await user.type(title, '{Backspace}');
    expect(title).toHaveProperty('value', DRAFT.title);
    expect(saveButton()).toHaveProperty('disabled', true);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('First post');
    expect(saveState()).toBe('');
  });

  it('counts a tag removed and added back in the same place as no change, but a new order as one', async () => {
    const user = userEvent.setup();
    renderEditor();
    const tags = screen.getByRole('combobox', { name: 'Tags' });
    await user.click(screen.getByRole('button', { name: 'Remove tag ai' }));
    expect(saveButton()).toHaveProperty('disabled', false);
    await user.type(tags, 'ai{Enter}');
    expect(screen.getByRole('button', { name: 'Tag ai' })).toBeTruthy();
    expect(saveButton()).toHaveProperty('disabled', true);
    await user.type(tags, 'evals,');
    await user.type(tags, '{Backspace}');
    expect(screen.queryByRole('button', { name: 'Tag evals' })).toBeNull();
    expect(saveButton()).toHaveProperty('disabled', true);
  });

  it('keeps the working copy in localStorage while dirty and removes it once clean', async () => {
    const user = userEvent.setup();
    renderEditor();
    const summary = screen.getByRole('textbox', { name: 'Summary' });
    await user.type(summary, ' More.');
    await waitFor(() => expect(localStorage.getItem(`admin.draft.${DRAFT.id}`)).toContain('What it is about. More.'));
    await user.clear(summary);
    await user.type(summary, DRAFT.summary);
    await waitFor(() => expect(localStorage.getItem(`admin.draft.${DRAFT.id}`)).toBeNull());
  });
});
