import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { configVariables, loadConfig } from '../../server/src/config.ts';

// No Docker engine runs here or in CI, so docker-compose.yml and the Dockerfile are checked by
// reading them: a variable the gateway doesn't know, a port or credential that disagrees, or a
// wrong health path would otherwise surface only on a user's first `docker compose up`.

const root = new URL('../../', import.meta.url);
const read = (file: string) => readFileSync(fileURLToPath(new URL(file, root)), 'utf8');

interface Service {
  image?: string;
  build?: string | { context?: string; dockerfile?: string };
  environment?: Record<string, string | number | boolean | null> | string[];
  ports?: Array<string | number | { target: number; published?: string | number }>;
  depends_on?: string[] | Record<string, { condition?: string }>;
  healthcheck?: { test: string | string[] };
  volumes?: Array<string | { type?: string; source?: string; target: string }>;
}
const compose = parse(read('docker-compose.yml')) as { services: Record<string, Service>; volumes?: Record<string, unknown> };
const postgres = compose.services.postgres!;
const gateway = compose.services.gateway!;

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
const gatewayEnv = () => environmentOf(gateway, hostEnv);
const gatewayConfig = () => loadConfig(gatewayEnv());
const configNames = configVariables.map((v) => v.name);

describe('docker-compose.yml gateway service', () => {
  it('sets only variables the gateway reads, all of them valid', () => {
    expect(Object.keys(gatewayEnv()).filter((name) => !configNames.includes(name))).toEqual([]);
    expect(gatewayConfig()).toMatchObject({ host: '0.0.0.0', nodeEnv: 'production' });
  });

  it('needs the admin password from the host and defaults the rest', () => {
    expect(() => environmentOf(gateway, {})).toThrow(/ADMIN_PASSWORD/);
    expect(gatewayConfig().adminEmail).toBeDefined();
    expect(gatewayConfig().adminPassword).toBe(hostEnv.ADMIN_PASSWORD);
  });

  it('takes overrides from the host environment', () => {
    const env = environmentOf(gateway, { ...hostEnv, ADMIN_EMAIL: 'lena@example.com', LOG_LEVEL: 'debug' });
    expect(loadConfig(env)).toMatchObject({ adminEmail: 'lena@example.com', logLevel: 'debug' });
  });

  it('publishes the port it listens on', () => {
    const containerPorts = (gateway.ports ?? []).map((port) =>
      typeof port === 'object'
        ? Number(port.target)
        : Number(
            String(port)
              .replace(/\/(tcp|udp)$/, '')
              .split(':')
              .at(-1),
          ),
    );
    expect(containerPorts).toEqual([gatewayConfig().port]);
    expect(gateway.ports).toEqual([`${gatewayConfig().port}:${gatewayConfig().port}`]);
  });

  it('connects to the postgres service with its credentials', () => {
    const url = new URL(gatewayConfig().databaseUrl!);
    const pgEnv = environmentOf(postgres, hostEnv);
    expect(compose.services[url.hostname]).toBe(postgres);
    expect(url.port || '5432').toBe('5432');
    expect(decodeURIComponent(url.username)).toBe(pgEnv.POSTGRES_USER);
    expect(decodeURIComponent(url.password)).toBe(pgEnv.POSTGRES_PASSWORD);
    expect(decodeURIComponent(url.pathname.slice(1))).toBe(pgEnv.POSTGRES_DB);
  });

  it('starts only once postgres is healthy', () => {
    expect(gateway.depends_on).toEqual({ postgres: { condition: 'service_healthy' } });
  });

  it('checks its own health at /healthz on its port', () => {
    const test = [gateway.healthcheck?.test ?? ''].flat().join(' ');
    const url = new URL(test.match(/https?:\/\/[^'"\s)]+/)?.[0] ?? 'missing:');
    expect(url.pathname).toBe('/healthz');
    expect(Number(url.port)).toBe(gatewayConfig().port);
  });

  it('is built from this repository’s Dockerfile', () => {
    expect(gateway.build === '.' || (typeof gateway.build === 'object' && (gateway.build.context ?? '.') === '.')).toBe(true);
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
