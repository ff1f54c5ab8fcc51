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
});
