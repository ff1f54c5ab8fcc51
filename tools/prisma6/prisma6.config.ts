// Config for Prisma 6.19's CLI (the `prisma6` alias), used only by tools/prisma6/migrations.ts for
// offline `migrate diff`: Prisma 7 has no driver-adapter path for migrate, and its native engine
// cannot be downloaded here. Runs with the repository root as working directory.
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { defineConfig } from 'prisma6/config';
import { pgliteExtensions } from '../../server/src/db/pglite-extensions.ts';
import { SCHEMA_COPY } from './migrations.ts';

// Prisma 6 looks for a native query engine library at start-up even with engine 'js'; any file
// stops the download attempt (`||=`: an empty value would trigger it again).
process.env.PRISMA_QUERY_ENGINE_LIBRARY ||= path.resolve('tools/prisma-engine-unavailable.sh');
// No "update available" notice in db:diff/db:check output (the check cannot reach its server here).
process.env.PRISMA_HIDE_UPDATE_MESSAGE ||= '1';

// The CLI waits for pending timers before exiting; PGlite and the engine leave long ones behind,
// which made every run hang ~10 s.
const setTimeoutOriginal = globalThis.setTimeout;
globalThis.setTimeout = ((fn: (...a: unknown[]) => void, ms?: number, ...args: unknown[]) => {
  const timer = setTimeoutOriginal(fn, ms, ...args);
  if ((ms ?? 0) >= 1000) timer.unref?.();
  return timer;
}) as typeof setTimeout;

type Adapter = Awaited<ReturnType<PrismaPGlite['connect']>>;
interface AdapterInternals {
  onError(error: unknown): never;
}

/** A fresh in-memory PGlite adapter whose scripts and parameterless statements run via exec(). */
async function memoryAdapter(): Promise<Adapter> {
  const client = new PGlite({ extensions: pgliteExtensions });
  const adapter = await new PrismaPGlite(client).connect();
  const fail = (error: unknown): never => (adapter as unknown as AdapterInternals).onError(error);
  // pglite-prisma-adapter's executeScript neither awaits exec() nor reports its errors, and
  // query() rejects multi-statement text, which migration scripts are.
  const executeScript = async (script: string) => {
    await client.exec(script).catch(fail);
  };
  const executeRaw = adapter.executeRaw.bind(adapter);
  return Object.assign(adapter, {
    executeScript,
    executeRaw: async (query: Parameters<Adapter['executeRaw']>[0]) => {
      if (query.args.length > 0) return executeRaw(query);
      const results = await client.exec(query.sql).catch(fail);
      return results.reduce((sum, r) => sum + (r.affectedRows ?? 0), 0);
    },
    dispose: async () => {
      await client.close();
    },
  });
}

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  // The schema copy with `url` added and generators removed (written by migrations.ts).
  schema: SCHEMA_COPY,
  migrations: { path: 'prisma/migrations' },
  adapter: async () => ({
    provider: 'postgres' as const,
    adapterName: 'pglite-prisma-adapter',
    connect: memoryAdapter,
    connectToShadowDb: memoryAdapter,
  }),
});
