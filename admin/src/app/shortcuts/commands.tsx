import { createContext, useContext, useEffect, useRef, useSyncExternalStore, type ReactNode } from 'react';
import type { GlobalShortcutId } from './registry';

/** One entry of the command palette: a place to jump to or an action to run. */
export interface Command {
  /** Stable and unique, e.g. `section:favorites`, `post:open:<id>`. */
  id: string;
  label: string;
  /** Heading the palette groups it under ("Go to", "Actions", "Posts"…). */
  group: string;
  /** Extra words the filter matches (slug, synonyms). */
  keywords?: string;
  /** Shown beside the label when the command also has a shortcut. */
  shortcutId?: GlobalShortcutId;
  run: () => void;
}

/** The commands every mounted component registered, in registration order. */
export class CommandRegistry {
  private sources = new Map<symbol, readonly Command[]>();
  private listeners = new Set<() => void>();
  private snapshot: readonly Command[] = [];

  set(source: symbol, commands: readonly Command[] | null): void {
    if (commands) this.sources.set(source, commands);
    else this.sources.delete(source);
    this.snapshot = [...this.sources.values()].flat();
    for (const listener of this.listeners) listener();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): readonly Command[] => this.snapshot;
}

const CommandsContext = createContext<CommandRegistry | null>(null);

export function CommandsProvider({ children }: { children: ReactNode }) {
  const registry = useRef(new CommandRegistry()).current;
  return <CommandsContext.Provider value={registry}>{children}</CommandsContext.Provider>;
}

function useRegistry(): CommandRegistry {
  const registry = useContext(CommandsContext);
  if (!registry) throw new Error('useCommands needs <CommandsProvider>');
  return registry;
}

/**
 * Adds `commands` to the palette while the component is mounted. Memoize the array (useMemo):
 * a new array re-registers. Feature panes use this for their items ("Open post …") and actions.
 */
export function useCommands(commands: readonly Command[]): void {
  const registry = useRegistry();
  const source = useRef(Symbol('commands')).current;
  useEffect(() => {
    registry.set(source, commands);
    return () => registry.set(source, null);
  }, [registry, source, commands]);
}

/** Everything registered right now (the palette's source). */
export function useAllCommands(): readonly Command[] {
  const registry = useRegistry();
  return useSyncExternalStore(registry.subscribe, registry.getSnapshot);
}
