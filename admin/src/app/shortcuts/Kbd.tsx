import { displayParts } from './keys';

/** A key combination from the registry as <kbd> elements, e.g. Ctrl + K (⌘ K on macOS). */
export function Kbd({ combo }: { combo: string }) {
  const parts = displayParts(combo);
  return (
    <kbd className="kbd" aria-label={parts.join(' ')}>
      {parts.map((part, index) => (
        <kbd key={index}>{part}</kbd>
      ))}
    </kbd>
  );
}
