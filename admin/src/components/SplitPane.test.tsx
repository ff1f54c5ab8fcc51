import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SplitPane } from './SplitPane';

const renderSplit = () =>
  render(
    <SplitPane
      storageKey="test.split"
      label="Resize the list pane"
      initial={300}
      min={200}
      max={400}
      step={10}
      start={<p>list</p>}
      end={<p>editor</p>}
    />,
  );

describe('SplitPane divider', () => {
  it('is a focusable, named separator reporting its width', () => {
    renderSplit();
    const divider = screen.getByRole('separator', { name: 'Resize the list pane' });
    expect(divider.getAttribute('aria-valuenow')).toBe('300');
    expect(divider.getAttribute('aria-valuemin')).toBe('200');
    expect(divider.getAttribute('aria-valuemax')).toBe('400');
    expect(divider.getAttribute('aria-orientation')).toBe('vertical');
    expect(divider.tabIndex).toBe(0);
  });

  it('resizes with the arrow keys (Shift: ×4), Home/End, Enter resets, and stays within bounds', async () => {
    renderSplit();
    const user = userEvent.setup();
    const divider = screen.getByRole('separator');
    divider.focus();
    const value = () => divider.getAttribute('aria-valuenow');
    await user.keyboard('{ArrowRight}');
    expect(value()).toBe('310');
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(value()).toBe('290');
    await user.keyboard('{Shift>}{ArrowRight}{/Shift}');
    expect(value()).toBe('330');
    await user.keyboard('{End}');
    expect(value()).toBe('400');
    await user.keyboard('{ArrowRight}');
    expect(value()).toBe('400');
    await user.keyboard('{Home}{ArrowLeft}');
    expect(value()).toBe('200');
    await user.keyboard('{Enter}');
    expect(value()).toBe('300');
  });

  it('remembers the width across mounts (localStorage)', async () => {
    const first = renderSplit();
    screen.getByRole('separator').focus();
    await userEvent.setup().keyboard('{ArrowLeft}');
    first.unmount();
    renderSplit();
    expect(screen.getByRole('separator').getAttribute('aria-valuenow')).toBe('290');
  });
});
