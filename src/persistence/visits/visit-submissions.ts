// Visit submissions and their writes (prisma model VisitSubmission). The web process stores each one
// in the statement that checks it, before the ack (submission-facts.ts), then writes the accepted
// ones and settles the refused ones; a process that dies after the ack loses nothing, since a worker
// writes what is left pending (src/services/visit-writes.ts).
import type { Db, Tx } from '../prisma.ts';
import type { HeldRow } from './submission-facts.ts';

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

    /**
     * Sets aside a submission that is not to be written (the user was told so at its ack): unless a
     * later delivery stored it again since (a retry, or "log anyway" on the double-entry question).
     */
    async release(held: HeldRow, why: string, at: Date): Promise<void> {
      await db.visitSubmission.updateMany({
        where: { id: held.id, holds: held.holds, status: 'pending' },
        data: { status: 'failed', finishedAt: at, lastError: why },
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
