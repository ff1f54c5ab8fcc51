// Several gateways on one Redis (REDIS_URL): the public cache generation and the counters are
// shared, and Redis trouble (stopped, hung) is survived without a 5xx and recovered from by itself.
// A real redis-server (tests/support/redis.ts); each "gateway" here has its own connections, cache
// and counters, as separate processes would. Whole processes behind nginx: `npm run cluster`.
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GenerationCache } from '../../server/src/cache/generation-cache.ts';
import { shareGeneration } from '../../server/src/cluster/shared-generation.ts';
import { connectSharedState, type SharedState } from '../../server/src/cluster/shared-state.ts';
import { redisRateLimits } from '../../server/src/rate-limits.ts';
import { graphql } from '../__generated__/index.ts';
import { freePort, waitFor } from '../support/gateway-process.ts';
import { capturingLogger } from '../support/logger.ts';
import { createTestGateway, EDITOR, type TestGateway } from '../support/gateway.ts';
import { skipRedisTests, startRedis, type TestRedis } from '../support/redis.ts';

const silent = pino({ level: 'silent' });
const SITE = '{ site { title } }';
const login = graphql(`
  mutation SharedStateLogin($e: String!, $p: String!) { login(email: $e, password: $p) { __typename } }
`);

/** One gateway's share of Redis: its own connections and cache generation, as a separate process has. */
interface Member {
  state: SharedState;
  cache: GenerationCache;
  stop: () => Promise<void>;
}

function member(redis: TestRedis, prefix: string): Member {
  const state = connectSharedState({ url: redis.url, prefix, logger: silent });
  const cache = new GenerationCache();
  const stopSharing = shareGeneration(cache, state, silent);
  return {
    state,
    cache,
    stop: async () => {
      stopSharing();
      await state.close();
    },
  };
}

const usable = (m: Member) => m.state.status() === 'up' && !m.cache.bypassed;

