// Everything a visit submission must know before it is acked, and its storing, in ONE statement: who
// submits (an active cadre, with roles: dispatch staff may log further back), whether the enterprise
// and the policies are in the directory, the cadre's earlier visits to that firm that day (the
// double-entry question), and the submission stored under its key, so that a web process dying after
// the ack loses nothing (src/services/visit-writes.ts).
//
// Measured (docs/benchmarks.md): each statement a submission's ack waits for costs a burst its round
// trip after the last request has come in, so the facts and the store, two statements until then, are
// one. A submission is stored before the check has decided on it: one the check refuses is settled
// after its ack (`releaseSubmission`, visit-submissions.ts). Runs as a prepared node-postgres
// statement on the ack pool (ack-queries.ts), never behind the post-ack writes on Prisma's pool, and
// answers the submissions of a burst together.

import type { Role } from '../../domain/org/people.ts';
import type { VisitMode } from '../../domain/visits/index.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import type { SameDayVisit } from './visit-repository.ts';

export interface SubmissionFacts {
  cadre: { id: number; roles: Role[] } | null;
  /** The enterprise's name; null when the id names no firm (or none was given). */
  enterpriseName: string | null;
  /** Those of the asked policy ids that exist. */
  knownPolicyIds: Set<number>;
  /** Up to five, oldest first, except the visit written under `key` (a replay's own). */
  sameDay: SameDayVisit[];
  /** The stored submission, when one was asked for and the submitter is an active cadre. */
  held: HeldRow | null;
}

/** A stored submission's row, and how many deliveries had stored it (this one included). */
export interface HeldRow {
  id: bigint;
  holds: number;
}

export interface SubmissionFactsQuery {
  slackUserId: string;
  enterpriseId: number | null;
  policyIds: readonly number[];
  /** 'YYYY-MM-DD', or null when the date is not valid (then no same-day visits are looked up). */
  date: string | null;
  /** The submission's exactly-once key: its own visit (a replay's) is not an earlier one. */
  key: string;
  /** Store the submission under `key` (again, for a retry or a double click). */
  hold?: { viewId: string; payload: Prisma.InputJsonObject };
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
  heldId: string | null;
  holds: number | null;
}

// Named, so each pooled connection parses and plans it once and then only binds and executes it.
// One row per asked submission, in the order asked (several at once: `groupCalls`, ack-queries.ts).
// The policy ids of each are an array literal ('{1,2}'): SQL arrays of arrays must be rectangular.
// The rows to store come as arrays of their own, one per key (ON CONFLICT cannot touch a row twice in
// one statement). A retry or a double click stores one row, made pending again: each delivery the
// check accepts gets one write, which `once` turns into a replay of the first. The reads do not see
// the rows stored here (one snapshot): they read no submissions.
const SUBMISSION_FACTS = `
  WITH held AS (
    INSERT INTO visit_submissions (request_key, slack_user_id, view_id, payload)
    SELECT h.* FROM unnest($7::text[], $8::text[], $9::text[], $10::jsonb[])
      AS h(request_key, slack_user_id, view_id, payload)
    WHERE EXISTS (SELECT 1 FROM cadres WHERE slack_user_id = h.slack_user_id AND active)
    ON CONFLICT (request_key) DO UPDATE
      SET status = 'pending', view_id = EXCLUDED.view_id, payload = EXCLUDED.payload,
          finished_at = NULL, holds = visit_submissions.holds + 1
    RETURNING request_key, id, holds
  )
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
          AND (idempotency_key IS NULL OR idempotency_key <> q.request_key)
        ORDER BY created_at LIMIT 5) v
    ), '[]'::json) AS "sameDay",
    held.id::text AS "heldId",
    held.holds
  FROM unnest($1::text[], $2::int[], $3::text[], $4::boolean[], $5::date[], $6::text[])
    WITH ORDINALITY AS q(slack_user_id, enterprise_id, policy_ids, has_date, visit_date, request_key, n)
  LEFT JOIN LATERAL (
    SELECT id, roles::text[] AS roles FROM cadres
    WHERE slack_user_id = q.slack_user_id AND active LIMIT 1
  ) me ON true
  LEFT JOIN held ON held.request_key = q.request_key
  ORDER BY q.n`;

type Hold = { key: string; slackUserId: string } & NonNullable<SubmissionFactsQuery['hold']>;

/**
 * One row per key, the last one asked winning (a double click landing in one group), in key order:
 * two groups of other web processes sharing keys lock them in the same order. A key whose row is being
 * written (a delivery again, after its write began) makes the group wait for that write's transaction:
 * a few milliseconds, and only then.
 */
function rowsToStore(queries: readonly SubmissionFactsQuery[]): Hold[] {
  const byKey = new Map<string, Hold>();
  for (const q of queries) {
    if (q.hold) byKey.set(q.key, { key: q.key, slackUserId: q.slackUserId, ...q.hold });
  }
  return [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** The facts of each submission asked, in order, each stored if asked to be. */
export async function submissionFactsOf(
  db: Queryable,
  queries: readonly SubmissionFactsQuery[],
): Promise<SubmissionFacts[]> {
  const store = rowsToStore(queries);
  const { rows } = await db.query<Row>({
    name: 'submission_facts',
    text: SUBMISSION_FACTS,
    values: [
      queries.map((q) => q.slackUserId),
      queries.map((q) => q.enterpriseId ?? 0),
      queries.map((q) => `{${q.policyIds.join(',')}}`),
      queries.map((q) => q.date !== null),
      queries.map((q) => q.date ?? '1970-01-01'),
      queries.map((q) => q.key),
      store.map((s) => s.key),
      store.map((s) => s.slackUserId),
      store.map((s) => s.viewId),
      store.map((s) => JSON.stringify(s.payload)),
    ],
  });
  return rows.map((row, i) => ({
    cadre: row.cadreId === null ? null : { id: row.cadreId, roles: row.roles ?? [] },
    enterpriseName: row.enterpriseName,
    knownPolicyIds: new Set(row.policyIds),
    sameDay: row.sameDay.map((v) => ({ ...v, createdAt: new Date(v.createdAt) })),
    // Only the callers that asked to store get the row: another asking about the same key did not.
    held:
      queries[i]?.hold && row.heldId !== null && row.holds !== null
        ? { id: BigInt(row.heldId), holds: row.holds }
        : null,
  }));
}
