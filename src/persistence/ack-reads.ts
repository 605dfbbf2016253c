// The reads a Slack request waits on before its ack, on a small node-postgres pool of their own.
// Measured (docs/benchmarks.md): through Prisma's pool, a submission's one pre-ack query queued
// behind the post-ack writes holding its 10 connections, and each Prisma query cost the event loop
// ~0.5 ms of CPU against ~0.16 ms for a prepared node-postgres one. Post-ack work stays on Prisma.
import pg from 'pg';
import type { Db } from './prisma.ts';
import {
  type SubmissionFacts,
  type SubmissionFactsQuery,
  submissionFacts,
} from './visits/submission-facts.ts';

export interface AckReads {
  submissionFacts(q: SubmissionFactsQuery): Promise<SubmissionFacts>;
}

/** Few connections: one statement each, a few milliseconds; they are for acks only. */
export function createAckReads(
  databaseUrl: string,
  options: { max?: number } = {},
): AckReads & { close(): Promise<void> } {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: options.max ?? 4 });
  // A connection that breaks while idle is dropped by the pool and the next query opens another;
  // without a listener the 'error' event would end the process.
  pool.on('error', () => {});
  return {
    submissionFacts: (q) => submissionFacts(pool, q),
    close: () => pool.end(),
  };
}

/** The same reads through Prisma, for processes that ack nothing (workers, the CLI, scripts). */
export function prismaAckReads(db: Db): AckReads {
  return {
    submissionFacts: (q) =>
      submissionFacts(
        {
          query: async <R>({ text, values }: { text: string; values: unknown[] }) => ({
            rows: await db.$queryRawUnsafe<R[]>(text, ...values),
          }),
        },
        q,
      ),
  };
}