describe.skipIf(skipRedisTests())('several gateways on one Redis', () => {
  let redis: TestRedis;
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    await redis?.close();
  });

  it('a purge on one gateway moves every gateway to a newer generation; generations only go up', async () => {
    const [a, b, c] = [member(redis, 'gen1:'), member(redis, 'gen1:'), member(redis, 'gen1:')];
    try {
      await waitFor(() => [a, b, c].every(usable), 5_000);
      const before = [b.cache.generation, c.cache.generation];
      a.cache.purge();
      await waitFor(() => b.cache.generation > before[0]! && c.cache.generation > before[1]!, 2_000);
      // All three agree on the shared value (the writer adopts it too).
      await waitFor(() => a.cache.generation === b.cache.generation && b.cache.generation === c.cache.generation, 2_000);
      // Two purges at once on two gateways: two increments, one final value everywhere.
      const agreed = a.cache.generation;
      a.cache.purge();
      b.cache.purge();
      await waitFor(() => [a, b, c].every((m) => m.cache.generation >= agreed + 2), 2_000);
      await waitFor(() => a.cache.generation === c.cache.generation && b.cache.generation === c.cache.generation, 2_000);
      // Another deployment on the same Redis (another prefix) is not purged.
      const other = member(redis, 'gen1-other:');
      try {
        await waitFor(() => usable(other), 5_000);
        const mine = other.cache.generation;
        a.cache.purge();
        await waitFor(() => b.cache.generation === a.cache.generation && a.cache.generation > agreed + 2, 2_000);
        expect(other.cache.generation).toBe(mine);
      } finally {
        await other.stop();
      }
    } finally {
      await Promise.all([a, b, c].map((m) => m.stop()));
    }
  });

  it("a committed write through one gateway: the other's cached answer and ETag stop being used", async () => {
    const writer = member(redis, 'gen2:');
    const reader = member(redis, 'gen2:');
    const gw = await createTestGateway({ gateway: { publicCache: reader.cache, redisStatus: reader.state.status } });
    try {
      await waitFor(() => usable(writer) && usable(reader), 5_000);
      const get = (headers: Record<string, string> = {}) =>
        gw.yoga.fetch(`http://gateway.test/graphql?query=${encodeURIComponent(SITE)}`, {
          headers: { accept: 'application/json', ...headers },
        });
      const first = await get();
      const etag = first.headers.get('etag')!;
      expect(first.status).toBe(200);
      // Cached and validated while nothing changed.
      expect(await gw.statements(async () => get())).toEqual([]);
      expect((await get({ 'if-none-match': etag })).status).toBe(304);
      // The writer (another process) commits a change to public content.
      const generation = reader.cache.generation;
      writer.cache.purge();
      await waitFor(() => reader.cache.generation > generation, 2_000);
      const again = await get({ 'if-none-match': etag });
      expect(again.status).toBe(200);
      expect(again.headers.get('etag')).not.toBe(etag);
    } finally {
      await gw.close();
      await Promise.all([writer.stop(), reader.stop()]);
    }
  });

  it('the per-IP request budget and the sign-in attempts are one budget across gateways', async () => {
    const [ma, mb] = [member(redis, 'limits:'), member(redis, 'limits:')];
    const limits = (m: Member) => redisRateLimits(m.state.client!, { requestsPerMinute: 4, loginMaxFailures: 3, prefix: 'limits:' });
    const config = { rateLimitPerMinute: 4, loginMaxFailures: 3, trustProxy: 1 as const };
    const a = await createTestGateway({ seed: false, config, gateway: { rateLimits: limits(ma) } });
    const b = await createTestGateway({ seed: false, config, gateway: { rateLimits: limits(mb) } });
    try {
      await waitFor(() => usable(ma) && usable(mb), 5_000);
      const client = { 'x-forwarded-for': '203.0.113.50' };
      const statuses = [];
      for (const gw of [a, b, a, b, a, b]) statuses.push((await gw.gql(SITE, {}, client)).status);
      expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);

      // Sign-in: three failures spread over both gateways spend the account's budget on both.
      const attempt = (gw: TestGateway, password: string, i: number) =>
        gw.gql(login, { e: EDITOR.email, p: password }, { 'x-forwarded-for': `198.51.100.${i}` });
      const failures = [];
      for (const [i, gw] of [a, b, a].entries()) failures.push((await attempt(gw, 'wrong password', i)).body.data?.login.__typename);
      expect(failures).toEqual(['InvalidCredentialsError', 'InvalidCredentialsError', 'InvalidCredentialsError']);
      expect((await attempt(b, EDITOR.password, 9)).body.data?.login.__typename).toBe('TooManyAttemptsError');
      expect((await attempt(a, EDITOR.password, 10)).body.data?.login.__typename).toBe('TooManyAttemptsError');
    } finally {
      await Promise.all([a.close(), b.close()]);
      await Promise.all([ma.stop(), mb.stop()]);
    }
  });

  it('Redis stopped: answers keep coming (no 5xx), the cache is bypassed, limits hold per process, /readyz is degraded but 200; then all comes back by itself', async () => {
    const [mine, peer] = [member(redis, 'outage:'), member(redis, 'outage:')];
    const rateLimits = redisRateLimits(mine.state.client!, { requestsPerMinute: 6, loginMaxFailures: 3, prefix: 'outage:' });
    const gw = await createTestGateway({
      config: { rateLimitPerMinute: 6, trustProxy: 1 },
      gateway: { publicCache: mine.cache, rateLimits, redisStatus: mine.state.status },
    });
    const get = (ip: string, headers: Record<string, string> = {}) =>
      gw.yoga.fetch(`http://gateway.test/graphql?query=${encodeURIComponent(SITE)}`, {
        headers: { accept: 'application/json', 'x-forwarded-for': ip, ...headers },
      });
    const ready = async () => {
      const res = await gw.yoga.fetch('http://gateway.test/readyz');
      return { status: res.status, body: await res.json() };
    };
    try {
      await waitFor(() => usable(mine) && usable(peer), 5_000);
      expect(await ready()).toEqual({ status: 200, body: { ready: true, redis: 'up' } });
      const cached = await get('192.0.2.1');
      const etag = cached.headers.get('etag')!;
      expect(await gw.statements(async () => get('192.0.2.1'))).toEqual([]);

      await redis.stop();
      await waitFor(() => mine.state.status() === 'down' && peer.state.status() === 'down', 5_000);
      expect(await ready()).toEqual({ status: 200, body: { ready: true, degraded: true, redis: 'down' } });
      // Answered afresh (the peer's purges cannot be heard), and no generation-based 304.
      let answer: Response | undefined;
      const statements = await gw.statements(async () => {
        answer = await get('192.0.2.1', { 'if-none-match': etag });
      });
      expect(statements.length).toBeGreaterThan(0);
      if (!answer) throw new Error('no answer');
      expect(answer.status).toBe(200);
      // The per-IP budget is enforced in memory meanwhile: 6 per minute for a new address.
      const statuses = [];
      for (let i = 0; i < 7; i += 1) statuses.push((await get('192.0.2.2')).status);
      expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 429]);
      // Writes and sign-ins work: the editor signs in, a write commits.
      const headers = await gw.editorHeaders();
      const renamed = await gw.gql('mutation { updateSite(input: { title: "During the outage" }) { __typename } }', {}, headers);
      expect(renamed.status).toBe(200);
      expect(renamed.body.errors).toBeUndefined();

      const generationBefore = peer.cache.generation;
      await redis.start();
      await waitFor(() => usable(mine) && usable(peer), 10_000);
      // Coming back purged everywhere: the peer moved past what it had, and both agree.
      await waitFor(() => peer.cache.generation > generationBefore && peer.cache.generation === mine.cache.generation, 3_000);
      expect(await ready()).toEqual({ status: 200, body: { ready: true, redis: 'up' } });
      const fresh = await get('192.0.2.3');
      expect(((await fresh.json()) as { data: { site: { title: string } } }).data.site.title).toBe('During the outage');
      expect(await gw.statements(async () => get('192.0.2.3'))).toEqual([]);
      // Counters are in Redis again.
      expect(await mine.state.client!.exists('outage:rl:requests:ip:192.0.2.3')).toBe(1);
    } finally {
      await gw.close();
      await Promise.all([mine.stop(), peer.stop()]);
      if (!redis.running) await redis.start();
    }
  });

  it('a hung Redis (SIGSTOP) costs a request at most the command timeout, and never an error', async () => {
    const m = member(redis, 'hung:');
    const rateLimits = redisRateLimits(m.state.client!, { requestsPerMinute: 100, loginMaxFailures: 3, prefix: 'hung:' });
    const gw = await createTestGateway({
      seed: false,
      config: { rateLimitPerMinute: 100 },
      gateway: { publicCache: m.cache, rateLimits, redisStatus: m.state.status },
    });
    try {
      await waitFor(() => usable(m), 5_000);
      redis.pause();
      const answers = await Promise.all(Array.from({ length: 5 }, () => gw.gql(SITE)));
      expect(answers.map((res) => res.status)).toEqual([200, 200, 200, 200, 200]);
      expect(answers.every((res) => res.body.errors === undefined)).toBe(true);
    } finally {
      redis.resume();
      await gw.close();
      await m.stop();
    }
  });
});

