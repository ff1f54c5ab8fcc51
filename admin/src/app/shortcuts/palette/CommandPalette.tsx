import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Dialog } from '../../../components/Dialog';
import { Highlight } from '../../../components/Highlight';
import { usePostSearchCommands, type PostSearchCommand } from '../../../features/posts/usePostSearchCommands';
import { useAllCommands, type Command } from '../commands';
import { Kbd } from '../Kbd';
import { matches } from '../keys';
import { keysOf, shortcut } from '../registry';
import { filterCommands } from './filter';

/**
 * The command palette (Ctrl/⌘+K): a combobox filtering every registered command (sections,
 * actions, items the panes add with useCommands), followed by the posts a ranked search finds for
 * the typed words (usePostSearchCommands; each with its excerpt, the words in <mark>), minus any
 * already listed. ↑/↓ highlight, Enter runs and closes, Esc closes. Loaded lazily (its own chunk) by the shell the first time it opens.
 */
export default function CommandPalette({ onClose }: { onClose: () => void }) {
  const commands = useAllCommands();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  const found = usePostSearchCommands(query);
  const results = useMemo<(Command | PostSearchCommand)[]>(() => {
    const listed = filterCommands(commands, query);
    const ids = new Set(listed.map((command) => command.id));
    return [...listed, ...found.filter((command) => !ids.has(command.id))];
  }, [commands, query, found]);
  const activeIndex = Math.min(active, Math.max(results.length - 1, 0));

  const run = (command: Command | undefined) => {
    if (!command) return;
    onClose();
    // After the dialog closed and focus went back to the opener: the command may move it on.
    queueMicrotask(command.run);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const is = (id: 'palette.next' | 'palette.previous' | 'palette.run') => keysOf(id).some((k) => matches(event.nativeEvent, k));
    if (is('palette.next')) setActive((activeIndex + 1) % Math.max(results.length, 1));
    else if (is('palette.previous')) setActive((activeIndex - 1 + results.length) % Math.max(results.length, 1));
    else if (is('palette.run')) run(results[activeIndex]);
    else return;
    event.preventDefault();
  };

  return (
    <Dialog title="Command palette" hideTitle onClose={onClose} initialFocus={input} className="palette">
      <input
        ref={input}
        role="combobox"
        aria-expanded="true"
        aria-controls={listId}
        aria-autocomplete="list"
        aria-label="Type a command or a post title"
        placeholder="Type a command or a post title…"
        aria-activedescendant={results.length ? `${listId}-${activeIndex}` : undefined}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label="Commands">
        {results.map((command, index) => (
          // biome-ignore lint/a11y/useFocusableInteractive: options of an aria-activedescendant combobox are never focused
          // biome-ignore lint/a11y/useKeyWithClickEvents: the combobox input (which keeps focus) handles the keys for its options
          <li
            key={command.id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === activeIndex}
            onMouseMove={() => setActive(index)}
            onClick={() => run(command)}
          >
            <span className="palette-label">
              {command.label}
              {'highlight' in command ? <Highlight className="palette-highlight" html={command.highlight} /> : null}
            </span>
            <span className="palette-group">
              {command.shortcutId ? <Kbd combo={shortcut(command.shortcutId).keys[0]} /> : command.group}
            </span>
          </li>
        ))}
      </ul>
      {results.length === 0 ? (
        <p className="palette-empty" role="status">
          No command matches “{query}”.
        </p>
      ) : null}
    </Dialog>
  );
}
