// The one way this app writes to Slack from the background: every call is spaced under Slack's limits
// (shared by all worker processes through Redis), a 429 waits its Retry-After without counting as a
// failure, and a failure comes out typed so the caller knows whether to retry, wait or give up.
// The WebClient's own retries are off: two retry loops stacked would multiply the waits and hide the
// outcome from the outbox row that records it.
import { setTimeout as sleep } from 'node:timers/promises';
import { webApi } from '@slack/bolt';
import type { Redis } from 'ioredis';
import type { Logger } from '../logger.ts';
import { toBoltLogger } from '../slack/bolt-logger.ts';
import { createRedisPacer, type Pacer } from './pacer.ts';
import { classifySlackFailure, SlackSendDeferred, TransientSlackError } from './slack-errors.ts';
import { methodScope, type Pace, pacesFor } from './slack-limits.ts';

export type SlackArgs = Record<string, unknown>;
export type SlackResult = webApi.WebAPICallResult;

export interface SlackSender {
  /**
   * Calls a Web API method once Slack's limits allow. Throws PermanentSlackError (give up),
   * TransientSlackError (try again later, an attempt) or SlackSendDeferred (try again at `notBefore`,
   * not an attempt).
   */
  call<T extends SlackResult = SlackResult>(method: string, args?: SlackArgs): Promise<T>;
  postMessage(args: webApi.ChatPostMessageArguments): Promise<webApi.ChatPostMessageResponse>;
  update(args: webApi.ChatUpdateArguments): Promise<webApi.ChatUpdateResponse>;
  /**
   * The sender as one delivery uses it: a wait longer than `maxInlineWaitMs` is not slept through but
   * thrown as SlackSendDeferred, and the slot stays reserved under `deliveryKey` so that the delivery,
   * run again at that time, finds its place instead of queueing anew. Without it, calls wait inline.
   */
  forDelivery(deliveryKey: string): SlackSender;
}

export interface SlackSenderOptions {
  token?: string;
  /** Base URL of the Web API (`https://slack.com/api/` when unset; the fake's in tests). */
  apiUrl?: string;
  redis: Redis;
  /** Namespaces the pacing keys (the queue prefix), so deployments and tests sharing a Redis stay apart. */
  keyPrefix: string;
  logger: Logger;
  /**
   * Longest pacing or Retry-After wait a delivery sleeps through before it is deferred (default 1.5 s):
   * a sleeping job holds a worker slot other channels could use; a delayed job holds nothing.
   */
  maxInlineWaitMs?: number;
  /** Per-request timeout (default 30 s); a timeout is a transient failure. */
  timeoutMs?: number;
}

/** 429s answered in a row before the call is handed back as deferred, whatever the wait. */
const MAX_INLINE_RATE_LIMITS = 5;

export function createSlackSender(options: SlackSenderOptions): SlackSender {
  const logger = options.logger.child({ component: 'slack-sender' });
  const client = new webApi.WebClient(options.token, {
    ...(options.apiUrl ? { slackApiUrl: options.apiUrl } : {}),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: options.timeoutMs ?? 30_000,
    logger: toBoltLogger(logger),
  });
  const pacer = createRedisPacer(options.redis, options.keyPrefix);
  const maxInlineWaitMs = options.maxInlineWaitMs ?? 1500;

  async function call(method: string, args: SlackArgs, ticket: string | undefined): Promise<SlackResult> {
    // Workers started before SLACK_BOT_TOKEN is set keep their messages until it is, rather than
    // dead-lettering them all as not_authed.
    if (!options.token) throw new TransientSlackError(method, 'no_bot_token: SLACK_BOT_TOKEN is not set');
    const paces = pacesFor(method, args);
    const maxWaitMs = ticket ? maxInlineWaitMs : Number.POSITIVE_INFINITY;
    for (let rateLimited = 0; ; ) {
      await waitForSlot(pacer, method, paces, maxWaitMs, ticket);
      try {
        return await client.apiCall(method, args);
      } catch (error) {
        const outcome = classifySlackFailure(method, error, Date.now());
        if (!(outcome instanceof SlackSendDeferred)) throw outcome;
        const retryAfterMs = outcome.notBefore.getTime() - Date.now();
        logger.warn({ method, retryAfterMs }, 'Slack rate limited a call; waiting Retry-After');
        // Everyone sending this method waits, in every process: the pacer holds the method's slot.
        const paused = await pacer.pause(methodPace(method, paces), retryAfterMs).then(
          () => true,
          () => false,
        );
        rateLimited += 1;
        if (rateLimited >= MAX_INLINE_RATE_LIMITS || retryAfterMs > maxWaitMs) throw outcome;
        if (!paused) await sleep(retryAfterMs);
      }
    }
  }

  function sender(deliveryKey: string | undefined): SlackSender {
    let calls = 0;
    // The n-th call of a delivery keeps the same ticket across runs of its handler.
    const next = <T>(method: string, args: SlackArgs) =>
      call(method, args, deliveryKey === undefined ? undefined : `${deliveryKey}#${calls++}`) as Promise<T>;
    return {
      call: (method, args = {}) => next(method, args),
      postMessage: (args) => next('chat.postMessage', args as unknown as SlackArgs),
      update: (args) => next('chat.update', args as unknown as SlackArgs),
      forDelivery: (key) => sender(key),
    };
  }

  return sender(undefined);
}

function methodPace(method: string, paces: Pace[]): Pace {
  const scope = methodScope(method);
  return paces.find((p) => p.scope === scope) ?? { scope, intervalMs: 1000, burst: 1 };
}

async function waitForSlot(
  pacer: Pacer,
  method: string,
  paces: Pace[],
  maxWaitMs: number,
  ticket: string | undefined,
): Promise<void> {
  let reservation: Awaited<ReturnType<Pacer['reserve']>>;
  try {
    reservation = await pacer.reserve(paces, { maxWaitMs, ...(ticket ? { ticket } : {}) });
  } catch (error) {
    // Without Redis there is no shared pacing, and no queue to come back to either: try again later.
    throw new TransientSlackError(method, `pacing_unavailable: ${(error as Error).message}`);
  }
  if (!reservation.go)
    throw new SlackSendDeferred(method, new Date(Date.now() + reservation.waitMs), 'paced');
  if (reservation.waitMs > 0) await sleep(reservation.waitMs);
}
