/**
 * Parsing, matching and display of key combinations written as in the registry ("Mod+S",
 * "Shift+F6", "?"). Letters match by physical key (event.code) so Alt/Option combinations work on
 * macOS, where Option+N types "˜"; other keys match by event.key.
 */
export interface KeyCombo {
  mod: boolean;
  shift: boolean;
  alt: boolean;
  key: string;
}

export const isMac = (): boolean => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

export function parseCombo(text: string): KeyCombo {
  const parts = text.split('+');
  // "Mod++" would mean the plus key; a trailing empty part is the '+' itself.
  const key = parts.pop() || '+';
  return { mod: parts.includes('Mod'), shift: parts.includes('Shift'), alt: parts.includes('Alt'), key };
}

/** A canonical string for duplicate detection: modifiers in a fixed order, key lowercased. */
export const canonical = (text: string): string => {
  const c = parseCombo(text);
  return [c.mod && 'Mod', c.alt && 'Alt', c.shift && 'Shift', c.key.toLowerCase()].filter(Boolean).join('+');
};

const isSymbol = (key: string) => key.length === 1 && !/[a-z0-9]/i.test(key);

/** Does the keyboard event match the combination? */
export function matches(event: KeyboardEvent, text: string, mac = isMac()): boolean {
  const combo = parseCombo(text);
  const mod = mac ? event.metaKey : event.ctrlKey;
  const otherMod = mac ? event.ctrlKey : event.metaKey;
  if (mod !== combo.mod || otherMod || event.altKey !== combo.alt) return false;
  // Symbols like '?' need Shift on most layouts: the produced character is what counts.
  if (isSymbol(combo.key)) return event.key === combo.key;
  if (event.shiftKey !== combo.shift) return false;
  if (/^[a-z]$/i.test(combo.key))
    return event.code === `Key${combo.key.toUpperCase()}` || event.key.toLowerCase() === combo.key.toLowerCase();
  return event.key.toLowerCase() === combo.key.toLowerCase();
}

const MAC_SYMBOLS: Record<string, string> = { Mod: '⌘', Shift: '⇧', Alt: '⌥' };
const KEY_NAMES: Record<string, string> = { ArrowUp: '↑', ArrowDown: '↓', ArrowLeft: '←', ArrowRight: '→', Escape: 'Esc' };

/** "Mod+S" → ["Ctrl", "S"] (or ["⌘", "S"] on macOS), for <kbd> rendering. */
export function displayParts(text: string, mac = isMac()): string[] {
  const c = parseCombo(text);
  const mods = [c.mod && 'Mod', c.alt && 'Alt', c.shift && 'Shift'].filter((m): m is string => Boolean(m));
  const names = mods.map((m) => (mac ? (MAC_SYMBOLS[m] ?? m) : m === 'Mod' ? 'Ctrl' : m));
  return [...names, KEY_NAMES[c.key] ?? (c.key.length === 1 ? c.key.toUpperCase() : c.key)];
}

/** True when typing in this element should not trigger single-key shortcuts like '?'. */
export function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Single printable keys (no Ctrl/⌘/Alt, not F-keys or Escape) are ignored while typing. */
export const isPlainKey = (text: string): boolean => {
  const c = parseCombo(text);
  return !c.mod && !c.alt && !/^F\d+$/.test(c.key) && c.key !== 'Escape';
};
