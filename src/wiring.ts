// Builds the clients, repositories and services of one process with plain factory functions.

import { webApi } from '@slack/bolt';
import type { Redis } from 'ioredis';
import type { Config } from './config/config.ts';
import { createSlackSender, type SlackSender } from './delivery/slack-sender.ts';
import { closeQueues, createQueues, createRedis, type Queues } from './jobs/queues.ts';
import type { Logger } from './logger.ts';
import { createAckQueries } from './persistence/ack-queries.ts';
import { createPrisma, type Db } from './persistence/prisma.ts';
import { type AppServices, createServices } from './services/index.ts';
import type { Readiness } from './slack/app.ts';
import { toBoltLogger } from './slack/bolt-logger.ts';
import type { SlackContext } from './slack/context.ts';
import { createSlackLocaleOf } from './slack/locale/index.ts';

export interface Wiring {
  config: Config;
  logger: Logger;
  db: Db;
  redis: Redis;
  queues: Queues;
  /** Every message the background sends on its own goes through it (pacing, Retry-After, typed failures). */
  slack: SlackSender;
  /**
   * A worker finishing what a user just did (their "saving…" modal): answered at once like a
   * listener's client, waiting out a 429 itself, not queued behind broadcasts' pacing.
   */
  interactive: webApi.WebClient;
  readiness: Readiness;
  services: AppServices;
  slackContext: SlackContext;
  /** The current instant; tests pass a fixed one. */
  clock: () => Date;
  close(): Promise<void>;
}

export function createWiring(config: Config, logger: Logger, clock: () => Date = () => new Date()): Wiring {
  const db = createPrisma(config.databaseUrl);
  // Pre-ack reads get their own few connections: an ack never queues behind post-ack writes.
  const ackQueries = createAckQueries(config.databaseUrl);
  const redis = createRedis(config.redisUrl, 'producer');
  redis.on('error', (err) => logger.warn({ err: err.message }, 'redis connection error'));
  const queues = createQueues(redis, config.queuePrefix);
  const slack = createSlackSender({
    token: config.slack.botToken,
    apiUrl: config.slack.apiUrl,
    redis,
    keyPrefix: config.queuePrefix,
    logger,
  });

  const interactive = new webApi.WebClient(config.slack.botToken, {
    ...(config.slack.apiUrl ? { slackApiUrl: config.slack.apiUrl } : {}),
    logger: toBoltLogger(logger),
  });

  const readiness: Readiness = {
    async check() {
      const [database, redisState] = await Promise.all([
        db.$queryRaw`select 1`.then(
          () => 'ok' as const,
          (err: unknown) => `unreachable: ${(err as Error).message}`,
        ),
        redis.ping().then(
          (pong) => (pong === 'PONG' ? ('ok' as const) : `unexpected answer ${pong}`),
          (err: unknown) => `unreachable: ${(err as Error).message}`,
        ),
      ]);
      return { database, redis: redisState };
    },
  };

  const services = createServices({ db, ackQueries, timeZone: config.timeZone, clock });
  const slackContext: SlackContext = {
    logger,
    services,
    // users.info (include_locale), cached on the cadre row and in memory; APP_LOCALE when Slack fails.
    localeOf: createSlackLocaleOf({ db, logger, clock, fallback: config.locale, slack: config.slack }),
  };

  return {
    config,
    logger,
    db,
    redis,
    queues,
    slack,
    interactive,
    readiness,
    services,
    slackContext,
    clock,
    async close() {
      await closeQueues(queues);
      redis.disconnect();
      await Promise.all([db.$disconnect(), ackQueries.close()]);
    },
  };
}
