// Topics of the outbox: a topic is a name and a payload schema (declared by the feature that writes
// it) plus a handler that turns one payload into Slack calls (run by the `deliver` job). The handlers
// of the product are listed in ./topic-handlers.ts.
import type { z } from 'zod';
import type { Config } from '../config/config.ts';
import type { t, translator } from '../i18n/index.ts';
import type { Logger } from '../logger.ts';
import type { Db } from '../persistence/prisma.ts';
import type { SlackSender } from './slack-sender.ts';

export interface TopicDefinition<S extends z.ZodType = z.ZodType> {
  /** Dotted name stored in `outbox.topic`, e.g. `issue.moved`. */
  name: string;
  payload: S;
}

export function defineTopic<S extends z.ZodType>(def: TopicDefinition<S>): TopicDefinition<S> {
  return def;
}

/** What a handler may use. `slack` is already bound to this delivery (see SlackSender.forDelivery). */
export interface DeliveryDeps {
  slack: SlackSender;
  db: Db;
  logger: Logger;
  clock: () => Date;
  i18n: { t: typeof t; translator: typeof translator };
  config: Config;
  /** The outbox row being delivered: its key names what was sent, for handlers keeping their own ledger. */
  delivery: {
    outboxId: bigint;
    dedupeKey: string;
    attempts: number;
    /** Runs of this handler begun before for the row: above 0, an earlier run may have sent already. */
    earlierRuns: number;
    /** When the row was written (nothing it sends can be older). */
    createdAt: Date;
  };
}

/**
 * Sends one message. It may throw PermanentSlackError (or any PermanentDeliveryError) to dead-letter
 * the message; any other error is retried with backoff. It may run more than once for one row (a
 * crash after Slack accepted and before the row was marked done), so it must be safe to repeat or
 * check its own ledger first.
 */
export type TopicHandler<P> = (payload: P, deps: DeliveryDeps) => Promise<void>;

/** A failure retrying cannot fix, raised by a handler about its own data (a deleted issue, say). */
export class PermanentDeliveryError extends Error {
  override readonly name = 'PermanentDeliveryError';
}

/**
 * No handler for a stored topic. Retried, not dead-lettered: during a rolling deploy a new web process
 * can write a topic before the workers that handle it are running.
 */
export class UnknownTopicError extends Error {
  override readonly name = 'UnknownTopicError';
  constructor(readonly topic: string) {
    super(`no handler for topic ${topic}`);
  }
}

export interface TopicEntry {
  name: string;
  /** Validates the stored payload (throwing PermanentDeliveryError) and runs the handler. */
  handle(payload: unknown, deps: DeliveryDeps): Promise<void>;
}

/** Binds a topic to its handler; the stored payload is checked against the topic's schema first. */
export function handlerFor<S extends z.ZodType>(
  topic: TopicDefinition<S>,
  handler: TopicHandler<z.output<S>>,
): TopicEntry {
  return {
    name: topic.name,
    async handle(payload, deps) {
      const parsed = topic.payload.safeParse(payload);
      // A payload that fails its schema now will fail the same way on every retry.
      if (!parsed.success) {
        throw new PermanentDeliveryError(`bad payload for topic ${topic.name}: ${parsed.error.message}`);
      }
      await handler(parsed.data, deps);
    },
  };
}

export interface TopicRegistry {
  /** The topic's entry; throws UnknownTopicError for a name nobody handles. */
  get(name: string): TopicEntry;
  has(name: string): boolean;
  names(): string[];
}

export function createTopicRegistry(entries: readonly TopicEntry[]): TopicRegistry {
  const byName = new Map<string, TopicEntry>();
  for (const entry of entries) {
    if (byName.has(entry.name)) throw new Error(`topic ${entry.name} has two handlers`);
    byName.set(entry.name, entry);
  }
  return {
    get(name) {
      const entry = byName.get(name);
      if (!entry) throw new UnknownTopicError(name);
      return entry;
    },
    has: (name) => byName.has(name),
    names: () => [...byName.keys()],
  };
}
