// Accepted visit submissions and their writes (prisma model VisitSubmission). The web process stores
// one before it acks "saving…" (`holdVisitSubmission`, a prepared statement on the ack pool), then
// writes it; a process that dies after the ack loses nothing, since a worker writes what is left
// pending (src/services/visit-writes.ts).
import type { Prisma } from '../../generated/prisma/client.ts';
import type { Db, Tx } from '../prisma.ts';
import type { Queryable } from './submission-facts.ts';

export interface HeldSubmission {
  /** The submission's exactly-once key. */
  key: string;
  slackUserId: string;
  viewId: string;
  payload: Prisma.InputJsonObject;
}

// A retried delivery or a double click stores one row, made pending again: each accepted delivery
// gets one write, which `once` turns into a replay of the first (the user sees the outcome again).
// Several submissions at once are one statement (`groupCalls`, ack-queries.ts).
const HOLD = `
  INSERT INTO visit_submissions (request_key, slack_user_id, view_id, payload)
  SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::jsonb[])
  ON CONFLICT (request_key) DO UPDATE
    SET status = 'pending', view_id = EXCLUDED.view_id, payload = EXCLUDED.payload, finished_at = NULL
  RETURNING request_key AS key, id::text AS id`;

/**
 * Stores accepted submissions (or makes their rows pending again); answers each one's row id, in
 * order. Two of the same key (a double click landing in one group) share a row, holding the later.
 */
export async function holdVisitSubmissions(
  db: Queryable,
  held: readonly HeldSubmission[],
): Promise<bigint[]> {
  // ON CONFLICT cannot touch one row twice in a statement: one entry per key, the last one sent.
  // In key order, so two groups of other web processes sharing keys lock them in the same order. A
  // key whose row is being written (a delivery again, after its write began) makes the group wait
  // for that write's transaction: a few milliseconds, and only then.
  const byKey = new Map(held.map((s) => [s.key, s]));
  const unique = [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const { rows } = await db.query<{ key: string; id: string }>({
    name: 'hold_visit_submissions',
    text: HOLD,
    values: [
      unique.map((s) => s.key),
      unique.map((s) => s.slackUserId),
      unique.map((s) => s.viewId),
      unique.map((s) => JSON.stringify(s.payload)),
    ],
  });
  const ids = new Map(rows.map((r) => [r.key, BigInt(r.id)]));
  return held.map((s) => {
    const id = ids.get(s.key);
    if (id === undefined) throw new Error(`no row stored for submission ${s.key}`);
    return id;
  });
}

export interface StoredSubmission {
  id: bigint;
  key: string;
  slackUserId: string;
  viewId: string;
  payload: unknown;
}

/** Marks a submission written, inside the transaction that wrote its visit: both or neither. */
export async function markSubmissionWritten(tx: Tx, id: bigint, at: Date): Promise<void> {
  await tx.visitSubmission.updateMany({
    where: { id, status: 'pending' },
    data: { status: 'done', finishedAt: at, lastError: null, attempts: { increment: 1 } },
  });
}

export function createVisitSubmissionStore(db: Db) {
  return {
    /** A worker takes a pending submission (counting the run); null when it is no longer pending. */
    async claim(id: bigint): Promise<StoredSubmission | null> {
      const [row] = await db.visitSubmission.updateManyAndReturn({
        where: { id, status: 'pending' },
        data: { attempts: { increment: 1 } },
      });
      if (!row) return null;
      return {
        id,
        key: row.requestKey,
        slackUserId: row.slackUserId,
        viewId: row.viewId,
        payload: row.payload,
      };
    },

    /**
     * The outcome shown to the user, when the visit's own transaction did not record it: `failed`
     * (the form went back) or `done` (a replay of a write recorded earlier). `countRun`: a run that no
     * worker claimed (the web process's own) is counted here.
     */
    async settle(
      id: bigint,
      outcome: { status: 'done' | 'failed'; at: Date; error?: string; countRun: boolean },
    ): Promise<void> {
      // Only a pending row: a newer delivery of the same submission may have made it pending again
      // after this run began, and then its own run settles it.
      await db.visitSubmission.updateMany({
        where: { id, status: 'pending' },
        data: {
          status: outcome.status,
          finishedAt: outcome.at,
          lastError: outcome.error ?? null,
          ...(outcome.countRun ? { attempts: { increment: 1 } } : {}),
        },
      });
    },

    /** Pending rows stored before `before`: the process that took them died, or their write broke. */
    async pendingSince(before: Date, limit: number): Promise<bigint[]> {
      const rows = await db.visitSubmission.findMany({
        where: { status: 'pending', createdAt: { lt: before } },
        orderBy: { id: 'asc' },
        take: limit,
        select: { id: true },
      });
      return rows.map((r) => r.id);
    },
  };
}
