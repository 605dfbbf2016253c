// The statement a Slack request waits on before its ack, on a small node-postgres pool of its own: a
// submission's facts and its storing (visits/submission-facts.ts).
// Measured (docs/benchmarks.md): through Prisma's pool, a submission's one pre-ack query queued
// behind the post-ack writes holding its 10 connections, and each Prisma query cost the event loop
// ~0.5 ms of CPU against ~0.16 ms for a prepared node-postgres one. Post-ack work stays on Prisma.
import pg from 'pg';
import { groupCalls } from './group-calls.ts';
import type { Db } from './prisma.ts';
import {
  type SubmissionFacts,
  type SubmissionFactsQuery,
  submissionFactsOf,
} from './visits/submission-facts.ts';

export interface AckQueries {
  submissionFacts(q: SubmissionFactsQuery): Promise<SubmissionFacts>;
}

/**
 * Few connections: one statement each, a few milliseconds; they are for acks only. Calls made while
 * one runs go out together as one statement (`groupCalls`).
 */
export function createAckQueries(
  databaseUrl: string,
  options: { max?: number } = {},
): AckQueries & { close(): Promise<void> } {
  // Kept open when idle (node-postgres closes them after 10 s): the first burst after a quiet spell
  // would otherwise wait for new connections and their statements' parse and plan (measured,
  // docs/benchmarks.md: such a burst's first ack came only after 75–130 ms).
  const pool = new pg.Pool({ connectionString: databaseUrl, max: options.max ?? 4, idleTimeoutMillis: 0 });
  // A connection that breaks while idle is dropped by the pool and the next query opens another;
  // without a listener the 'error' event would end the process.
  pool.on('error', () => {});
  return {
    submissionFacts: groupCalls((queries: SubmissionFactsQuery[]) => submissionFactsOf(pool, queries)),
    close: () => pool.end(),
  };
}

/** The same statement through Prisma, for processes that ack nothing (workers, the CLI, scripts). */
export function prismaAckQueries(db: Db): AckQueries {
  const viaPrisma = {
    query: async <R>({ text, values }: { text: string; values: unknown[] }) => ({
      rows: await db.$queryRawUnsafe<R[]>(text, ...values),
    }),
  };
  return {
    submissionFacts: async (q) => (await submissionFactsOf(viaPrisma, [q]))[0] as SubmissionFacts,
  };
}
