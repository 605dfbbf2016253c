import { type Job, UnrecoverableError } from 'bullmq';
import type { z } from 'zod';
import type { JobDefinition } from '../../src/jobs/definitions.ts';
import type { Wiring } from '../../src/wiring.ts';

export type Processor = (job: Job, wiring: Wiring) => Promise<unknown>;
export type ProcessorEntry = readonly [name: string, run: Processor];

/** Binds a job definition to its handler; the payload is validated before the handler sees it. */
export function processorFor<S extends z.ZodType>(
  def: JobDefinition<S>,
  run: (payload: z.output<S>, wiring: Wiring, job: Job) => Promise<unknown>,
): ProcessorEntry {
  return [
    def.name,
    async (job, wiring) => {
      const parsed = def.payload.safeParse(job.data);
      // A payload that fails its schema will fail the same way on every retry.
      if (!parsed.success) {
        throw new UnrecoverableError(`bad payload for ${def.name}: ${parsed.error.message}`);
      }
      return run(parsed.data, wiring, job);
    },
  ];
}
