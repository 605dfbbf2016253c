import { UnrecoverableError, Worker } from 'bullmq';
import { JOBS, QUEUE_NAMES } from '../src/jobs/index.ts';
import { createRedis } from '../src/jobs/queues.ts';
import type { Wiring } from '../src/wiring.ts';
import { processors } from './processors/index.ts';

export interface WorkersHandle {
  workers: Worker[];
  close(): Promise<void>;
}

/** Registers the recurring jobs' schedulers (idempotent: one scheduler per job name). */
export async function registerSchedulers(wiring: Wiring): Promise<void> {
  for (const def of Object.values(JOBS)) {
    if (!def.schedule) continue;
    await wiring.queues[def.queue].upsertJobScheduler(
      def.name,
      { pattern: def.schedule.pattern, tz: wiring.config.timeZone },
      { name: def.name, data: def.schedule.data },
    );
  }
}

/** Starts one BullMQ worker per queue and registers the recurring jobs' schedulers. */
export async function startWorkers(wiring: Wiring): Promise<WorkersHandle> {
  const { config, logger } = wiring;
  await registerSchedulers(wiring);
  const connection = createRedis(config.redisUrl, 'worker');
  connection.on('error', (err) => logger.warn({ err: err.message }, 'worker redis connection error'));
  const workers = QUEUE_NAMES.map((queue) => {
    const worker = new Worker(
      queue,
      async (job) => {
        const run = processors.get(job.name);
        if (!run) throw new UnrecoverableError(`no processor for job ${job.name}`);
        const result = await run(job, wiring);
        logger.info({ queue, job: job.name, id: job.id, result }, 'job done');
        return result;
      },
      { connection, prefix: config.queuePrefix, concurrency: 4 },
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
      await Promise.all(workers.map((w) => w.close()));
      connection.disconnect();
    },
  };
}
