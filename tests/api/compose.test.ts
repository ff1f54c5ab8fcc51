import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { configVariables, loadConfig } from '../../server/src/config.ts';
import { checkNginxConfig, renderNginxConfig, skipNginxTests } from '../support/nginx.ts';

// No Docker engine runs here or in CI, so docker-compose.yml and the Dockerfile are checked by
// reading them: a variable the gateway doesn't know, a port or credential that disagrees, or a
// wrong health path would otherwise surface only on a user's first `docker compose up`.

const root = new URL('../../', import.meta.url);
const read = (file: string) => readFileSync(fileURLToPath(new URL(file, root)), 'utf8');

interface Service {
  image?: string;
  build?: string | { context?: string; dockerfile?: string };
  command?: string | string[];
  environment?: Record<string, string | number | boolean | null> | string[];
  ports?: Array<string | number | { target: number; published?: string | number }>;
  depends_on?: string[] | Record<string, { condition?: string }>;
  healthcheck?: { test: string | string[] };
  volumes?: Array<string | { type?: string; source?: string; target: string; read_only?: boolean }>;
}
// merge: the gateways share their settings through a `<<: *gateway` merge key, as Compose reads it.
const compose = parse(read('docker-compose.yml'), { merge: true }) as {
  services: Record<string, Service>;
  volumes?: Record<string, unknown>;
};
const postgres = compose.services.postgres!;
const redis = compose.services.redis!;
const nginx = compose.services.nginx!;
const GATEWAYS = ['gateway-a', 'gateway-b'] as const;

// What the host's shell supplies for variables the compose file declares required (`${X:?…}`).
const hostEnv: Record<string, string> = { ADMIN_PASSWORD: 'a-long-enough-password' };

/**
 * Compose's variable interpolation (https://docs.docker.com/reference/compose-file/interpolation/):
 * `$$`, `$X`, `${X}`, `${X:-default}`, `${X-default}`, `${X:?error}`, `${X?error}`. Throws on
 * a missing required variable, as `docker compose` refuses to start.
 */
function interpolate(value: string, env: Record<string, string>): string {
  return value.replace(/\$(\$|\{([A-Za-z_]\w*)(?:(:?)([-?])([^}]*))?\}|([A-Za-z_]\w*))/g, (_m, all, name, colon, op, arg, bare) => {
    if (all === '$') return '$';
    const key = (name ?? bare) as string;
    const current = env[key];
    const unset = current === undefined || (colon === ':' && current === '');
    if (op === '-' && unset) return arg;
    if (op === '?' && unset) throw new Error(`required variable ${key} is missing: ${arg}`);
    return current ?? '';
  });
}

function environmentOf(service: Service, env: Record<string, string>): Record<string, string> {
  const entries = Array.isArray(service.environment)
    ? service.environment.map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)] as const)
    : Object.entries(service.environment ?? {}).map(([k, v]) => [k, v === null ? '' : String(v)] as const);
  return Object.fromEntries(entries.map(([k, v]) => [k, interpolate(v, env)]));
}

/** Dockerfile instructions as [keyword, arguments], continuation lines joined, comments dropped. */
function dockerfileInstructions(): Array<[string, string]> {
  const joined = read('Dockerfile').replace(/\\\r?\n/g, ' ');
  return joined
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [keyword = '', ...rest] = line.split(/\s+/);
      return [keyword.toUpperCase(), rest.join(' ')];
    });
}

function dockerfileEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [keyword, args] of dockerfileInstructions()) {
    if (keyword !== 'ENV') continue;
    if (!args.includes('=')) {
      const [key = '', ...value] = args.split(/\s+/);
      env[key] = value.join(' ');
    } else {
      for (const pair of args.match(/[A-Za-z_]\w*=("[^"]*"|\S*)/g) ?? []) {
        const [key = '', value = ''] = pair.split(/=(.*)/s);
        env[key] = value.replace(/^"(.*)"$/, '$1');
      }
    }
  }
  return env;
}

