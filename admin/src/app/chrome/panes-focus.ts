/** The panes in Tab/F6 order; each pane's root element carries `data-pane="<name>"`. */
export const PANES = ['sidebar', 'list', 'editor'] as const;
export type PaneName = (typeof PANES)[number];

/**
 * Moves focus into a pane: to its selected option / current link if any, else its first
 * focusable element, else the pane itself (panes have tabIndex=-1 for this).
 */
export function focusPane(name: PaneName): void {
  const pane = document.querySelector<HTMLElement>(`[data-pane="${name}"]`);
  if (!pane) return;
  const target =
    pane.querySelector<HTMLElement>('[aria-selected="true"], [aria-current="page"]') ??
    pane.querySelector<HTMLElement>('a[href], button:not([disabled]), input, textarea, select, [tabindex="0"]') ??
    pane;
  target.focus();
}

/** F6 / Shift+F6: the pane after (or before) the one holding focus, wrapping around. */
export function cyclePane(direction: 1 | -1): void {
  const current = document.activeElement?.closest<HTMLElement>('[data-pane]')?.dataset['pane'];
  const index = PANES.indexOf(current as PaneName);
  const next = PANES[(index + direction + PANES.length) % PANES.length] ?? 'sidebar';
  focusPane(next);
}
