import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { RouterProvider } from '../../app/router/Router';
import { ShortcutProvider } from '../../app/shortcuts/ShortcutProvider';
import { SiteSettingsForm, type SiteValues, type UpdateSiteResult } from './SiteSettingsForm';

const initial: SiteValues = { title: 'Lena tries', description: 'Notes.', baseUrl: 'https://example.com', timeZone: 'UTC' };

const saved = (changes: Partial<SiteValues>): UpdateSiteResult => ({
  __typename: 'UpdateSitePayload',
  site: { __typename: 'Site', ...initial, ...changes },
});

function setup(send = vi.fn<(changes: Partial<SiteValues>) => Promise<UpdateSiteResult>>(async (changes) => saved(changes))) {
  render(
    <RouterProvider>
      <ShortcutProvider>
        <SiteSettingsForm initial={initial} send={send} />
      </ShortcutProvider>
    </RouterProvider>,
  );
  const user = userEvent.setup();
  const field = (name: string) =>
    screen.getByRole(name === 'Description' ? 'textbox' : name === 'Time zone' ? 'combobox' : 'textbox', { name }) as HTMLInputElement;
  const saveButton = () => screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement;
  const status = () => screen.getByRole('status').textContent;
  return { send, user, field, saveButton, status };
}

describe('SiteSettingsForm', () => {
  it('is clean until a field differs from its initial value, and clean again when it is put back', async () => {
    const { user, field, saveButton, status } = setup();
    expect(saveButton().disabled).toBe(true);
    expect(status()).toBe('');
    await user.type(field('Title'), '!');
    expect(saveButton().disabled).toBe(false);
    expect(status()).toBe('Unsaved changes');
    await user.type(field('Title'), '{Backspace}');
    expect(saveButton().disabled).toBe(true);
    expect(status()).toBe('');
  });

  it('shows the shared rules’ messages beside the fields and sends nothing', async () => {
    const { send, user, field, saveButton } = setup();
    await user.clear(field('Title'));
    await user.clear(field('Base URL'));
    await user.type(field('Base URL'), 'example.com');
    await user.clear(field('Time zone'));
    await user.type(field('Time zone'), 'Mars/Base');
    await user.click(saveButton());
    expect(send).not.toHaveBeenCalled();
    for (const [name, message] of [
      ['Title', 'Title is required.'],
      ['Base URL', /absolute http\(s\) URL/],
      ['Time zone', /IANA time zone/],
    ] as const) {
      const input = field(name);
      expect(input.getAttribute('aria-invalid')).toBe('true');
      const describedBy = input
        .getAttribute('aria-describedby')!
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent)
        .join(' ');
      expect(describedBy).toMatch(message);
    }
  });

  it('Ctrl+S sends only the changed fields (normalised) and the form is clean afterwards', async () => {
    const { send, user, field, saveButton, status } = setup();
    await user.clear(field('Base URL'));
    await user.type(field('Base URL'), 'https://blog.example.com/');
    await user.clear(field('Time zone'));
    await user.type(field('Time zone'), 'Europe/Berlin');
    await user.keyboard('{Control>}s{/Control}');
    expect(send).toHaveBeenCalledExactlyOnceWith({ baseUrl: 'https://blog.example.com', timeZone: 'Europe/Berlin' });
    expect(await screen.findByText('Saved')).toBeTruthy();
    expect(field('Base URL').value).toBe('https://blog.example.com');
    expect(saveButton().disabled).toBe(true);
    expect(status()).toBe('Saved');
  });

  it('puts the server’s ValidationError beside the field its path names and stays dirty', async () => {
    const send = vi.fn(
      async (): Promise<UpdateSiteResult> => ({
        __typename: 'ValidationError',
        message: 'Invalid input.',
        fieldErrors: [{ __typename: 'FieldError', path: ['input', 'timeZone'], message: 'Choose an IANA time zone.' }],
      }),
    );
    const { user, field, saveButton, status } = setup(send);
    await user.clear(field('Time zone'));
    await user.type(field('Time zone'), 'Europe/Paris');
    await user.click(saveButton());
    expect(field('Time zone').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toBe('Choose an IANA time zone.');
    expect(status()).toBe('Unsaved changes');
  });

  it('Ctrl+S does nothing while the form is clean', async () => {
    const { send, user } = setup();
    await user.keyboard('{Control>}s{/Control}');
    expect(send).not.toHaveBeenCalled();
  });
});
