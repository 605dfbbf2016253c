import { z } from 'zod';
import { defineJob } from './definitions.ts';

export const pruneProcessedRequests = defineJob({
  queue: 'maintenance',
  name: 'prune-processed-requests',
  payload: z.object({ olderThanDays: z.number().int().positive() }),
  schedule: { pattern: '17 3 * * *', data: { olderThanDays: 7 } },
});
