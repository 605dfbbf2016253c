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
const HOLD = `
  INSERT INTO visit_submissions (request_key, slack_user_id, view_id, payload)
  VALUES ($1, $2, $3, $4::jsonb)
  ON CONFLICT (request_key) DO UPDATE
    SET status = 'pending', view_id = EXCLUDED.view_id, payload = EXCLUDED.payload, finished_at = NULL
  RETURNING id::text AS id`;

/** Stores an accepted submission (or makes its row pending again); returns the row's id. */
export async function holdVisitSubmission(db: Queryable, s: HeldSubmission): Promise<bigint> {
  const { rows } = await db.query<{ id: string }>({
    name: 'hold_visit_submission',
    text: HOLD,
    values: [s.key, s.slackUserId, s.viewId, JSON.stringify(s.payload)],
  });
  return BigInt((rows[0] as { id: string }).id);
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
