// Every background job: its queue, name, payload schema and (when it recurs) its schedule.
// Shared by the web process (which enqueues) and the workers (which process).
import { z } from 'zod';

export const QUEUE_NAMES = ['maintenance'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

export interface JobDefinition<S extends z.ZodType = z.ZodType> {
  queue: QueueName;
  name: string;
  payload: S;
  /** Cron pattern in APP_TIMEZONE, registered as a BullMQ job scheduler. */
  schedule?: { pattern: string; data: z.input<S> };
}

function defineJob<S extends z.ZodType>(def: JobDefinition<S>): JobDefinition<S> {
  return def;
}

export const JOBS = {
  pruneProcessedRequests: defineJob({
    queue: 'maintenance',
    name: 'prune-processed-requests',
    payload: z.object({ olderThanDays: z.number().int().positive() }),
    schedule: { pattern: '17 3 * * *', data: { olderThanDays: 7 } },
  }),
} as const;

export type JobName = (typeof JOBS)[keyof typeof JOBS]['name'];
