import { z } from 'zod';
import { defineJob } from './definitions.ts';

/** Writes one accepted visit submission (a `visit_submissions` row) and shows the user the outcome. */
export const writeVisit = defineJob({
  queue: 'visits',
  name: 'write-visit',
  payload: z.object({ submissionId: z.string().regex(/^\d+$/) }),
});

/** Submissions still pending a minute after their ack: the web process that took them died, say. */
export const recoverVisitWrites = defineJob({
  queue: 'maintenance',
  name: 'recover-visit-writes',
  payload: z.object({}),
  schedule: { every: 30_000, data: {} },
});
