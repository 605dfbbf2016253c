import { z } from 'zod';
import { defineJob } from './definitions.ts';

/**
 * Moves committed outbox rows to the delivery queue. Runs every 2 s from a job scheduler, and at once
 * when a web process nudges it after writing (src/delivery/nudge.ts).
 */
export const relayOutbox = defineJob({
  queue: 'outbox',
  name: 'relay-outbox',
  payload: z.object({}),
  schedule: { every: 2000, data: {} },
});

/** Sends one outbox row through its topic's handler. Its job id is `outbox-<row id>`. */
export const deliver = defineJob({
  queue: 'delivery',
  name: 'deliver',
  payload: z.object({ outboxId: z.string().regex(/^[1-9]\d*$/, 'an outbox row id') }),
});
