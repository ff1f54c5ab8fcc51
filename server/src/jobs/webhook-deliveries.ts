// The webhook delivery worker: sends the deliveries the outbox (domain/webhook-outbox.ts) wrote,
// signed as Standard Webhooks asks, with retries. All its state is in the WebhookDelivery rows, so
// a restart loses nothing and several gateway processes on one PostgreSQL share the work.
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { Webhook as StandardWebhook } from 'standardwebhooks';
import type { PrismaClient } from '../__generated__/prisma/client.ts';
import type { Database } from '../db/database.ts';
import { hostOf, isPublicAddress, publicOnlyLookup } from '../domain/webhook-address.ts';
import { startPeriodicJob, type PeriodicJob } from './periodic.ts';

export interface WebhookDeliveryOptions {
  /** Longest one attempt may take (DNS, connect, request, whole response), in ms (WEBHOOK_TIMEOUT_MS). */
  timeoutMs: number;
  /** Delay before the first retry, in ms; attempt n is followed by base·2^(n-1) ±20 % (WEBHOOK_RETRY_BASE_MS). */
  retryBaseMs: number;
  /** Attempts before a delivery is FAILED (WEBHOOK_MAX_ATTEMPTS). */
  maxAttempts: number;
  /** Send to non-public addresses too (WEBHOOK_ALLOW_PRIVATE). */
  allowPrivate: boolean;
  /** Deliveries claimed and sent at once; default 10. */
  batchSize?: number;
  /**
   * How long a claim keeps other workers off a row, in ms; default timeoutMs + 30 s, so it outlasts
   * any attempt. A worker that dies mid-attempt leaves the row to be reclaimed when it expires.
   */
  leaseMs?: number;
  /**
   * Called after each attempt (main.ts logs it): the delivery, its attempt number (1-based), the
   * outcome, and whether it was recorded — false when this worker's claim had expired and another
   * worker had taken the delivery over meanwhile (its own attempt is the one on record).
   */
  onAttempt?: (attempt: { delivery: string; attempt: number; status: number | null; error: string | null; recorded: boolean }) => void;
}

/** One claimed delivery with what sending it needs. */
interface Claimed {
  id: string;
  payload: unknown;
  attempts: number;
  url: string;
  secret: string;
  /** The lease this claim wrote: the fencing token its outcome is recorded under. */
  claimedUntil: Date;
}

/** What one attempt gave: the HTTP status (null when no response came) and, unless 2xx, why it failed. */
interface Outcome {
  status: number | null;
  error: string | null;
}

/**
 * Claims up to `limit` due deliveries in one statement: PENDING, due, not under another worker's
 * unexpired lease, of an enabled webhook, and for each webhook only its oldest due delivery while
 * none of its deliveries is in flight — so a slow or hanging receiver holds at most one attempt
 * (and one worker slot) at a time, and the other webhooks' deliveries are not kept waiting
 * behind it. FOR UPDATE SKIP LOCKED lets concurrent claimers pass over each other's rows instead
 * of waiting and then taking them too, and the lease written in the same statement keeps later
 * claimers off until it expires.
 */
async function claimDue(prisma: PrismaClient, limit: number, leaseMs: number): Promise<Claimed[]> {
  return prisma.$queryRaw<Claimed[]>`
    UPDATE "WebhookDelivery" AS d
    SET "lockedUntil" = now() + ${leaseMs} * interval '1 millisecond'
    FROM "Webhook" AS w
    WHERE w.id = d."webhookId" AND d.id IN (
      SELECT due.id FROM "WebhookDelivery" AS due
      JOIN "Webhook" AS hook ON hook.id = due."webhookId"
      WHERE due.status = 'PENDING' AND due."nextAttemptAt" <= now()
        AND (due."lockedUntil" IS NULL OR due."lockedUntil" < now()) AND hook.enabled
        AND due.id = (
          SELECT oldest.id FROM "WebhookDelivery" AS oldest
          WHERE oldest."webhookId" = due."webhookId" AND oldest.status = 'PENDING' AND oldest."nextAttemptAt" <= now()
          ORDER BY oldest."nextAttemptAt", oldest.id LIMIT 1)
        AND NOT EXISTS (
          SELECT 1 FROM "WebhookDelivery" AS busy
          WHERE busy."webhookId" = due."webhookId" AND busy.status = 'PENDING' AND busy."lockedUntil" >= now())
      ORDER BY due."nextAttemptAt"
      LIMIT ${limit}
      FOR UPDATE OF due SKIP LOCKED)
    RETURNING d.id, d.payload, d.attempts, w.url, w.secret, d."lockedUntil" AS "claimedUntil"`;
}

