// Builds the clients, repositories and services of one process with plain factory functions.

import type { Redis } from 'ioredis';
import type { Config } from './config/config.ts';
import type { Locale } from './i18n/index.ts';
import { closeQueues, createQueues, createRedis, type Queues } from './jobs/queues.ts';
import type { Logger } from './logger.ts';
import { createPrisma, type Db } from './persistence/prisma.ts';
import type { Readiness } from './slack/app.ts';
import type { SlackContext } from './slack/context.ts';

export interface Wiring {
  config: Config;
  logger: Logger;
  db: Db;
  redis: Redis;
  queues: Queues;
  readiness: Readiness;
  slackContext: SlackContext;
  /** The current instant; tests pass a fixed one. */
  clock: () => Date;
  close(): Promise<void>;
}

export function createWiring(config: Config, logger: Logger, clock: () => Date = () => new Date()): Wiring {
  const db = createPrisma(config.databaseUrl);
  const redis = createRedis(config.redisUrl, 'producer');
  redis.on('error', (err) => logger.warn({ err: err.message }, 'redis connection error'));
  const queues = createQueues(redis, config.queuePrefix);

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

  const slackContext: SlackContext = {
    logger,
    async localeOf(): Promise<Locale> {
      return config.locale;
    },
  };

  return {
    config,
    logger,
    db,
    redis,
    queues,
    readiness,
    slackContext,
    clock,
    async close() {
      await closeQueues(queues);
      redis.disconnect();
      await db.$disconnect();
    },
  };
}
