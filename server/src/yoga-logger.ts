import type { YogaLogger } from 'graphql-yoga';
import type { Logger } from 'pino';
import { currentRequestId } from './request-context.ts';

/**
 * Yoga's own log calls (`debug/info/warn/error(...args)`) as pino lines carrying the current
 * request's id, so an error Yoga logs can be matched with the request's log line and with the
 * `requestId` a masked error shows the client. The arguments are joined as text; an Error among
 * them is also passed as `err`, so pino keeps its stack.
 */
export function yogaLogger(logger: Logger): YogaLogger {
  const fields = (extra: object = {}) => ({ requestId: currentRequestId(), ...extra });
  const text = (args: unknown[]) => args.map(String).join(' ');
  return {
    debug: (...args) => logger.debug(fields(), text(args)),
    info: (...args) => logger.info(fields(), text(args)),
    warn: (...args) => logger.warn(fields(), text(args)),
    error: (...args) => logger.error(fields({ err: args.find((a) => a instanceof Error) }), text(args)),
  };
}
