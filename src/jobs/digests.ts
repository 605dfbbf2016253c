import { z } from 'zod';
import { defineJob } from './definitions.ts';

/**
 * `now` (an ISO instant) lets an operator run the job for another moment (`job run digest --now …`);
 * the schedulers leave it out and the worker's clock decides the day.
 */
const runPayload = z.object({ now: z.iso.datetime({ offset: true }).optional() });

/** Every day at 08:30 local; it stores and posts only on working days (the make-up Saturday included). */
export const dailyDigest = defineJob({
  queue: 'digests',
  name: 'daily-digest',
  payload: runPayload,
  schedule: { pattern: '30 8 * * *', data: {} },
});

/**
 * Every day at 09:00 local; it posts only on the first working day of the ISO week, so a holiday Monday
 * moves the report to the day work resumes rather than skipping the week.
 */
export const weeklySupervision = defineJob({
  queue: 'digests',
  name: 'weekly-supervision',
  payload: runPayload,
  schedule: { pattern: '0 9 * * *', data: {} },
});
