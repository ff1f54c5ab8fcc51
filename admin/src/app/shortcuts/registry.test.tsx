import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { HelpOverlay } from './HelpOverlay';
import { canonical } from './keys';
import { SHORTCUTS } from './registry';
import { ShortcutProvider, useShortcut } from './ShortcutProvider';

// Test components live at module level: a component declared inside a test is a new type on every
// run, so React would remount it rather than re-render it.
function BindsPalette() {
  useShortcut('app.palette', () => undefined);
  return null;
}

function TitleScreen({ palette, help }: { palette: () => void; help: () => void }) {
  useShortcut('app.palette', palette);
  useShortcut('app.help', help);
  return <input aria-label="Title" />;
}

function DisabledSave({ save }: { save: () => void }) {
  useShortcut('post.save', save, { enabled: false });
  return null;
}

describe('shortcut registry', () => {
  it('has unique ids', () => {
    const ids = SHORTCUTS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('never gives one key combination two meanings in the same scope', () => {
    const seen = new Map<string, string>();
    for (const s of SHORTCUTS) {
      for (const key of s.keys) {
        // Editors of different panes (never mounted together) may share a key, e.g. Mod+S.
        const pane = 'pane' in s ? s.pane : '';
        const slot = `${s.scope}:${pane}:${canonical(key)}`;
        expect(seen.get(slot), `${key} is bound to both ${seen.get(slot)} and ${s.id}`).toBeUndefined();
        if (pane) expect(seen.get(`${s.scope}::${canonical(key)}`), `${key} is also bound outside any pane`).toBeUndefined();
        seen.set(slot, s.id);
      }
    }
  });

  it('the help overlay lists every shortcut, marking unbound ones unavailable', () => {
    render(
      <ShortcutProvider>
        <BindsPalette />
        <HelpOverlay onClose={() => undefined} />
      </ShortcutProvider>,
    );
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    for (const s of SHORTCUTS)
      expect(within(dialog).getAllByRole('rowheader', { name: new RegExp(`^${s.description}`) }).length).toBeGreaterThan(0);
    expect(within(dialog).getAllByRole('row')).toHaveLength(SHORTCUTS.length);
    expect(within(dialog).getByRole('rowheader', { name: /^Open the command palette$/ })).toBeTruthy();
    expect(within(dialog).getByRole('rowheader', { name: /^Save the post\s*\(not available here\)$/ })).toBeTruthy();
  });
});

describe('useShortcut', () => {
  it('runs the bound handler for Mod+K, also while typing, and ignores "?" in a text field', async () => {
    const palette = vi.fn();
    const help = vi.fn();
    render(
      <ShortcutProvider>
        <TitleScreen palette={palette} help={help} />
      </ShortcutProvider>,
    );
    const user = userEvent.setup();
    await user.keyboard('{Control>}k{/Control}');
    expect(palette).toHaveBeenCalledTimes(1);
    await user.keyboard('?');
    expect(help).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('textbox', { name: 'Title' }));
    await user.keyboard('?');
    expect(help).toHaveBeenCalledTimes(1);
    await user.keyboard('{Control>}k{/Control}');
    expect(palette).toHaveBeenCalledTimes(2);
  });

  it('does nothing while disabled', async () => {
    const save = vi.fn();
    render(
      <ShortcutProvider>
        <DisabledSave save={save} />
      </ShortcutProvider>,
    );
    await userEvent.setup().keyboard('{Control>}s{/Control}');
    expect(save).not.toHaveBeenCalled();
  });
});
