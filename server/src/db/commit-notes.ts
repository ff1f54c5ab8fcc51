// What a transaction's code says about its own writes, handed to onCommittedWrite's listeners
// with the tables once (and only if) the transaction commits. Used for the CDN purge keys
// (cache/cdn-purge.ts): the domain knows which posts, categories and tags a write touched; the
// statements alone only name tables.
import { AsyncLocalStorage } from 'node:async_hooks';

/** The notes of the transaction being run: one Set per `prisma.$transaction` call (database.ts). */
const current = new AsyncLocalStorage<Set<string>>();

/**
 * Runs `fn` (a `prisma.$transaction` call) with an empty set of notes of its own: notes made by
 * code it runs land there, and nowhere else. database.ts wraps every `$transaction` in it.
 */
export function withCommitNotes<T>(fn: () => T): T {
  return current.run(new Set(), fn);
}

/**
 * Adds `notes` (CDN purge keys such as `post:<id>`) to the transaction this code runs in; they
 * reach onCommittedWrite's listeners if it commits, and are dropped if it rolls back. Outside a
 * transaction they go nowhere (an autocommit write is reported without notes). Calling it with no
 * keys still marks the transaction as noted: "this write changed nothing public".
 */
export function noteForCommit(notes: Iterable<string>): void {
  const set = current.getStore();
  if (!set) return;
  set.add(NOTED);
  for (const note of notes) set.add(note);
}

/** The notes of the transaction this code runs in, or null when it noted nothing (or none runs). */
export function commitNotes(): string[] | null {
  const set = current.getStore();
  if (!set || !set.has(NOTED)) return null;
  return [...set].filter((note) => note !== NOTED);
}

/** Marks a set as noted even when no key was given; never a key itself (keys hold no NUL). */
const NOTED = '\0noted';