// Functions, not constants: a bad value then fails the tests that need it, with loadConfig's
// message, instead of failing the whole file at import.
const environmentOfGateway = (name: string, env = hostEnv) => environmentOf(compose.services[name]!, env);
const configOf = (name: string) => loadConfig(environmentOfGateway(name));
const gatewayConfig = () => configOf('gateway-a');
const configNames = configVariables.map((v) => v.name);
const healthUrl = (service: Service) =>
  new URL(
    [service.healthcheck?.test ?? '']
      .flat()
      .join(' ')
      .match(/https?:\/\/[^'"\s)]+/)?.[0] ?? 'missing:',
  );
const nginxConf = read('deploy/nginx.conf');

describe.each(GATEWAYS)('docker-compose.yml %s service', (name) => {
  const gateway = compose.services[name]!;

  it('sets only variables the gateway reads, all of them valid', () => {
    expect(Object.keys(environmentOfGateway(name)).filter((variable) => !configNames.includes(variable))).toEqual([]);
    expect(configOf(name)).toMatchObject({ host: '0.0.0.0', nodeEnv: 'production' });
  });

  it('needs the admin password from the host and defaults the rest', () => {
    expect(() => environmentOfGateway(name, {})).toThrow(/ADMIN_PASSWORD/);
    expect(configOf(name).adminEmail).toBeDefined();
    expect(configOf(name).adminPassword).toBe(hostEnv.ADMIN_PASSWORD);
  });

  it('takes overrides from the host environment', () => {
    const env = environmentOfGateway(name, { ...hostEnv, ADMIN_EMAIL: 'lena@example.com', LOG_LEVEL: 'debug' });
    expect(loadConfig(env)).toMatchObject({ adminEmail: 'lena@example.com', logLevel: 'debug' });
  });

  it('publishes no port: readers reach it through nginx only', () => {
    expect(gateway.ports).toBeUndefined();
  });

  it('serves /metrics on a port of its own, reachable by a Prometheus on the compose network only', () => {
    // On the public port, /metrics would go wherever readers' requests go (nginx blocks it too).
    const config = configOf(name);
    expect(config.metricsPort).toBeDefined();
    expect(config.metricsPort).not.toBe(config.port);
    expect(config.metricsHost).toBe('0.0.0.0');
    expect(gateway.ports).toBeUndefined();
  });

  it('connects to the postgres service with its credentials', () => {
    const url = new URL(configOf(name).databaseUrl!);
    const pgEnv = environmentOf(postgres, hostEnv);
    expect(compose.services[url.hostname]).toBe(postgres);
    expect(url.port || '5432').toBe('5432');
    expect(decodeURIComponent(url.username)).toBe(pgEnv.POSTGRES_USER);
    expect(decodeURIComponent(url.password)).toBe(pgEnv.POSTGRES_PASSWORD);
    expect(decodeURIComponent(url.pathname.slice(1))).toBe(pgEnv.POSTGRES_DB);
  });

  it('shares state through the redis service', () => {
    const url = new URL(configOf(name).redisUrl!);
    expect(url.protocol).toBe('redis:');
    expect(compose.services[url.hostname]).toBe(redis);
    expect(url.port || '6379').toBe('6379');
  });

  it('trusts exactly one proxy (nginx) to name the client in X-Forwarded-For, which nginx appends to', () => {
    expect(configOf(name).trustProxy).toBe(1);
    expect(nginxConf).toMatch(/^\s*proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;$/m);
  });

  it('starts only once postgres and redis are healthy', () => {
    expect(gateway.depends_on).toMatchObject({ postgres: { condition: 'service_healthy' }, redis: { condition: 'service_healthy' } });
  });

  it('checks its readiness at /readyz on its port', () => {
    const url = healthUrl(gateway);
    expect(url.pathname).toBe('/readyz');
    expect(Number(url.port)).toBe(configOf(name).port);
  });

  it('is built from this repository’s Dockerfile', () => {
    expect(gateway.build === '.' || (typeof gateway.build === 'object' && (gateway.build.context ?? '.') === '.')).toBe(true);
  });
});

describe('docker-compose.yml: two replicas of one gateway', () => {
  it('runs both with the same settings: one database, one Redis, one key prefix', () => {
    expect(environmentOfGateway('gateway-b')).toEqual(environmentOfGateway('gateway-a'));
    expect(compose.services['gateway-b']!.build).toEqual(compose.services['gateway-a']!.build);
  });

  it('starts the second after the first is ready (a first start seeds the content and creates the editor)', () => {
    expect(compose.services['gateway-a']!.depends_on).not.toHaveProperty('gateway-b');
    expect(compose.services['gateway-b']!.depends_on).toMatchObject({ 'gateway-a': { condition: 'service_healthy' } });
  });
});

describe('docker-compose.yml redis service', () => {
  it('runs redis:7 with a `redis-cli ping` health check and nothing saved to disk', () => {
    expect(redis.image).toBe('redis:7');
    expect([redis.healthcheck?.test ?? ''].flat().join(' ')).toMatch(/\bredis-cli ping\b/);
    expect(redis.volumes).toBeUndefined();
    expect([redis.command ?? ''].flat().join(' ')).toContain('--appendonly no');
  });
});

describe('docker-compose.yml nginx service', () => {
  it('runs nginx:1.27-alpine with deploy/nginx.conf mounted read-only as its whole configuration', () => {
    expect(nginx.image).toBe('nginx:1.27-alpine');
    expect(nginx.volumes).toEqual(['./deploy/nginx.conf:/etc/nginx/nginx.conf:ro']);
  });

  it('publishes port 4000 to the port deploy/nginx.conf listens on', () => {
    const listens = [...nginxConf.matchAll(/^\s*listen (\d+);$/gm)].map((match) => match[1]);
    expect(listens).toEqual(['80']);
    expect(nginx.ports).toEqual([`${gatewayConfig().port}:${listens[0]}`]);
  });

  it('starts once both gateways are healthy, and checks /readyz through itself', () => {
    expect(nginx.depends_on).toEqual({ 'gateway-a': { condition: 'service_healthy' }, 'gateway-b': { condition: 'service_healthy' } });
    const url = healthUrl(nginx);
    expect(url.pathname).toBe('/readyz');
    expect(url.port || '80').toBe('80');
  });
});

describe('deploy/nginx.conf', () => {
  const directive = (name: string) => [...nginxConf.matchAll(new RegExp(`^\\s*${name}\\s+([^;{]*);`, 'gm'))].map((match) => match[1]);

  it('balances over both gateway services, on the port they listen on', () => {
    const servers = directive('server').map((args) => args!.split(/\s+/)[0]);
    expect(servers).toEqual(GATEWAYS.map((name) => `${name}:${configOf(name).port}`));
    expect(directive('proxy_pass')).toEqual(['http://gateways', 'http://gateways']);
  });

  it('retries on the other gateway after an error or timeout, idempotent requests only', () => {
    const [next] = directive('proxy_next_upstream');
    expect(next!.split(/\s+/)).toEqual(expect.arrayContaining(['error', 'timeout']));
    // non_idempotent would let nginx send a mutation a second time.
    expect(next).not.toContain('non_idempotent');
  });

  it('has room for large Surrogate-Key response headers and passes /readyz through', () => {
    expect(directive('proxy_buffer_size')).toEqual(['16k']);
    expect(nginxConf).toMatch(/location = \/readyz \{\s*proxy_pass http:\/\/gateways;/);
  });

  it('is accepted by a real `nginx -t` once the upstream hosts are loopback ports', async (context) => {
    if (skipNginxTests()) return context.skip();
    const check = checkNginxConfig({
      upstreams: ['127.0.0.1:14001', '127.0.0.1:14002'],
      listenPort: 14000,
      asRoot: process.getuid?.() === 0,
    });
    expect(check.output).toContain('syntax is ok');
    expect(check.ok, check.output).toBe(true);
  });

  it('the test rendering refuses a file whose rewritten lines moved, so tests never run a stale copy', () => {
    const options = { upstreams: ['127.0.0.1:14001'], listenPort: 14000, prefix: '/tmp/unused' };
    expect(renderNginxConfig(options, nginxConf)).toContain('listen 127.0.0.1:14000;');
    expect(() => renderNginxConfig(options, nginxConf.replace('listen 80;', 'listen 8080;'))).toThrow(/listen 80/);
    expect(() => renderNginxConfig(options, nginxConf.replace('server gateway-b:4000', 'server gateway-c:4000'))).toThrow(/gateway-a\|b/);
  });

  it('a broken configuration fails that check (it can fail)', (context) => {
    if (skipNginxTests()) return context.skip();
    const broken = nginxConf.replace('proxy_buffer_size 16k;', 'proxy_buffer_size sixteen;');
    const check = checkNginxConfig({ upstreams: ['127.0.0.1:14001'], listenPort: 14000, asRoot: process.getuid?.() === 0 }, broken);
    expect(check.ok).toBe(false);
    expect(check.output).toContain('proxy_buffer_size');
  });
});

describe('docker-compose.yml postgres service', () => {
  it('runs PostgreSQL 16 with a readiness check on its own database', () => {
    const pgEnv = environmentOf(postgres, hostEnv);
    expect(postgres.image).toBe('postgres:16');
    expect(Object.keys(pgEnv).sort()).toEqual(['POSTGRES_DB', 'POSTGRES_PASSWORD', 'POSTGRES_USER']);
    const test = [postgres.healthcheck?.test ?? ''].flat().join(' ');
    expect(test).toMatch(/\bpg_isready\b/);
    expect(test).toContain(`-U ${pgEnv.POSTGRES_USER}`);
    expect(test).toContain(`-d ${pgEnv.POSTGRES_DB}`);
  });

  it('keeps its data in a named volume', () => {
    const named = (postgres.volumes ?? [])
      .map((volume) => (typeof volume === 'string' ? volume.split(':') : [volume.source, volume.target]))
      .filter(([source, target]) => target === '/var/lib/postgresql/data' && source && !/^[./~]/.test(source));
    expect(named).toHaveLength(1);
    expect(Object.keys(compose.volumes ?? {})).toContain(named[0]![0]);
  });
});

describe('Dockerfile', () => {
  const instructions = dockerfileInstructions();
  const index = (keyword: string, pattern: RegExp) => instructions.findIndex(([k, a]) => k === keyword && pattern.test(a));

  it('exposes the port the gateway listens on', () => {
    const exposed = instructions.filter(([k]) => k === 'EXPOSE').map(([, args]) => args);
    expect(exposed).toEqual([String(gatewayConfig().port)]);
  });

  it('sets only valid gateway variables, so a bare `docker run` listens on the exposed port', () => {
    const env = dockerfileEnv();
    expect(Object.keys(env).filter((name) => !configNames.includes(name))).toEqual([]);
    expect(loadConfig(env)).toMatchObject({ host: '0.0.0.0', port: gatewayConfig().port, nodeEnv: 'production' });
  });

  it('installs devDependencies (prisma generate, the admin build) before NODE_ENV=production', () => {
    // With NODE_ENV=production set, npm ci omits devDependencies and the postinstall fails.
    const install = index('RUN', /\bnpm ci\b/);
    expect(install).toBeGreaterThan(-1);
    expect(instructions.slice(0, install).some(([k, a]) => (k === 'ENV' || k === 'ARG') && /NODE_ENV/.test(a))).toBe(false);
    expect(index('RUN', /npm run build --if-present/)).toBeGreaterThan(install);
  });

  it('starts from node 20 and runs npm start', () => {
    expect(instructions[0]).toEqual(['FROM', 'node:20-bookworm-slim']);
    expect(instructions.filter(([k]) => k === 'CMD').at(-1)).toEqual(['CMD', '["npm", "start"]']);
  });
});

describe('the compose interpolation used above', () => {
  it('follows compose rules', () => {
    const env = { SET: 'x', EMPTY: '' };
    expect(interpolate('${SET:-d} ${EMPTY:-d} ${EMPTY-d} ${MISSING-d} $SET $$SET ${MISSING}', env)).toBe('x d  d x $SET ');
    expect(() => interpolate('${EMPTY:?needed}', env)).toThrow('needed');
    expect(interpolate('${EMPTY?needed}', env)).toBe('');
  });
});
