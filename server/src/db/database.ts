// One way to open the database on both backends: PostgreSQL through @prisma/adapter-pg, or the
// embedded PGlite. Background and traps: docs/database.md ("Prisma 7 without its
// native engine", "PGlite").
import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapterFactory, SqlQuery, SqlQueryable } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaClient } from '../__generated__/prisma/client.ts';
import { pgliteExtensions } from './pglite-extensions.ts';
import { commitNotes, withCommitNotes } from './commit-notes.ts';
import { DatabaseTurns } from './turns.ts';
import { writtenTables } from './written-tables.ts';

export type DatabaseKind = 'pglite' | 'postgres';

/** Raw SQL access beside Prisma (migration runner, health checks). */
export interface SqlDriver {
  kind: DatabaseKind;
  /** Simple-query protocol: may hold several statements, which then run as one implicit transaction. */
  exec(sql: string): Promise<void>;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
}

export interface Database {
  kind: DatabaseKind;
  prisma: PrismaClient;
  driver: SqlDriver;
  /** `SELECT 1`; throws when the database is unreachable. Not counted as a Prisma statement. */
  ping(): Promise<void>;
  /**
   * Count of SQL statements Prisma sent through the adapter since open (for N+1 tests), including
   * those inside transactions. Transaction control (BEGIN, COMMIT, SAVEPOINT, …) is left out: pg
   * sends it as statements and PGlite does not, and counts should match on both.
   */
  statementCount(): number;
  /** Calls listener with each SQL text Prisma sends (same rule as statementCount); returns an unsubscribe fn. */
  onStatement(listener: (sql: string) => void): () => void;
  /**
   * Calls listener with the tables (names without schema, `["Post", "PostTag"]`; `"*"` for a write
   * whose target could not be read, see written-tables.ts) that a write through Prisma changed,
   * once it is committed: a statement outside a transaction when it succeeds, a transaction's
   * writes when its COMMIT succeeds; a rolled-back transaction reports nothing, and so does a write
   * that changed no row (an UPDATE matching none, INSERT … ON CONFLICT DO NOTHING on a present
   * row). Called synchronously before Prisma's call resolves, so before the caller sees the
   * result; listeners must not throw. Raw `driver` statements (migrations) are not reported.
   * `notes`: what the transaction's code noted about its writes (commit-notes.ts's noteForCommit,
   * e.g. CDN purge keys), or null when it noted nothing (also for every autocommit write).
   * Returns an unsubscribe fn.
   */
  onCommittedWrite(listener: (tables: readonly string[], notes: readonly string[] | null) => void): () => void;
  /**
   * Connections of Prisma's pool now, for the metrics (no I/O): PostgreSQL's pg Pool — in use
   * (checked out), idle, and waiting (queries queued for a free connection; the pool holds at most
   * pg's default of 10). PGlite has one connection, always open: 1 in use, 0 idle, 0 waiting.
   */
  connections(): { inUse: number; idle: number; waiting: number };
  /** Disconnects Prisma and closes pools, or the PGlite instance (also one passed in). */
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** postgres:// or postgresql:// URL; when set, the other options are ignored. */
  databaseUrl?: string;
  /** PGlite data folder (created if missing); default `.data/pglite`. */
  dataDir?: string;
  /** An open PGlite instance to use instead of a folder (tests: an in-memory clone); it must load pgliteExtensions. */
  pglite?: PGlite;
  /**
   * PostgreSQL `statement_timeout` for Prisma's queries, in ms (0/unset = none); migrations are
   * exempt. PGlite runs one statement at a time in this process and has no timer to cancel it, so
   * the setting applies on PostgreSQL only.
   */
  statementTimeoutMs?: number;
  /** PostgreSQL: how long opening a connection may take before it fails, in ms; default 3000. */
  connectionTimeoutMs?: number;
  /**
   * PGlite: longest stretch of database work between two event-loop turns, in ms; default 10.
   * Keeps the gateway accepting connections and answering cache hits under load (./turns.ts).
   */
  sliceMs?: number;
  /**
   * PGlite: PostgreSQL's `shared_buffers` in MB (PGLITE_SHARED_BUFFERS_MB); unset = PGlite's
   * default, 128 MB. Each MB is resident memory of the gateway's own process once the buffers
   * fill (measured: a reopened PGlite holds ~340 MB at 128 MB, ~225 MB at 16 MB;
   * docs/benchmarks.md, "Memory"). Ignored for an instance passed as `pglite`.
   */
  sharedBuffersMb?: number;
}

const transactionControl = /^\s*(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|SET TRANSACTION)\b/i;

interface Recorder {
  /** Every statement's SQL text, before it runs. */
  statement(sql: string): void;
  /** Tables whose changes are committed now, with the notes of their transaction (commit-notes.ts). */
  committed(tables: ReadonlySet<string>, notes: readonly string[] | null): void;
}

/** Rows a write changed, from what the adapter answered: executeRaw's count, or the rows RETURNING gave. */
function changedRows(sql: string, result: unknown): number {
  if (typeof result === 'number') return result;
  const rows = (result as { rows?: unknown[] } | undefined)?.rows;
  // Without RETURNING, queryRaw answers no rows whatever it changed: assume it changed some.
  return Array.isArray(rows) && /\bRETURNING\b/i.test(sql) ? rows.length : 1;
}

