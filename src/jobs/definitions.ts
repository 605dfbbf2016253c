// The shape of a background job: its queue, name, payload schema and (when it recurs) its schedule.
// Each feature declares its jobs in a file of its own beside this one; ./index.ts lists them all.
import type { z } from 'zod';

/**
 * Queues split work by how it must be paced: delivery talks to Slack under its rate limits, visits
 * writes submissions a web process stored but did not write (never behind a digest's messages), the
 * others read and write PostgreSQL.
 */
export const QUEUE_NAMES = ['maintenance', 'outbox', 'delivery', 'reminders', 'digests', 'visits'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

export interface JobDefinition<S extends z.ZodType = z.ZodType> {
  queue: QueueName;
  name: string;
  payload: S;
  /** Registered as a BullMQ job scheduler: a cron `pattern` in APP_TIMEZONE, or `every` so many ms. */
  schedule?: ({ pattern: string } | { every: number }) & { data: z.input<S> };
}

export function defineJob<S extends z.ZodType>(def: JobDefinition<S>): JobDefinition<S> {
  return def;
}
