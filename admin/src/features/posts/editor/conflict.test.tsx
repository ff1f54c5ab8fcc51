import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { UpdatePostInput } from '../../../__generated__/graphql';
import { PostEditorDocument } from './documents';
import { UpdatePostDocument } from './useUpdatePostMutation';
import { DRAFT, renderEditor } from './editorTestKit';

const THEIRS = { ...DRAFT, title: 'Their title', version: 4 };

describe('PostEditor conflict handling', () => {
  it('shows their version beside mine on ConflictError; "Overwrite with mine" re-sends with currentVersion', async () => {
    const user = userEvent.setup();
    const sent: UpdatePostInput[] = [];
    renderEditor({
      mocks: [
        {
          request: { query: UpdatePostDocument, variables: (v: { input: UpdatePostInput }) => v.input.expectedVersion === 3 },
          result: (v: { input: UpdatePostInput }) => {
            sent.push(v.input);
            return { data: { updatePost: { __typename: 'ConflictError', message: 'The post changed meanwhile.', currentVersion: 4 } } };
          },
        },
        { request: { query: PostEditorDocument, variables: { id: DRAFT.id } }, result: { data: { node: THEIRS } } },
        {
          request: { query: UpdatePostDocument, variables: (v: { input: UpdatePostInput }) => v.input.expectedVersion === 4 },
          result: (v: { input: UpdatePostInput }) => {
            sent.push(v.input);
            return { data: { updatePost: { __typename: 'UpdatePostPayload', post: { ...DRAFT, summary: 'Mine.', version: 5 } } } };
          },
        },
      ],
    });

    const summary = screen.getByRole('textbox', { name: 'Summary' });
    await user.clear(summary);
    await user.type(summary, 'Mine.');
    await user.click(screen.getByRole('button', { name: /^Save/ }));

    const dialog = await screen.findByRole('dialog', { name: 'This post was changed by someone else' });
    const table = await within(dialog).findByRole('table', { name: 'Differences' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.children].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['Title', 'Their title', 'First post'],
      ['Summary', DRAFT.summary, 'Mine.'],
    ]);
    expect(sent[0]).toEqual({ id: DRAFT.id, expectedVersion: 3, summary: 'Mine.' });

    await user.click(within(dialog).getByRole('button', { name: 'Overwrite with mine' }));
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]).toMatchObject({ id: DRAFT.id, expectedVersion: 4, title: 'First post', summary: 'Mine.', tags: ['ai'] });
    await waitFor(() => expect(screen.getByRole('status', { name: 'Save state' }).textContent).toMatch(/^Saved at/));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: /^Save/ })).toHaveProperty('disabled', true);
  });

  it('"Reload theirs" discards my edits and adopts their copy', async () => {
    const user = userEvent.setup();
    renderEditor({
      mocks: [
        {
          request: { query: UpdatePostDocument, variables: () => true },
          result: { data: { updatePost: { __typename: 'ConflictError', message: 'Changed meanwhile.', currentVersion: 4 } } },
        },
        { request: { query: PostEditorDocument, variables: { id: DRAFT.id } }, result: { data: { node: THEIRS } } },
      ],
    });
    await user.type(screen.getByRole('textbox', { name: 'Summary' }), ' Mine.');
    await user.keyboard('{Control>}s{/Control}');
    const dialog = await screen.findByRole('dialog', { name: 'This post was changed by someone else' });
    await within(dialog).findByRole('table', { name: 'Differences' });
    await user.click(within(dialog).getByRole('button', { name: 'Reload theirs' }));
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveProperty('value', 'Their title');
    expect(screen.getByRole('textbox', { name: 'Summary' })).toHaveProperty('value', DRAFT.summary);
    expect(screen.getByRole('button', { name: /^Save/ })).toHaveProperty('disabled', true);
  });
});
