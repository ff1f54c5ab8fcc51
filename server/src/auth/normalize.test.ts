// The canonical forms credentials are compared in (normalize.ts).
import { describe, expect, it } from 'vitest';
import { normalizeEmail, normalizePassword } from './normalize.ts';

describe('normalizeEmail', () => {
  it('trims, lowercases and composes, whatever form the address arrives in', () => {
    const forms = [' José@Example.COM', 'JOSE\u0301@EXAMPLE.COM ', 'jose\u0301@example.com', 'JOS\u00c9@example.com'];
    expect(new Set(forms.map(normalizeEmail))).toEqual(new Set(['jos\u00e9@example.com']));
  });

  it('does not fold look-alikes (NFKC would turn the fullwidth "ｅ" into "e")', () => {
    expect(normalizeEmail('\uff45ditor@example.com')).not.toBe('editor@example.com');
  });
});

describe('normalizePassword', () => {
  it('composes (NFC) and keeps case and spaces', () => {
    expect(normalizePassword('Cre\u0300me Bru\u0302le\u0301e 2024')).toBe('Cr\u00e8me Br\u00fbl\u00e9e 2024');
    expect(normalizePassword('  Mixed Case  ')).toBe('  Mixed Case  ');
  });
});
