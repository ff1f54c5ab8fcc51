import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DeleteCategoryDialog } from './DeleteCategoryDialog';

const category = { id: 'c1', name: 'LLM' };
const others = [
  { id: 'c2', name: 'Vision' },
  { id: 'c3', name: 'Agents' },
];

function setup(props: Partial<Parameters<typeof DeleteCategoryDialog>[0]> = {}) {
  const onConfirm = vi.fn();
  const onCancel = vi.fn();
  render(<DeleteCategoryDialog category={category} postTotal={3} others={others} onConfirm={onConfirm} onCancel={onCancel} {...props} />);
  return { onConfirm, onCancel, user: userEvent.setup() };
}

describe('DeleteCategoryDialog', () => {
  it('says how many posts it holds and by default moves them to the first other category', async () => {
    const { onConfirm, user } = setup();
    const dialog = screen.getByRole('dialog', { name: 'Delete category “LLM”?' });
    expect(dialog.textContent).toContain('It has 3 posts (drafts included)');
    expect(screen.getByRole('radio', { name: 'Move them to' })).toHaveProperty('checked', true);
    await user.click(screen.getByRole('button', { name: 'Delete category' }));
    expect(onConfirm).toHaveBeenCalledWith('c2');
  });

  it('moves them to the category chosen in the select', async () => {
    const { onConfirm, user } = setup();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Category to move the posts to' }), 'Agents');
    await user.click(screen.getByRole('button', { name: 'Delete category' }));
    expect(onConfirm).toHaveBeenCalledWith('c3');
  });

  it('"Leave them uncategorized" deletes without a target and disables the select', async () => {
    const { onConfirm, user } = setup();
    await user.click(screen.getByRole('radio', { name: 'Leave them uncategorized' }));
    expect(screen.getByRole('combobox', { name: 'Category to move the posts to' })).toHaveProperty('disabled', true);
    await user.click(screen.getByRole('button', { name: 'Delete category' }));
    expect(onConfirm).toHaveBeenCalledWith(null);
  });

  it('with no other category, only "uncategorized" is possible', async () => {
    const { onConfirm, user } = setup({ others: [] });
    expect(screen.getByRole('radio', { name: 'Move them to' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('radio', { name: 'Leave them uncategorized' })).toHaveProperty('checked', true);
    await user.click(screen.getByRole('button', { name: 'Delete category' }));
    expect(onConfirm).toHaveBeenCalledWith(null);
  });

  it('a category without posts asks no question; Escape cancels', async () => {
    const { onConfirm, onCancel, user } = setup({ postTotal: 0 });
    expect(screen.queryByRole('radio')).toBeNull();
    await user.keyboard('{Escape}');
    expect(onCancel).toHaveBeenCalled();
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('shows the server’s refusal inside the dialog', () => {
    setup({ error: 'Category "x" does not exist.' });
    expect(screen.getByRole('alert').textContent).toBe('Category "x" does not exist.');
  });
});
