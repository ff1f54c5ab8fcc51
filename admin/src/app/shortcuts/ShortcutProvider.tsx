import { createContext, useContext, useEffect, useRef, useSyncExternalStore, type ReactNode } from 'react';
import { isEditable, isPlainKey, matches } from './keys';
import { SHORTCUTS, type GlobalShortcutId } from './registry';

type Handler = (event: KeyboardEvent) => void;
interface Binding {
  handler: { current: Handler };
}

/**
 * Holds the live bindings of global shortcuts. Several components may bind the same id (e.g. two
 * editors mounted at once); the most recently mounted one wins, the way focus would.
 */
export class ShortcutBindings {
  private bindings = new Map<GlobalShortcutId, Binding[]>();
  private listeners = new Set<() => void>();
  private version = 0;

  bind(id: GlobalShortcutId, binding: Binding): () => void {
    this.bindings.set(id, [...(this.bindings.get(id) ?? []), binding]);
    this.changed();
    return () => {
      this.bindings.set(
        id,
        (this.bindings.get(id) ?? []).filter((b) => b !== binding),
      );
      this.changed();
    };
  }

  isBound = (id: string): boolean => (this.bindings.get(id as GlobalShortcutId)?.length ?? 0) > 0;

  /** Runs the shortcut the event matches, if bound; returns whether it did. */
  dispatch(event: KeyboardEvent): boolean {
    // A modal dialog owns the keyboard: the page's shortcuts must not act behind it.
    if (document.querySelector('[aria-modal="true"]')) return false;
    for (const definition of SHORTCUTS) {
      if (definition.scope !== 'global') continue;
      const key = definition.keys.find((k) => matches(event, k));
      if (!key || (isPlainKey(key) && isEditable(event.target))) continue;
      const binding = this.bindings.get(definition.id)?.at(-1);
      if (!binding) continue;
      event.preventDefault();
      binding.handler.current(event);
      return true;
    }
    return false;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getVersion = (): number => this.version;

  private changed() {
    this.version += 1;
    for (const listener of this.listeners) listener();
  }
}

const BindingsContext = createContext<ShortcutBindings | null>(null);

/** Installs the one window keydown listener that serves every global shortcut. */
export function ShortcutProvider({ children, bindings }: { children: ReactNode; bindings?: ShortcutBindings }) {
  const store = useRef(bindings ?? new ShortcutBindings()).current;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!event.defaultPrevented) store.dispatch(event);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store]);
  return <BindingsContext.Provider value={store}>{children}</BindingsContext.Provider>;
}

function useBindings(): ShortcutBindings {
  const store = useContext(BindingsContext);
  if (!store) throw new Error('useShortcut needs <ShortcutProvider>');
  return store;
}

/**
 * Binds a global shortcut from the registry to `handler` while the component is mounted and
 * `enabled` (default true). Pass the same function your button's onClick calls, so the key and
 * the button never behave differently. The latest handler is always used (no stale closures).
 */
export function useShortcut(id: GlobalShortcutId, handler: Handler, options: { enabled?: boolean } = {}): void {
  const store = useBindings();
  const ref = useRef(handler);
  ref.current = handler;
  const enabled = options.enabled ?? true;
  useEffect(() => (enabled ? store.bind(id, { handler: ref }) : undefined), [store, id, enabled]);
}

/** Whether a shortcut currently does something (the help overlay dims the others). */
export function useIsShortcutBound(): (id: string) => boolean {
  const store = useBindings();
  useSyncExternalStore(store.subscribe, store.getVersion);
  return store.isBound;
}
