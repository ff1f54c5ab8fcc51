import { useCallback, useState } from 'react';

/**
 * A number kept in localStorage under `key` and clamped to [min, max]. Storage failures (private
 * mode, quota) only lose the memory, never the value in use.
 */
export function usePersistentNumber(key: string, initial: number, range: { min: number; max: number }): [number, (value: number) => void] {
  const clamp = useCallback((value: number) => Math.round(Math.min(range.max, Math.max(range.min, value))), [range.min, range.max]);
  const [value, setValue] = useState(() => {
    const stored = Number(readStorage(key));
    return clamp(Number.isFinite(stored) && readStorage(key) !== null ? stored : initial);
  });
  const set = useCallback(
    (next: number) => {
      const clamped = clamp(next);
      setValue(clamped);
      try {
        localStorage.setItem(key, String(clamped));
      } catch {
        // Not remembered; still applied.
      }
    },
    [clamp, key],
  );
  return [value, set];
}

function readStorage(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}