/** Standard Webhooks headers for one attempt: the id is the delivery's (the same on every attempt), the timestamp now. */
export function signedHeaders(delivery: { id: string; secret: string }, body: string, at = new Date()): Record<string, string> {
  return {
    'content-type': 'application/json',
    'user-agent': 'lenatriestounderstand-webhooks/1',
    'webhook-id': delivery.id,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': new StandardWebhook(delivery.secret).sign(delivery.id, at, body),
  };
}

/**
 * POSTs `body` to `url` once. Redirects are not followed (a 3xx is a failed attempt: following one
 * would let a public receiver bounce us to a private address). Without `allowPrivate` the socket
 * connects only to addresses checked public at this very lookup (publicOnlyLookup), so a host
 * whose DNS changed since the webhook was saved cannot reach the private network.
 */
function post(
  url: URL,
  headers: Record<string, string>,
  body: string,
  options: { timeoutMs: number; allowPrivate: boolean; signal: AbortSignal },
) {
  return new Promise<Outcome>((resolve) => {
    const host = hostOf(url);
    if (!options.allowPrivate && net.isIP(host) && !isPublicAddress(host)) {
      resolve({ status: null, error: `${host} is not a public address.` });
      return;
    }
    const request = (url.protocol === 'https:' ? https : http).request(url, {
      method: 'POST',
      headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
      ...(options.allowPrivate ? {} : { lookup: publicOnlyLookup }),
      signal: options.signal,
    });
    const timer = setTimeout(() => request.destroy(new Error(`no complete answer within ${options.timeoutMs} ms`)), options.timeoutMs);
    const done = (outcome: Outcome) => {
      clearTimeout(timer);
      resolve(outcome);
    };
    request.on('error', (error) => done({ status: null, error: error.message }));
    request.on('response', (response) => {
      const status = response.statusCode ?? 0;
      // Read (and drop) the whole answer so the timeout covers it and the socket is freed.
      response.on('data', () => {});
      response.on('error', (error) => done({ status, error: error.message }));
      response.on('end', () => done({ status, error: status >= 200 && status < 300 ? null : `HTTP ${status}` }));
    });
    request.end(body);
  });
}

/** Milliseconds before the attempt after attempt number `attempts` (1-based): base·2^(attempts-1), ±20 % so retries of many deliveries spread out. */
export function retryDelayMs(retryBaseMs: number, attempts: number, random = Math.random): number {
  return Math.round(retryBaseMs * 2 ** (attempts - 1) * (0.8 + 0.4 * random()));
}

/**
 * Records the outcome of one attempt, only if the claim is still this worker's: the row's
 * `lockedUntil` is still the lease the claim wrote (a fencing token). A worker that stalled past
 * its lease (a long GC pause, a frozen VM) finds another worker's newer lease there and records
 * nothing, so its late outcome cannot overwrite the other's (turn DELIVERED back into PENDING and
 * send it a third time).
 * @returns whether the outcome was recorded.
 */
