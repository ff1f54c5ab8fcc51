import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';

/** The status bar's save slot. `idle` shows nothing (no editor open). */
export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saved'; at: Date }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'error'; message: string };

const SaveStateContext = createContext<{ state: SaveState; set: (state: SaveState) => void } | null>(null);

/** Holds the save state the current editor reports. */
export function SaveStateProvider({ children }: { children: ReactNode }) {
  const [state, set] = useState<SaveState>({ kind: 'idle' });
  return <SaveStateContext.Provider value={{ state, set }}>{children}</SaveStateContext.Provider>;
}

/** For the status bar. */
export function useSaveState(): SaveState {
  return useContext(SaveStateContext)?.state ?? { kind: 'idle' };
}

/**
 * For editors: report your save state; it is shown in the status bar while you are mounted and
 * cleared when you unmount. Pass a new object only when the state changes (or memoize it);
 * null reports nothing (a form that does not use the status bar).
 */
export function useReportSaveState(state: SaveState | null): void {
  const context = useContext(SaveStateContext);
  const set = context?.set;
  const reports = state !== null;
  useEffect(() => {
    if (state) set?.(state);
  }, [set, state]);
  useEffect(() => (reports ? () => set?.({ kind: 'idle' }) : undefined), [set, reports]);
}

/** Human text for a save state, e.g. "Saved at 14:02". */
export function describeSaveState(state: SaveState): string {
  switch (state.kind) {
    case 'idle':
      return '';
    case 'saved':
      return `Saved at ${state.at.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })}`;
    case 'dirty':
      return 'Unsaved changes';
    case 'saving':
      return 'Saving…';
    case 'error':
      return `Not saved: ${state.message}`;
  }
}