/**
 * Wraps an adapter (or a transaction it opens) so that every statement is reported, and every
 * write once it is committed: at once outside a transaction (autocommit), else into `pending`,
 * reported when the transaction's commit() resolved (after a successful COMMIT on pg; PGlite's
 * commit resolves when its transaction has committed) and dropped on rollback.
 */
function observe<T extends object>(target: T, record: Recorder, pending?: Set<string>): T {
  return new Proxy(target, {
    get(object, property) {
      const value: unknown = Reflect.get(object, property, object);
      if (typeof value !== 'function') return value;
      if (property === 'queryRaw' || property === 'executeRaw') {
        return async (query: SqlQuery) => {
          record.statement(query.sql);
          const result: unknown = await (value as SqlQueryable['queryRaw']).call(object, query);
          const tables = writtenTables(query.sql);
          if (tables.length && changedRows(query.sql, result) > 0) {
            if (pending) for (const table of tables) pending.add(table);
            else record.committed(new Set(tables), null);
          }
          return result;
        };
      }
      if (property === 'startTransaction') {
        return async (...args: unknown[]) => observe(await value.apply(object, args), record, new Set());
      }
      if (pending && (property === 'commit' || property === 'rollback')) {
        return async (...args: unknown[]) => {
          const result: unknown = await value.apply(object, args);
          // Still inside the $transaction call (withCommitNotes): its notes are this transaction's.
          if (property === 'commit' && pending.size) record.committed(new Set(pending), commitNotes());
          pending.clear();
          return result;
        };
      }
      return value.bind(object);
    },
  });
}

/**
 * Wraps an adapter so that its top-level statements and transaction starts take turns (turns.ts);
 * the transactions it opens are returned unwrapped: their statements run on PGlite's lock already.
 */
function takeTurns<T extends object>(target: T, turns: DatabaseTurns): T {
  return new Proxy(target, {
    get(object, property) {
      const value: unknown = Reflect.get(object, property, object);
      if (typeof value !== 'function') return value;
      if (property === 'queryRaw' || property === 'executeRaw' || property === 'startTransaction') {
        return (...args: unknown[]) => turns.run(() => value.apply(object, args));
      }
      return value.bind(object);
    },
  });
}

/**
 * The client with every `$transaction` call run in a notes scope of its own (commit-notes.ts), so
 * what its code notes is reported with its commit, and dropped with its rollback.
 */
function withTransactionNotes(prisma: PrismaClient): PrismaClient {
  return new Proxy(prisma, {
    get(object, property) {
      const value: unknown = Reflect.get(object, property, object);
      if (property !== '$transaction' || typeof value !== 'function') return value;
      return (...args: unknown[]) => withCommitNotes(() => value.apply(object, args));
    },
  });
}

function wrapFactory(factory: SqlDriverAdapterFactory, wrap: <A extends object>(adapter: A) => A): SqlDriverAdapterFactory {
  return new Proxy(factory, {
    get(object, property) {
      if (property === 'connect') return async () => wrap(await object.connect());
      const value: unknown = Reflect.get(object, property, object);
      return typeof value === 'function' ? value.bind(object) : value;
    },
  });
}

/** pg.Client whose connect (TCP + startup) gives up after `ms`. */
function boundedClient(ms: number): typeof pg.Client {
  return class extends pg.Client {
    constructor(config?: string | pg.ClientConfig) {
      super(
        typeof config === 'string' ? { connectionString: config, connectionTimeoutMillis: ms } : { ...config, connectionTimeoutMillis: ms },
      );
    }
  };
}

/**
 * Opens the database: `databaseUrl` → pg Pool + @prisma/adapter-pg (the driver gets its own
 * one-connection pool so session state such as advisory locks stays on one connection);
 * otherwise PGlite on `pglite` or `dataDir`, where Prisma and the driver share the single
 * connection and Prisma's top-level statements take turns in `sliceMs` slices (./turns.ts; the
 * driver's do not: migrations run before serving, and /readyz's ping must not queue behind load).
 * Does not migrate: see applyMigrations in ./migrate.ts.
 * Throws when the database cannot be reached (the first ping fails).
 */
