import { type Job, UnrecoverableError, Worker } from 'bullmq';
import { JOBS, type JobDefinition, QUEUE_NAMES } from '../src/jobs/definitions.ts';
import { createRedis } from '../src/jobs/queues.ts';
import type { Wiring } from '../src/wiring.ts';
import { pruneProcessedRequests } from './processors/prune-processed-requests.ts';

type Processor = (job: Job, wiring: Wiring) => Promise<unknown>;

function handler<D extends JobDefinition>(
  def: D,
  run: (payload: ReturnType<D['payload']['parse']>, wiring: Wiring, job: Job) => Promise<unknown>,
): [string, Processor] {
  return [
    def.name,
    async (job, wiring) => {
      const parsed = def.payload.safeParse(job.data);
      // A payload that fails its schema will fail the same way on every retry.
      if (!parsed.success)
        throw new UnrecoverableError(`bad payload for ${def.name}: ${parsed.error.message}`);
      return run(parsed.data as ReturnType<D['payload']['parse']>, wiring, job);
    },
  ];
}

const processors = new Map<string, Processor>([
  handler(JOBS.pruneProcessedRequests, (payload, w) => pruneProcessedRequests(w.db, payload, new Date())),
]);

export interface WorkersHandle {
  workers: Worker[];
  close(): Promise<void>;
}

/** Starts one BullMQ worker per queue and registers the recurring jobs' schedulers. */
export async function startWorkers(wiring: Wiring): Promise<WorkersHandle> {
  const { config, logger, queues } = wiring;
  for (const def of Object.values(JOBS)) {
    if (!def.schedule) continue;
    await queues[def.queue].upsertJobScheduler(
      def.name,
      { pattern: def.schedule.pattern, tz: config.timeZone },
      { name: def.name, data: def.schedule.data },
    );
  }
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
