import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { PublishPostInput } from '../../../__generated__/graphql';
import { DRAFT, renderEditor } from './editorTestKit';
import { PublishPostDocument } from './usePublishPostMutation';

describe('PostEditor scheduling', () => {
  it("sends the date and time read on the site's clocks (Europe/Berlin) as the instant, and shows “Scheduled for …”", async () => {
    const user = userEvent.setup();
    const sent: PublishPostInput[] = [];
    renderEditor({
      post: { ...DRAFT, summary: 'Ready.' },
      mocks: [
        {
          request: { query: PublishPostDocument, variables: () => true },
          result: (v: { input: PublishPostInput }) => {
            sent.push(v.input);
            const post = { ...DRAFT, status: 'SCHEDULED', publishedAt: v.input.publishedAt, version: 4 };
            return { data: { publishPost: { __typename: 'PublishPostPayload', post } } };
          },
        },
      ],
    });

    await user.click(screen.getByRole('button', { name: 'Schedule…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Schedule publication' });
    expect(dialog.textContent).toContain('Europe/Berlin');
    // Date and time inputs take their values as text in jsdom.
    fireEvent.change(within(dialog).getByLabelText('Date'), { target: { value: '2030-12-24' } });
    fireEvent.change(within(dialog).getByLabelText('Time'), { target: { value: '09:30' } });
    await user.click(within(dialog).getByRole('button', { name: 'Schedule' }));

    expect(await screen.findByText(/^Scheduled for .*2030.*09:30/)).toBeTruthy();
    expect(sent).toEqual([{ id: DRAFT.id, expectedVersion: 3, publishedAt: '2030-12-24T08:30:00.000Z' }]);
    expect(screen.getByRole('button', { name: 'Unschedule' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Publish now' })).toBeTruthy();
  });

  it('refuses a moment in the past and sends nothing', async () => {
    const user = userEvent.setup();
    renderEditor({ post: { ...DRAFT, summary: 'Ready.' } });
    await user.click(screen.getByRole('button', { name: 'Schedule…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Schedule publication' });
    fireEvent.change(within(dialog).getByLabelText('Date'), { target: { value: '2020-01-01' } });
    await user.click(within(dialog).getByRole('button', { name: 'Schedule' }));
    expect(within(dialog).getByRole('alert').textContent).toMatch(/in the future/);
  });
});