export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<Database> {
  let count = 0;
  const listeners = new Set<(sql: string) => void>();
  const writeListeners = new Set<(tables: readonly string[], notes: readonly string[] | null) => void>();
  const record: Recorder = {
    statement(sql) {
      if (transactionControl.test(sql)) return;
      count += 1;
      for (const listener of listeners) listener(sql);
    },
    committed(tables, notes) {
      const names = [...tables];
      for (const listener of writeListeners) listener(names, notes);
    },
  };
  const observers = {
    statementCount: () => count,
    onStatement(listener: (sql: string) => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    onCommittedWrite(listener: (tables: readonly string[], notes: readonly string[] | null) => void) {
      writeListeners.add(listener);
      return () => void writeListeners.delete(listener);
    },
  };

  if (options.databaseUrl) {
    // A host that does not answer (frozen, packets dropped) fails a new connection after this many
    // ms instead of the OS TCP timeout (minutes); the client then gets a 503 (db/unavailable.ts).
    // Set on the pg Client, not the Pool: pg-pool would also apply it to waiting for a free
    // connection, turning a busy moment (200 requests, 10 connections) into failures.
    const Client = boundedClient(options.connectionTimeoutMs ?? 3000);
    const pool = new pg.Pool({
      Client,
      connectionString: options.databaseUrl,
      ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
    });
    const driverPool = new pg.Pool({ Client, connectionString: options.databaseUrl, max: 1 });
    // An idle connection killed by the server (restart, DROP DATABASE … FORCE) must not crash the process.
    const ignore = () => {};
    pool.on('error', ignore);
    driverPool.on('error', ignore);
    const prisma = withTransactionNotes(
      new PrismaClient({ adapter: wrapFactory(new PrismaPg(pool), (adapter) => observe(adapter, record)) }),
    );
    const driver: SqlDriver = {
      kind: 'postgres',
      exec: async (sql) => void (await driverPool.query(sql)),
      query: async <T>(sql: string, params?: unknown[]) => (await driverPool.query(sql, params)).rows as T[],
    };
    const database: Database = {
      kind: 'postgres',
      prisma,
      driver,
      ...observers,
      ping: async () => void (await pool.query('SELECT 1')),
      connections: () => ({ inUse: pool.totalCount - pool.idleCount, idle: pool.idleCount, waiting: pool.waitingCount }),
      async close() {
        await prisma.$disconnect();
        await Promise.all([pool.end(), driverPool.end()]);
      },
    };
    await database.ping().catch(async (error: unknown) => {
      await database.close();
      throw error;
    });
    return database;
  }

  let client = options.pglite;
  if (!client) {
    const dataDir = options.dataDir ?? '.data/pglite';
    fs.mkdirSync(dataDir, { recursive: true });
    client = new PGlite(dataDir, {
      extensions: pgliteExtensions,
      // PGlite's own start parameters must stay: passing startParams replaces them.
      ...(options.sharedBuffersMb
        ? { startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${options.sharedBuffersMb}MB`] }
        : {}),
    });
  }
  await client.waitReady;
  const pglite = client;
  const turns = new DatabaseTurns(options.sliceMs ?? 10);
  const prisma = withTransactionNotes(
    new PrismaClient({
      adapter: wrapFactory(new PrismaPGlite(pglite), (adapter) => observe(takeTurns(adapter, turns), record)),
    }),
  );
  return {
    kind: 'pglite',
    prisma,
    ...observers,
    driver: {
      kind: 'pglite',
      exec: async (sql) => {
        await pglite.exec(sql);
        // PGlite learns array types (e.g. "WebhookEvent"[]) when it opens; a migration run on this
        // instance creates new ones, which Prisma's queries would otherwise read and send as text.
        await pglite.refreshArrayTypes();
      },
      query: async <T>(sql: string, params?: unknown[]) => (await pglite.query<T>(sql, params)).rows,
    },
    ping: async () => void (await pglite.query('SELECT 1')),
    connections: () => ({ inUse: 1, idle: 0, waiting: 0 }),
    async close() {
      await prisma.$disconnect();
      if (!pglite.closed) await pglite.close();
    },
  };
}

/**
 * The exact name of the unique constraint (index) a write violated — `"Post_slug_key"` — or null
 * for any other error. Prisma 7 with driver adapters drops `meta.target` from P2002 and reports
 * the driver's cause instead: pg gives the index name; PGlite only the column names, but its
 * server message (always English: embedded, C locale) names the constraint. Callers compare the
 * name exactly (`uniqueConstraints`), never a substring: "Tag_slug_key" must not read as a post's
 * slug.
 */
export function uniqueConstraintOf(error: unknown): string | null {
  if (typeof error !== 'object' || error === null || (error as { code?: unknown }).code !== 'P2002') return null;
  const meta = (error as { meta?: Record<string, unknown> }).meta;
  const cause = (meta?.driverAdapterError as { cause?: { constraint?: { index?: unknown }; originalMessage?: unknown } } | undefined)
    ?.cause;
  if (typeof cause?.constraint?.index === 'string') return cause.constraint.index;
  const named = typeof cause?.originalMessage === 'string' ? /unique constraint "([^"]+)"/.exec(cause.originalMessage) : null;
  if (named) return named[1]!;
  const target = meta?.target; // classic engine: the constraint name, or its fields
  return typeof target === 'string' ? target : null;
}

/**
 * The unique constraints the domain maps to typed errors, by their names in the migrations
 * (Prisma's defaults: `<Model>_<field>_key`). tests/api/unique-races.test.ts checks that each
 * exists in the database.
 */
export const uniqueConstraints = {
  postSlug: 'Post_slug_key',
  categorySlug: 'Category_slug_key',
  categoryName: 'Category_name_key',
  tagSlug: 'Tag_slug_key',
  tagName: 'Tag_name_key',
  userEmail: 'User_email_key',
} as const;
