import { useCallback, useEffect, useState } from 'react';
import { changedFields, type WorkingCopy } from './workingCopy';

/** What is kept in localStorage while the editor has unsaved edits. */
export interface StoredDraft {
  /** ISO time of the last write. */
  savedAt: string;
  copy: WorkingCopy;
}

/** `admin.draft.<post id | new>` (admin/README, "Sign-in and unsaved edits"). */
export const draftKey = (postId: string | null): string => `admin.draft.${postId ?? 'new'}`;

/** Debounce of autosave writes: often enough to lose at most a second's typing on a crash. */
export const AUTOSAVE_DELAY_MS = 500;

export function readDraft(key: string): StoredDraft | null {
  try {
    const raw = localStorage.getItem(key);
    const parsed = raw ? (JSON.parse(raw) as StoredDraft) : null;
    return parsed && typeof parsed.savedAt === 'string' && parsed.copy ? parsed : null;
  } catch {
    return null; // unreadable (quota, private mode, old format): nothing to offer
  }
}

export function removeDraft(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // Storage unavailable: nothing was stored either.
  }
}

/**
 * Local autosave. While the form is dirty its working copy is written (debounced) to
 * localStorage; when it is clean (saved, reverted, reloaded) the entry goes. On open, a stored
 * copy that differs from the server's is returned as `offer` — and autosave waits for the
 * author's answer, so the offer is not overwritten before they choose.
 */
export function useLocalDraft(options: { key: string; initial: WorkingCopy; current: WorkingCopy; isDirty: boolean }) {
  const { key, initial, current, isDirty } = options;
  const [offer, setOffer] = useState<StoredDraft | null>(() => {
    const stored = readDraft(key);
    return stored && changedFields(initial, stored.copy).length > 0 ? stored : null;
  });

  useEffect(() => {
    if (offer) return;
    if (!isDirty) return removeDraft(key);
    const timer = setTimeout(() => {
      try {
        localStorage.setItem(key, JSON.stringify({ savedAt: new Date().toISOString(), copy: current } satisfies StoredDraft));
      } catch {
        // Quota exceeded or storage disabled: the copy stays in memory; nothing better to do.
      }
    }, AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [key, current, isDirty, offer]);

  /** The author answered the offer (restore or discard); autosave resumes. */
  const settleOffer = useCallback(() => setOffer(null), []);
  return { offer, settleOffer };
}
