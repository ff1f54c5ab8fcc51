import { useId, type KeyboardEvent, type ReactNode } from 'react';
import { keysOf } from '../app/shortcuts/registry';
import { matches } from '../app/shortcuts/keys';
import './ListBox.css';

export interface ListBoxProps<T> {
  /** Accessible name of the list, e.g. "Posts". */
  label: string;
  items: readonly T[];
  getKey: (item: T) => string;
  /** Row content; keep it to text and icons (the option itself is the control). */
  renderItem: (item: T, state: { isSelected: boolean }) => ReactNode;
  selectedKey: string | null;
  /** Selection moved (click, ↑/↓, Home/End). `via` tells keyboard from pointer. */
  onSelect: (key: string, via: 'keyboard' | 'pointer') => void;
  /** Enter or double-click on an item: "open" it (e.g. move focus into the editor). */
  onOpen?: (key: string) => void;
  /** Shown when `items` is empty. */
  empty?: ReactNode;
  /** Rendered after the options (e.g. a "Load more" button), outside the listbox role. */
  footer?: ReactNode;
}

/**
 * A single-select list with roving focus (WAI-ARIA APG "Listbox"): one tab stop, ↑/↓ move the
 * selection and focus together, Home/End jump, Enter opens. Keys come from the shortcut registry
 * ("Lists"), so the help overlay describes exactly this. Generic: no GraphQL in here.
 */
export function ListBox<T>({ label, items, getKey, renderItem, selectedKey, onSelect, onOpen, empty, footer }: ListBoxProps<T>) {
  const idPrefix = useId();
  const keys = items.map(getKey);
  const selectedIndex = selectedKey === null ? -1 : keys.indexOf(selectedKey);
  const focusIndex = selectedIndex >= 0 ? selectedIndex : 0;

  const moveTo = (index: number) => {
    const target = Math.max(0, Math.min(keys.length - 1, index));
    const key = keys[target];
    if (key === undefined) return;
    onSelect(key, 'keyboard');
    // Focus follows selection; the option is re-rendered selected, then focused.
    requestAnimationFrame(() => document.getElementById(`${idPrefix}-${target}`)?.focus());
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const native = event.nativeEvent;
    const is = (id: Parameters<typeof keysOf>[0]) => keysOf(id).some((k) => matches(native, k));
    let handled = true;
    if (is('list.next')) moveTo(focusIndex + (selectedIndex >= 0 ? 1 : 0));
    else if (is('list.previous')) moveTo(focusIndex - 1);
    else if (is('list.first')) moveTo(0);
    else if (is('list.last')) moveTo(keys.length - 1);
    else if (is('list.open') && selectedKey !== null && onOpen) onOpen(selectedKey);
    else handled = false;
    if (handled) event.preventDefault();
  };

  return (
    <div className="listbox-wrap">
      {items.length === 0 && empty ? <div className="listbox-empty">{empty}</div> : null}
      <ul role="listbox" aria-label={label} className="listbox" onKeyDown={onKeyDown} tabIndex={items.length === 0 ? 0 : -1}>
        {items.map((item, index) => {
          const key = keys[index]!;
          const isSelected = key === selectedKey;
          return (
            // biome-ignore lint/a11y/useKeyWithClickEvents: the listbox's onKeyDown handles the keys for whichever option has focus
            <li
              key={key}
              id={`${idPrefix}-${index}`}
              data-key={key}
              role="option"
              aria-selected={isSelected}
              tabIndex={index === focusIndex ? 0 : -1}
              className="listbox-option"
              onClick={() => onSelect(key, 'pointer')}
              onDoubleClick={() => onOpen?.(key)}
            >
              {renderItem(item, { isSelected })}
            </li>
          );
        })}
      </ul>
      {footer}
    </div>
  );
}
