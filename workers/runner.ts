import { UnrecoverableError, Worker, type WorkerOptions } from 'bullmq';
import { JOBS, QUEUE_NAMES } from '../src/jobs/index.ts';
import { createRedis } from '../src/jobs/queues.ts';
import type { Wiring } from '../src/wiring.ts';
import { processors } from './processors/index.ts';

export interface WorkersHandle {
  workers: Worker[];
  close(): Promise<void>;
}

/** Lock timing of the workers; tests that kill a worker shorten it so its job is taken over sooner. */
export type WorkerTuning = Pick<WorkerOptions, 'lockDuration' | 'stalledInterval'>;

/** Recurring runs are many (the outbox relay runs every 2 s): keep only the latest few in Redis. */
const SCHEDULED_RUN_RETENTION = { removeOnComplete: { count: 100 }, removeOnFail: { count: 500 } };

/** Jobs that run every few seconds (`every` schedules): their completions are logged at debug, not info. */
const HEARTBEAT_JOBS = new Set(
  Object.values(JOBS)
    .filter((def) => def.schedule && 'every' in def.schedule)
    .map((def) => def.name),
);

/**
 * A calendar job (the digest at 08:30, the sweep every 15 minutes) that fails — the database down at
 * that moment — is tried again for about half an hour; its ledger rows make a second run harmless.
 * Heartbeat jobs (every few seconds) need no retry: the next run comes soon anyway.
 */
const CALENDAR_JOB_RETRY = { attempts: 6, backoff: { type: 'exponential' as const, delay: 30_000 } };

/** Registers the recurring jobs' schedulers (idempotent: one scheduler per job name). */
export async function registerSchedulers(wiring: Wiring): Promise<void> {
  for (const def of Object.values(JOBS)) {
    if (!def.schedule) continue;
    const repeat =
      'every' in def.schedule
        ? { every: def.schedule.every }
        : { pattern: def.schedule.pattern, tz: wiring.config.timeZone };
    await wiring.queues[def.queue].upsertJobScheduler(def.name, repeat, {
      name: def.name,
      data: def.schedule.data,
      opts:
        'every' in def.schedule
          ? SCHEDULED_RUN_RETENTION
          : { ...SCHEDULED_RUN_RETENTION, ...CALENDAR_JOB_RETRY },
    });
  }
}

/** Starts one BullMQ worker per queue and registers the recurring jobs' schedulers. */
export async function startWorkers(wiring: Wiring, tuning: WorkerTuning = {}): Promise<WorkersHandle> {
  const { config, logger } = wiring;
  await registerSchedulers(wiring);
  // Schedulers live in Redis: one restarted without persistence comes back without them (and without
  // the relay that turns outbox rows into jobs), so they are put back on every reconnect.
  const reRegister = () => {
    registerSchedulers(wiring).catch((err: unknown) =>
      logger.warn({ err: (err as Error).message }, 'could not register job schedulers after reconnecting'),
    );
  };
  wiring.redis.on('ready', reRegister);
  const connection = createRedis(config.redisUrl, 'worker');
  connection.on('error', (err) => logger.warn({ err: err.message }, 'worker redis connection error'));
  const workers = QUEUE_NAMES.map((queue) => {
    const worker = new Worker(
      queue,
      async (job) => {
        const run = processors.get(job.name);
        if (!run) throw new UnrecoverableError(`no processor for job ${job.name}`);
        const result = await run(job, wiring);
        const level = HEARTBEAT_JOBS.has(job.name) ? 'debug' : 'info';
        logger[level]({ queue, job: job.name, id: job.id, result }, 'job done');
        return result;
      },
      { connection, prefix: config.queuePrefix, concurrency: 4, ...tuning },
    );
    worker.on('failed', (job, err) =>
      logger.error({ queue, job: job?.name, id: job?.id, err: err.message }, 'job failed'),
    );
    worker.on('error', (err) => logger.error({ queue, err: err.message }, 'worker error'));
    return worker;
  });
  return {
    workers,
    async close() {
      wiring.redis.off('ready', reRegister);
      await Promise.all(workers.map((w) => w.close()));
      connection.disconnect();
    },
  };
}
