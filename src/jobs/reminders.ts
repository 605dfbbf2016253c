import { z } from 'zod';
import { defineJob } from './definitions.ts';

/**
 * The reminder sweep (domain.md "Reminders"): every 15 minutes; outside working time it does nothing.
 * `now` pretends the sweep runs at another instant (`job run reminders --now`, tests); absent, it is now.
 */
export const reminderSweep = defineJob({
  queue: 'reminders',
  name: 'reminder-sweep',
  payload: z.object({ now: z.iso.datetime({ offset: true }).optional() }),
  schedule: { pattern: '*/15 * * * *', data: {} },
});
