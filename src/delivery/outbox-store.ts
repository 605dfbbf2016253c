// The outbox rows' life: pending → relayed (a delivery job exists for it) → done, or dead (a failure
// retrying cannot fix: the dead-letter record, with its last error). Claims use the database's clock
// so that workers on machines with skewed clocks agree, and SKIP LOCKED so that two relays never take
// the same row.
import type { Db } from '../persistence/prisma.ts';

export interface ClaimedRow {
  id: bigint;
  dedupeKey: string;
}

export interface OutboxRow {
  id: bigint;
  topic: string;
  payload: unknown;
  dedupeKey: string;
  status: 'pending' | 'relayed' | 'done' | 'dead';
  attempts: number;
}

/**
 * Marks up to `limit` due pending rows relayed and returns them, in one statement: a row is claimed by
 * exactly one relay. Their `available_at` becomes the time the relay should next check that their job
 * still exists (see claimUnconfirmed).
 */
export async function claimPending(db: Db, limit: number, recheckAfterMs: number): Promise<ClaimedRow[]> {
  const rows = await db.$queryRaw<ClaimedRow[]>`
    UPDATE outbox
       SET status = 'relayed', relayed_at = now(),
           available_at = now() + ${recheckAfterMs}::int * interval '1 millisecond'
     WHERE id IN (SELECT id FROM outbox
                   WHERE status = 'pending' AND available_at <= now()
                   ORDER BY available_at, id
                   LIMIT ${limit}::int
                   FOR UPDATE SKIP LOCKED)
    RETURNING id, dedupe_key AS "dedupeKey"`;
  return rows.sort((a, b) => (a.id < b.id ? -1 : 1));
}

/**
 * Relayed rows whose check time has come: their job may have been lost (Redis restarted empty, a relay
 * died between claiming and enqueueing, BullMQ gave up on a stalled job). Pushes their next check out
 * by `recheckAfterMs` and returns them; the caller looks each job up and enqueues it again if missing.
 */
export async function claimUnconfirmed(db: Db, limit: number, recheckAfterMs: number): Promise<ClaimedRow[]> {
  return db.$queryRaw<ClaimedRow[]>`
    UPDATE outbox
       SET available_at = now() + ${recheckAfterMs}::int * interval '1 millisecond'
     WHERE id IN (SELECT id FROM outbox
                   WHERE status = 'relayed' AND available_at <= now()
                   ORDER BY available_at, id
                   LIMIT ${limit}::int
                   FOR UPDATE SKIP LOCKED)
    RETURNING id, dedupe_key AS "dedupeKey"`;
}

/** A row whose handler run has begun: the row, the runs begun before this one, when it was written. */
export interface RunningRow extends OutboxRow {
  earlierRuns: number;
  createdAt: Date;
}

/**
 * Takes an unsettled row for a run of its handler, counting the run, in one statement; null when the
 * row is settled (done or dead) or gone (`loadOutboxRow` tells which).
 */
export async function beginHandlerRun(db: Db, id: bigint): Promise<RunningRow | null> {
  const [row] = await db.outboxMessage.updateManyAndReturn({
    where: { id, status: { in: ['pending', 'relayed'] } },
    data: { handlerRuns: { increment: 1 } },
    select: {
      id: true,
      topic: true,
      payload: true,
      dedupeKey: true,
      status: true,
      attempts: true,
      handlerRuns: true,
      createdAt: true,
    },
  });
  if (!row) return null;
  const { handlerRuns, ...rest } = row;
  return { ...rest, earlierRuns: handlerRuns - 1 };
}

/** Hands claimed rows back (their jobs could not be enqueued): the next relay takes them again. */
export async function releaseClaims(db: Db, ids: bigint[]): Promise<void> {
  await db.outboxMessage.updateMany({
    where: { id: { in: ids }, status: 'relayed' },
    data: { status: 'pending', relayedAt: null, availableAt: new Date() },
  });
}

export async function loadOutboxRow(db: Db, id: bigint): Promise<OutboxRow | null> {
  return db.outboxMessage.findUnique({
    where: { id },
    select: { id: true, topic: true, payload: true, dedupeKey: true, status: true, attempts: true },
  });
}

/** Returns false when the row was already done or dead (a second run of the same delivery). */
export async function markDone(db: Db, id: bigint): Promise<boolean> {
  const { count } = await db.outboxMessage.updateMany({
    where: { id, status: { in: ['pending', 'relayed'] } },
    data: { status: 'done', doneAt: new Date() },
  });
  return count === 1;
}

/** The dead-letter record: the row stays, with why it could not be sent. */
export async function markDead(db: Db, id: bigint, error: string): Promise<void> {
  await db.outboxMessage.updateMany({
    where: { id, status: { in: ['pending', 'relayed'] } },
    data: { status: 'dead', lastError: error.slice(0, 2000) },
  });
}

/** One more failed attempt; the relay leaves the row alone until after `retryAt`. */
export async function recordFailedAttempt(
  db: Db,
  id: bigint,
  error: string,
  retryAt: Date,
  recheckAfterMs: number,
): Promise<void> {
  await db.outboxMessage.update({
    where: { id },
    data: {
      attempts: { increment: 1 },
      lastError: error.slice(0, 2000),
      availableAt: new Date(retryAt.getTime() + recheckAfterMs),
    },
  });
}

/** A wait that is not a failure (rate limit, pacing): only the relay's next check moves. */
export async function recordDeferral(
  db: Db,
  id: bigint,
  notBefore: Date,
  recheckAfterMs: number,
): Promise<void> {
  await db.outboxMessage.update({
    where: { id },
    data: { availableAt: new Date(notBefore.getTime() + recheckAfterMs) },
  });
}

/** Sends dead messages again (after fixing their cause, e.g. a revoked token): back to pending. */
export async function requeueDead(db: Db, filter: { ids?: bigint[]; topic?: string } = {}): Promise<number> {
  const { count } = await db.outboxMessage.updateMany({
    where: {
      status: 'dead',
      ...(filter.ids ? { id: { in: filter.ids } } : {}),
      ...(filter.topic ? { topic: filter.topic } : {}),
    },
    data: { status: 'pending', relayedAt: null, availableAt: new Date() },
  });
  return count;
}
