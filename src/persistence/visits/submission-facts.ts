// Everything a visit submission must know before it is acked, in ONE round trip: who submits (an
// active cadre, with roles: dispatch staff may log further back), whether the enterprise and the
// policies are in the directory, and the cadre's earlier visits to that firm that day (the
// double-entry question). Measured (docs/benchmarks.md): each query costs the acking event loop
// Prisma's compile step, a socket write and a pooled connection, so the five separate reads it
// replaces made the ack wait for them under load. It runs as a prepared node-postgres statement on
// the ack pool (ack-queries.ts), never behind the post-ack writes on Prisma's pool, and answers the
// submissions of a burst together.
import type { Role } from '../../domain/org/people.ts';
import type { VisitMode } from '../../domain/visits/index.ts';
import type { SameDayVisit } from './visit-repository.ts';

export interface SubmissionFacts {
  cadre: { id: number; roles: Role[] } | null;
  /** The enterprise's name; null when the id names no firm (or none was given). */
  enterpriseName: string | null;
  /** Those of the asked policy ids that exist. */
  knownPolicyIds: Set<number>;
  /** Up to five, oldest first, except the visit written under `exceptKey` (a replay's own). */
  sameDay: SameDayVisit[];
}

export interface SubmissionFactsQuery {
  slackUserId: string;
  enterpriseId: number | null;
  policyIds: readonly number[];
  /** 'YYYY-MM-DD', or null when the date is not valid (then no same-day visits are looked up). */
  date: string | null;
  exceptKey: string;
}

/** What the query needs of its client: a `pg.Pool` (or `pg.Client`) fits. */
export interface Queryable {
  query<R>(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: R[] }>;
}

interface Row {
  cadreId: number | null;
  roles: Role[] | null;
  enterpriseName: string | null;
  policyIds: number[];
  sameDay: Array<{ id: number; mode: VisitMode; summary: string; createdAt: string }>;
}

// Named, so each pooled connection parses and plans it once and then only binds and executes it.
// One row per asked submission, in the order asked (several at once: `groupCalls`, ack-queries.ts).
// The policy ids of each are an array literal ('{1,2}'): SQL arrays of arrays must be rectangular.
const SUBMISSION_FACTS = `
  SELECT
    me.id AS "cadreId",
    me.roles,
    (SELECT name FROM enterprises WHERE id = q.enterprise_id) AS "enterpriseName",
    ARRAY(SELECT id FROM policies WHERE id = ANY(q.policy_ids::int[])) AS "policyIds",
    coalesce((
      SELECT json_agg(v ORDER BY v."createdAt") FROM (
        SELECT id, mode::text AS mode, summary, created_at AS "createdAt" FROM visits
        WHERE cadre_id = me.id AND enterprise_id = q.enterprise_id
          AND q.has_date AND visit_date = q.visit_date
          AND (idempotency_key IS NULL OR idempotency_key <> q.except_key)
        ORDER BY created_at LIMIT 5) v
    ), '[]'::json) AS "sameDay"
  FROM unnest($1::text[], $2::int[], $3::text[], $4::boolean[], $5::date[], $6::text[])
    WITH ORDINALITY AS q(slack_user_id, enterprise_id, policy_ids, has_date, visit_date, except_key, n)
  LEFT JOIN LATERAL (
    SELECT id, roles::text[] AS roles FROM cadres
    WHERE slack_user_id = q.slack_user_id AND active LIMIT 1
  ) me ON true
  ORDER BY q.n`;

/** The facts of each submission asked, in order. */
export async function submissionFactsOf(
  db: Queryable,
  queries: readonly SubmissionFactsQuery[],
): Promise<SubmissionFacts[]> {
  const { rows } = await db.query<Row>({
    name: 'submission_facts',
    text: SUBMISSION_FACTS,
    values: [
      queries.map((q) => q.slackUserId),
      queries.map((q) => q.enterpriseId ?? 0),
      queries.map((q) => `{${q.policyIds.join(',')}}`),
      queries.map((q) => q.date !== null),
      queries.map((q) => q.date ?? '1970-01-01'),
      queries.map((q) => q.exceptKey),
    ],
  });
  return rows.map((row) => ({
    cadre: row.cadreId === null ? null : { id: row.cadreId, roles: row.roles ?? [] },
    enterpriseName: row.enterpriseName,
    knownPolicyIds: new Set(row.policyIds),
    sameDay: row.sameDay.map((v) => ({ ...v, createdAt: new Date(v.createdAt) })),
  }));
}
