// Baselines for `npm run bench`: `node --import tsx tests/bench/hello.ts raw|yoga` listens on
// HOST:PORT (the gateway's variables, server/src/config.ts) and answers {"data":{"hello":"world"}} — from bare node:http, or from a minimal Yoga
// (one-field schema, default plugins, GraphiQL and the landing page off) at /graphql.
import { createServer } from 'node:http';
import { createSchema, createYoga } from 'graphql-yoga';
import { loadConfig } from '../../server/src/config.ts';

const kind = process.argv[2];
const { port, host } = loadConfig();
const body = JSON.stringify({ data: { hello: 'world' } });

const server =
  kind === 'raw'
    ? createServer((_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
        res.end(body);
      })
    : createServer(
        createYoga({
          schema: createSchema({ typeDefs: 'type Query { hello: String! }', resolvers: { Query: { hello: () => 'world' } } }),
          graphiql: false,
          landingPage: false,
          logging: false,
        }),
      );
if (kind !== 'raw' && kind !== 'yoga') throw new Error('usage: hello.ts raw|yoga');
server.listen(port, host);
process.on('SIGTERM', () => server.close(() => process.exit(0)));
