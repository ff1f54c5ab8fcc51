// Baselines for `npm run bench`: `node --import tsx tests/bench/hello.ts raw|yoga|replay <file>`
// listens on HOST:PORT (the gateway's variables, server/src/config.ts).
//   raw     bare node:http answering {"data":{"hello":"world"}}
//   yoga    a minimal Yoga (one-field schema, default plugins, GraphiQL and the landing page off)
//           answering the same at /graphql
//   replay  bare node:http answering every request with the status, headers and body recorded in
//           <file> (JSON, see Recorded): the fastest anything can send the gateway's exact answer
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createSchema, createYoga } from 'graphql-yoga';
import { loadConfig } from '../../server/src/config.ts';

/** A response as `npm run bench` recorded it: raw header pairs in the order they were sent. */
export interface Recorded {
  status: number;
  headers: [string, string][];
  body: string;
}

const kind = process.argv[2];
const { port, host } = loadConfig();
const body = JSON.stringify({ data: { hello: 'world' } });

function replayServer(file: string | undefined) {
  if (!file) throw new Error('usage: hello.ts replay <recorded response JSON>');
  const recorded = JSON.parse(readFileSync(file, 'utf8')) as Recorded;
  const bytes = Buffer.from(recorded.body);
  // One flat array, as node:http's writeHead accepts it: no per-request header object.
  const headers = recorded.headers.flat();
  return createServer((_req, res) => {
    res.writeHead(recorded.status, headers);
    res.end(bytes);
  });
}

const server =
  kind === 'raw'
    ? createServer((_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
        res.end(body);
      })
    : kind === 'replay'
      ? replayServer(process.argv[3])
      : createServer(
          createYoga({
            schema: createSchema({ typeDefs: 'type Query { hello: String! }', resolvers: { Query: { hello: () => 'world' } } }),
            graphiql: false,
            landingPage: false,
            logging: false,
          }),
        );
if (kind !== 'raw' && kind !== 'yoga' && kind !== 'replay') throw new Error('usage: hello.ts raw|yoga|replay <file>');
server.listen(port, host);
process.on('SIGTERM', () => server.close(() => process.exit(0)));