async function record(prisma: PrismaClient, delivery: Claimed, outcome: Outcome, options: WebhookDeliveryOptions): Promise<boolean> {
  const attempts = delivery.attempts + 1;
  const claim = delivery.claimedUntil.toISOString();
  if (outcome.error === null) {
    const updated = await prisma.$executeRaw`
      UPDATE "WebhookDelivery"
      SET status = 'DELIVERED', attempts = ${attempts}, "responseStatus" = ${outcome.status}, "lastError" = NULL,
        "deliveredAt" = now(), "lockedUntil" = NULL
      WHERE id = ${delivery.id} AND "lockedUntil" = ${claim}::timestamptz`;
    return updated === 1;
  }
  const failed = attempts >= options.maxAttempts;
  const delayMs = retryDelayMs(options.retryBaseMs, attempts);
  const lastError = outcome.error.slice(0, 500);
  // The next attempt is timed on the database's clock, as the claim compares with it.
  const updated = await prisma.$executeRaw`
    UPDATE "WebhookDelivery"
    SET attempts = ${attempts}, "responseStatus" = ${outcome.status}, "lastError" = ${lastError}, "lockedUntil" = NULL,
      status = ${failed ? 'FAILED' : 'PENDING'}::"WebhookDeliveryStatus",
      "nextAttemptAt" = CASE WHEN ${failed} THEN "nextAttemptAt" ELSE now() + ${delayMs} * interval '1 millisecond' END
    WHERE id = ${delivery.id} AND "lockedUntil" = ${claim}::timestamptz`;
  return updated === 1;
}

/**
 * One pass of the worker: keeps up to `batchSize` attempts in flight, claiming more as each one
 * ends, until none is due or `signal` aborts; each claimed delivery is attempted once. An attempt
 * cut short by `signal` is not recorded: its lease expires and it is attempted again (at least
 * once delivery).
 * @returns the number of attempts made.
 */
export async function deliverDueWebhooks(prisma: PrismaClient, options: WebhookDeliveryOptions, signal: AbortSignal): Promise<number> {
  const leaseMs = options.leaseMs ?? options.timeoutMs + 30_000;
  const slots = options.batchSize ?? 10;
  const inFlight = new Set<Promise<void>>();
  let attempted = 0;
  const attempt = async (delivery: Claimed) => {
    const body = JSON.stringify(delivery.payload);
    const outcome = await post(new URL(delivery.url), signedHeaders(delivery, body), body, { ...options, signal });
    if (signal.aborted) return;
    attempted += 1;
    const recorded = await record(prisma, delivery, outcome, options);
    options.onAttempt?.({ delivery: delivery.id, attempt: delivery.attempts + 1, ...outcome, recorded });
  };
  try {
    while (!signal.aborted) {
      // One claim per ended attempt at most: a freed slot is filled at once, and a webhook whose
      // attempt just ended may have its next delivery due.
      if (inFlight.size < slots) {
        for (const delivery of await claimDue(prisma, slots - inFlight.size, leaseMs)) {
          const running: Promise<void> = attempt(delivery).finally(() => inFlight.delete(running));
          inFlight.add(running);
        }
      }
      if (inFlight.size === 0) break;
      await Promise.race(inFlight);
    }
  } finally {
    // A failing attempt (a database error while recording) still lets the others finish first.
    await Promise.allSettled(inFlight);
  }
  return attempted;
}

/**
 * Starts the worker: a pass every `intervalMs` (default 1000: a retry is at most that late), and
 * one right after any commit that wrote a WebhookDelivery row (an event enqueued, a test event),
 * so deliveries go out at once. `stop()` ends it (call before closing the database).
 */
export function startWebhookDeliveries(
  db: Database,
  options: WebhookDeliveryOptions & { intervalMs?: number; onError: (error: unknown) => void },
): PeriodicJob {
  const job = startPeriodicJob({
    intervalMs: options.intervalMs ?? 1000,
    run: (signal) => deliverDueWebhooks(db.prisma, options, signal).then(() => undefined),
    onError: options.onError,
  });
  const unsubscribe = db.onCommittedWrite((tables) => {
    if (tables.includes('WebhookDelivery') || tables.includes('*')) job.wake();
  });
  return {
    wake: job.wake,
    stop: async () => {
      unsubscribe();
      await job.stop();
    },
  };
}
