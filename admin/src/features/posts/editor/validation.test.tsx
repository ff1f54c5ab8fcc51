import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { markdownNestingIssue } from '#shared/markdown-nesting.ts';
import { UpdatePostDocument } from './useUpdatePostMutation';
import { DRAFT, renderEditor } from './editorTestKit';

/** The message a control points at through aria-describedby (what a screen reader reads with it). */
const messageOf = (control: HTMLElement) => document.getElementById(control.getAttribute('aria-describedby') ?? '')?.textContent;

describe('PostEditor validation', () => {
  it("shows the shared rules' messages beside a field as soon as it breaks one", async () => {
    const user = userEvent.setup();
    renderEditor();
    const title = screen.getByRole('textbox', { name: 'Title' });
    await user.clear(title);
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(messageOf(title)).toBe('Title is required.');
    const slug = screen.getByRole('textbox', { name: 'Slug' });
    await user.clear(slug);
    await user.type(slug, 'Not A Slug');
    expect(messageOf(slug)).toMatch(/^Use lowercase letters, digits and single hyphens/);
  });

  it('refuses a body nested too deeply for the renderer, beside the field and in the preview', async () => {
    const user = userEvent.setup();
    renderEditor();
    const body = screen.getByRole('textbox', { name: 'Body' });
    const tooDeep = '> '.repeat(5000) + 'x';
    await user.clear(body);
    await user.click(body);
    await user.paste(tooDeep);
    const message = markdownNestingIssue(tooDeep)!;
    expect(message).toMatch(/^Quotes and lists are nested 5000 levels deep/);
    expect(messageOf(body)).toBe(message);
    const preview = screen.getByRole('region', { name: 'Preview' });
    await waitFor(() => expect(within(preview).getByRole('status').textContent).toBe(message));
    expect(preview.querySelector('blockquote')).toBeNull();
  });

  it('blocks the save and focuses the first invalid field', async () => {
    const user = userEvent.setup();
    renderEditor();
    await user.clear(screen.getByRole('textbox', { name: 'Title' }));
    await user.click(screen.getByRole('button', { name: /^Save/ }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Title' })));
  });

  it("puts the server's ValidationError messages beside the fields their paths name", async () => {
    const user = userEvent.setup();
    renderEditor({
      mocks: [
        {
          request: { query: UpdatePostDocument, variables: () => true },
          result: {
            data: {
              updatePost: {
                __typename: 'ValidationError',
                message: 'Invalid.',
                fieldErrors: [
                  { __typename: 'FieldError', path: ['input', 'body'], message: 'Body must be at most 200000 characters.' },
                  { __typename: 'FieldError', path: ['input', 'tags', '1'], message: 'Tag name must be at most 60 characters.' },
                ],
              },
            },
          },
        },
      ],
    });
    await user.type(screen.getByRole('textbox', { name: 'Body' }), ' more');
    await user.click(screen.getByRole('button', { name: /^Save/ }));
    const body = screen.getByRole('textbox', { name: 'Body' });
    await waitFor(() => expect(messageOf(body)).toBe('Body must be at most 200000 characters.'));
    expect(messageOf(screen.getByRole('combobox', { name: 'Tags' }))).toBe('Tag name must be at most 60 characters.');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'Tags' }))); // first in screen order
  });

  it("offers the server's suggestion beside a taken slug", async () => {
    const user = userEvent.setup();
    renderEditor({
      mocks: [
        {
          request: { query: UpdatePostDocument, variables: () => true },
          result: {
            data: {
              updatePost: {
                __typename: 'SlugTakenError',
                message: 'The slug "first-post" is taken.',
                slug: 'first-post',
                suggestion: 'first-post-2',
              },
            },
          },
        },
      ],
    });
    await user.type(screen.getByRole('textbox', { name: 'Summary' }), '!');
    await user.click(screen.getByRole('button', { name: /^Save/ }));
    await screen.findByRole('button', { name: 'Use first-post-2' });
    expect(messageOf(screen.getByRole('textbox', { name: 'Slug' }))).toBe('The slug "first-post" is taken.');
  });
});
