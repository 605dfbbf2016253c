// The statements a Slack request waits on before its ack, on a small node-postgres pool of their own:
// a submission's facts, and storing an accepted submission before "saving…" is acked.
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
import { type HeldSubmission, holdVisitSubmissions } from './visits/visit-submissions.ts';

export interface AckQueries {
  submissionFacts(q: SubmissionFactsQuery): Promise<SubmissionFacts>;
  holdVisitSubmission(s: HeldSubmission): Promise<bigint>;
}

/** Few connections: one statement each, a few milliseconds; they are for acks only. */
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
    holdVisitSubmission: groupCalls((held: HeldSubmission[]) => holdVisitSubmissions(pool, held)),
    close: () => pool.end(),
  };
}

/** The same reads through Prisma, for processes that ack nothing (workers, the CLI, scripts). */
export function prismaAckQueries(db: Db): AckQueries {
  const viaPrisma = {
    query: async <R>({ text, values }: { text: string; values: unknown[] }) => ({
      rows: await db.$queryRawUnsafe<R[]>(text, ...values),
    }),
  };
  return {
    submissionFacts: async (q) => (await submissionFactsOf(viaPrisma, [q]))[0] as SubmissionFacts,
    holdVisitSubmission: async (s) => (await holdVisitSubmissions(viaPrisma, [s]))[0] as bigint,
  };
}
