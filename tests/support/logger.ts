// A pino logger whose JSON lines land in an array, for tests that check what the gateway logged.
import { Writable } from 'node:stream';
import pino from 'pino';

/** `lines` fills as pino writes (asynchronously: wait a tick before reading). */
export function capturingLogger() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { logger: pino({ level: 'info' }, stream), lines };
}
