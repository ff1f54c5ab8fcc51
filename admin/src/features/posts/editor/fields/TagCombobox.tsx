import { useId, useState, type KeyboardEvent } from 'react';
import type { ControlProps } from './EditorField';

/** Suggestions shown at once; the list is for picking, not browsing. */
const MAX_SUGGESTIONS = 8;

/**
 * The text box of the tags input (WAI-ARIA APG combobox with list autocomplete): typing filters
 * the known tags; ↑/↓ highlight, Enter or comma adds the highlighted tag or the typed text (new
 * names create tags on save), Backspace in an empty box removes the last tag, Escape closes.
 */
export function TagCombobox({
  control,
  known,
  taken,
  onAdd,
  onRemoveLast,
}: {
  control: ControlProps;
  known: readonly string[];
  /** Tags already on the post (lowercase), not suggested again. */
  taken: ReadonlySet<string>;
  onAdd: (name: string) => void;
  onRemoveLast: () => void;
}) {
  const listId = useId();
  const [text, setText] = useState('');
  const [active, setActive] = useState(-1);
  const query = text.trim().toLowerCase();
  const suggestions = query
    ? known.filter((name) => name.toLowerCase().includes(query) && !taken.has(name.toLowerCase())).slice(0, MAX_SUGGESTIONS)
    : [];
  const isOpen = suggestions.length > 0;

  const add = (name: string) => {
    if (name.trim()) onAdd(name.trim());
    setText('');
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && isOpen) {
      event.preventDefault();
      setActive((i) => (i + 1) % suggestions.length);
    } else if (event.key === 'ArrowUp' && isOpen) {
      event.preventDefault();
      setActive((i) => (i <= 0 ? suggestions.length - 1 : i - 1));
    } else if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      add(suggestions[active] ?? text);
    } else if (event.key === 'Backspace' && text === '') {
      onRemoveLast();
    } else if (event.key === 'Escape' && isOpen) {
      event.stopPropagation(); // close the list, not the dialog/pane around it
      setText('');
    }
  };

  return (
    <div className="tag-combobox">
      <input
        {...control}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={isOpen}
        aria-controls={listId}
        aria-activedescendant={isOpen && active >= 0 ? `${listId}-${active}` : undefined}
        placeholder="Add a tag…"
        value={text}
        autoComplete="off"
        onChange={(e) => {
          setText(e.target.value);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setActive(-1)}
      />
      <ul id={listId} role="listbox" aria-label="Tag suggestions" className="tag-suggestions" hidden={!isOpen}>
        {suggestions.map((name, i) => (
          // biome-ignore lint/a11y/useFocusableInteractive: options of an aria-activedescendant combobox are never focused; the input keeps focus and handles the keys
          <li
            key={name}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            // mousedown, not click: the input keeps focus, so typing can continue.
            onMouseDown={(e) => {
              e.preventDefault();
              add(name);
            }}
          >
            {name}
          </li>
        ))}
      </ul>
    </div>
  );
}
