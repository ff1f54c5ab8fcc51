// `npm run bench:startup`: how long from `npm start`'s process spawn until the home-feed query
// answers with the blog's content — on a fresh data folder (migrate + seed + first editor) and
// on a second start with the same folder. Prints milliseconds; loopback only; bounded (60 s).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { childEnv } from '../support/test-env.ts';

const query = '{ homeFeed { shorts { totalCount } notes { totalCount } favorites { title } } }';

async function timeToFirstAnswer(dataDir: string, port: number): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    env: childEnv({ DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ADMIN_EMAIL: '', ADMIN_PASSWORD: '' }),
    stdio: 'ignore',
  });
  try {
    while (performance.now() - started < 60_000) {
      try {
        const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query }),
        });
        const body = (await res.json()) as { data?: { homeFeed: { favorites: unknown[] } } };
        if (body.data?.homeFeed.favorites.length === 11) return performance.now() - started;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error('the gateway did not answer within 60 s');
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

const dir = mkdtempSync(path.join(tmpdir(), 'gateway-startup-'));
try {
  const fresh = await timeToFirstAnswer(dir, 4391);
  const warm = await timeToFirstAnswer(dir, 4392);
  console.log(`start-up to first home-feed answer: fresh data folder ${fresh.toFixed(0)} ms, second start ${warm.toFixed(0)} ms`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
