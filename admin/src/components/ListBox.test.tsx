import { useState } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ListBox } from './ListBox';

function Fruits({ onOpen }: { onOpen: (key: string) => void }) {
  const [selected, setSelected] = useState<string | null>('b');
  return (
    <ListBox
      label="Fruits"
      items={['a', 'b', 'c']}
      getKey={(k) => k}
      renderItem={(k) => `Fruit ${k}`}
      selectedKey={selected}
      onSelect={setSelected}
      onOpen={onOpen}
    />
  );
}

describe('ListBox', () => {
  it('moves the selection with ↑/↓/Home/End and opens with Enter', async () => {
    const onOpen = vi.fn();
    render(<Fruits onOpen={onOpen} />);
    const user = userEvent.setup();
    const selected = () => screen.getByRole('option', { selected: true }).textContent;
    screen.getByRole('option', { name: 'Fruit b' }).focus();
    await user.keyboard('{ArrowDown}');
    expect(selected()).toBe('Fruit c');
    await user.keyboard('{ArrowDown}');
    expect(selected()).toBe('Fruit c');
    await user.keyboard('{Home}');
    expect(selected()).toBe('Fruit a');
    await user.keyboard('{ArrowUp}{End}{ArrowUp}');
    expect(selected()).toBe('Fruit b');
    await user.keyboard('{Enter}');
    expect(onOpen).toHaveBeenCalledWith('b');
  });

  it('has one tab stop: the selected option', () => {
    render(<Fruits onOpen={() => undefined} />);
    expect(screen.getByRole('listbox', { name: 'Fruits' })).toBeTruthy();
    expect(screen.getAllByRole('option').map((o) => o.tabIndex)).toEqual([-1, 0, -1]);
  });
});