describe.skipIf(skipRedisTests())('a hung Redis on the write paths', () => {
  let redis: TestRedis;
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    await redis?.close();
  });

  it('sign-in (right and wrong password) and a write through a hung Redis: their own answers, no error, no 5xx', async () => {
    const m = member(redis, 'hung-writes:');
    const rateLimits = redisRateLimits(m.state.client!, { requestsPerMinute: 100, loginMaxFailures: 3, prefix: 'hung-writes:' });
    const gw = await createTestGateway({
      config: { rateLimitPerMinute: 100 },
      gateway: { publicCache: m.cache, rateLimits, redisStatus: m.state.status },
    });
    try {
      await waitFor(() => usable(m), 5_000);
      redis.pause();
      const wrong = await gw.gql(login, { e: EDITOR.email, p: 'not the password' });
      expect([wrong.status, wrong.body]).toEqual([200, { data: { login: { __typename: 'InvalidCredentialsError' } } }]);
      const headers = await gw.editorHeaders();
      const renamed = await gw.gql('mutation { updateSite(input: { title: "While Redis hangs" }) { __typename } }', {}, headers);
      expect([renamed.status, renamed.body.errors]).toEqual([200, undefined]);
      const read = await gw.gql(SITE);
      expect([read.status, read.body.data?.site?.title]).toEqual([200, 'While Redis hangs']);
    } finally {
      redis.resume();
      await gw.close();
      await m.stop();
    }
  });
});

describe('without REDIS_URL', () => {
  it('/readyz reports redis "off" and the cache is never bypassed', async () => {
    const gw = await createTestGateway({ seed: false });
    try {
      const res = await gw.yoga.fetch('http://gateway.test/readyz');
      expect(await res.json()).toEqual({ ready: true, redis: 'off' });
      expect(new GenerationCache().bypassed).toBe(false);
    } finally {
      await gw.close();
    }
  });
});

describe('REDIS_URL set, Redis never reachable', () => {
  it('the gateway says so once in its log (there is no transition to log), and status stays down', async () => {
    const { logger, lines } = capturingLogger();
    // A port nothing listens on: connections are refused from the start.
    const state = connectSharedState({ url: `redis://127.0.0.1:${await freePort()}`, prefix: 'never:', logger });
    try {
      await waitFor(() => lines.some((line) => String(line.msg).startsWith('Redis unreachable since start')), 10_000);
      expect(state.status()).toBe('down');
      expect(lines.filter((line) => String(line.msg).startsWith('Redis unreachable')).map((line) => line.level)).toEqual([40]);
    } finally {
      await state.close();
    }
  });
});
