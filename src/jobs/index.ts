// Every job of the product. A feature adds its definitions file here.
import type { JobDefinition } from './definitions.ts';
import { deliver, relayOutbox } from './delivery.ts';
import { dailyDigest, weeklySupervision } from './digests.ts';
import { pruneProcessedRequests } from './maintenance.ts';
import { reminderSweep } from './reminders.ts';
import { recoverVisitWrites, writeVisit } from './visits.ts';

export const JOBS = {
  pruneProcessedRequests,
  relayOutbox,
  deliver,
  dailyDigest,
  weeklySupervision,
  reminderSweep,
  writeVisit,
  recoverVisitWrites,
} as const satisfies Record<string, JobDefinition>;

export { defineJob, type JobDefinition, QUEUE_NAMES, type QueueName } from './definitions.ts';
