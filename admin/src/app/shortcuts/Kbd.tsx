import { displayParts } from './keys';

/** A key combination from the registry as <kbd> elements, e.g. Ctrl + K (⌘ K on macOS). */
export function Kbd({ combo }: { combo: string }) {
  const parts = displayParts(combo);
  return (
    <kbd className="kbd" aria-label={parts.join(' ')}>
      {/* Each modifier appears at most once and the key is never a modifier, so a part names itself. */}
      {parts.map((part) => (
        <kbd key={part}>{part}</kbd>
      ))}
    </kbd>
  );
}
