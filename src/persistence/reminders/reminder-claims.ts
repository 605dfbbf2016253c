// A reminder message's life: pending → sending (claimed by one delivery attempt) → sent, or dead.
//
// The claim is a lease: `claimed_at` (database clock, so workers with skewed clocks agree) and the claim
// number `attempts`. A claim older than the lease belongs to an attempt presumed dead (its worker was
// killed between posting and recording the post) and may be taken over. Every later write of an
// attempt names its claim number, so an attempt whose claim was taken over can no longer change the
// row. `channel_id` is written before the post: a claimable row with a channel may have been posted
// already, and the next attempt looks in the DM's history before posting again.
//
// A message that turned out to have nothing left to say (every issue settled or snoozed since the
// sweep) is marked `sent` with no `ts`: settled, with nothing posted.
import { asLocalDate, type LocalDate } from '../../calendar/index.ts';
import type { Db } from '../prisma.ts';

export interface ClaimedMessage {
  id: bigint;
  recipientId: number;
  localDate: LocalDate;
  /** Set when an earlier attempt opened the DM: it may have posted. */
  channelId: string | null;
  /** The claim number; later writes of this attempt are fenced by it. */
  token: number;
  createdAt: Date;
  /** The database's clock at the claim. */
  claimedAt: Date;
}

export type Claim =
  | { outcome: 'claimed'; message: ClaimedMessage }
  /** Sent, dead or gone: nothing to do. */
  | { outcome: 'settled' }
  /** Another attempt holds a live claim. */
  | { outcome: 'busy'; claimedAt: Date };

interface ClaimRow {
  id: bigint;
  recipientId: number;
  localDate: string;
  channelId: string | null;
  token: number;
  createdAt: Date;
  claimedAt: Date;
}

export async function claimMessage(db: Db, id: bigint, leaseMs: number): Promise<Claim> {
  const [row] = await db.$queryRaw<ClaimRow[]>`
    UPDATE reminder_messages
       SET status = 'sending', claimed_at = now(), attempts = attempts + 1
     WHERE id = ${id}
       AND (status = 'pending'
            OR (status = 'sending' AND claimed_at < now() - ${leaseMs}::int * interval '1 millisecond'))
    RETURNING id, recipient_id AS "recipientId", local_date::text AS "localDate", channel_id AS "channelId",
              attempts AS token, created_at AS "createdAt", claimed_at AS "claimedAt"`;
  if (row) return { outcome: 'claimed', message: { ...row, localDate: asLocalDate(row.localDate) } };
  const current = await db.reminderMessage.findUnique({
    where: { id },
    select: { status: true, claimedAt: true },
  });
  if (current?.status === 'sending') return { outcome: 'busy', claimedAt: current.claimedAt ?? new Date(0) };
  return { outcome: 'settled' };
}

type Fence = { id: bigint; token: number };

const held = ({ id, token }: Fence) => ({ id, attempts: token, status: 'sending' as const });

/**
 * Records the DM's channel before posting, and renews the lease: the fence an attempt passes right
 * before it posts. False when the claim was taken over (do not post).
 */
export async function holdForPosting(db: Db, fence: Fence, channelId: string): Promise<boolean> {
  const count = await db.$executeRaw`
    UPDATE reminder_messages SET channel_id = ${channelId}, claimed_at = now()
     WHERE id = ${fence.id} AND attempts = ${fence.token} AND status = 'sending'`;
  return count === 1;
}

export async function markSent(
  db: Db,
  fence: Fence,
  post: { channelId: string; ts: string },
): Promise<boolean> {
  const { count } = await db.reminderMessage.updateMany({
    where: held(fence),
    data: {
      status: 'sent',
      channelId: post.channelId,
      ts: post.ts,
      sentAt: new Date(),
      claimedAt: null,
      lastError: null,
    },
  });
  return count === 1;
}

/** Nothing left to remind: settled without a post (see the top of this file). */
export async function markSettledEmpty(db: Db, fence: Fence): Promise<boolean> {
  const { count } = await db.reminderMessage.updateMany({
    where: held(fence),
    data: { status: 'sent', claimedAt: null, lastError: 'nothing left to remind at send time' },
  });
  return count === 1;
}

/** Hands the message back for the next attempt (which checks history first when a channel is set). */
export async function releaseClaim(db: Db, fence: Fence, error: string): Promise<void> {
  await db.reminderMessage.updateMany({
    where: held(fence),
    data: { status: 'pending', claimedAt: null, lastError: error.slice(0, 2000) },
  });
}

/** Will not be sent: Slack refused it for good, or its day (or working hours) passed before it could go. */
export async function markMessageDead(db: Db, fence: Fence, reason: string): Promise<void> {
  await db.reminderMessage.updateMany({
    where: held(fence),
    data: { status: 'dead', claimedAt: null, lastError: reason.slice(0, 2000) },
  });
}
