import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DRAFT, renderEditor } from './editorTestKit';

const slug = () => screen.getByRole('textbox', { name: 'Slug' }) as HTMLInputElement;
const title = () => screen.getByRole('textbox', { name: 'Title' });

describe('PostEditor slug', () => {
  it('follows the title of a new post until edited by hand, then stays; "Reset to title" follows again', async () => {
    const user = userEvent.setup();
    renderEditor({ post: null });
    await user.type(title(), 'Über Äpfel & Birnen');
    expect(slug().value).toBe('ueber-aepfel-and-birnen'); // shared slugFromTitle: transliterated
    expect(screen.getByRole('button', { name: 'Reset to title' })).toHaveProperty('disabled', true);

    await user.clear(slug());
    await user.type(slug(), 'fruit');
    await user.type(title(), ' im Herbst');
    expect(slug().value).toBe('fruit');

    await user.click(screen.getByRole('button', { name: 'Reset to title' }));
    expect(slug().value).toBe('ueber-aepfel-and-birnen-im-herbst');
    await user.type(title(), '!');
    expect(slug().value).toBe('ueber-aepfel-and-birnen-im-herbst');
    await user.type(title(), ' 2');
    expect(slug().value).toBe('ueber-aepfel-and-birnen-im-herbst-2');
  });

  it("follows the title of a draft whose slug is still its title's, but never a published post's", async () => {
    const user = userEvent.setup();
    const { unmount } = renderEditor();
    await user.type(title(), ' revised');
    expect(slug().value).toBe('first-post-revised');
    unmount();

    renderEditor({ post: { ...DRAFT, status: 'PUBLISHED', publishedAt: '2026-05-02T10:00:00.000Z' } });
    await user.type(title(), ' revised');
    expect(slug().value).toBe('first-post'); // links people already have keep working
  });

  it('says the old address will redirect when the slug of a published post changes (a draft has no address yet)', async () => {
    const user = userEvent.setup();
    const note = 'The old address /posts/first-post will redirect to the new one.';
    const { unmount } = renderEditor({ post: { ...DRAFT, status: 'PUBLISHED', publishedAt: '2026-05-02T10:00:00.000Z' } });
    expect(screen.queryByText(note)).toBeNull();
    await user.type(slug(), '-renamed');
    expect(screen.getByText(note)).toBeTruthy();
    expect(slug().getAttribute('aria-describedby')).toContain(screen.getByText(note).id);
    await user.type(slug(), '{Backspace>8/}');
    expect(slug().value).toBe('first-post');
    expect(screen.queryByText(note)).toBeNull();
    unmount();

    renderEditor();
    await user.clear(slug());
    await user.type(slug(), 'elsewhere');
    expect(screen.queryByText(/will redirect/)).toBeNull();
  });
});
