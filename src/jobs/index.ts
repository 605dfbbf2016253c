// Every job of the product. A feature adds its definitions file here.
import type { JobDefinition } from './definitions.ts';
import { pruneProcessedRequests } from './maintenance.ts';

export const JOBS = {
  pruneProcessedRequests,
} as const satisfies Record<string, JobDefinition>;

export { defineJob, type JobDefinition, QUEUE_NAMES, type QueueName } from './definitions.ts';
