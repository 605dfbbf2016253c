// The digest ledger (DigestEntry): one row per channel, kind and local date. The row is written with
// its figures before anything is sent, and its status is the send's progress:
//   pending  → nothing was sent;
//   sending  → a post may have reached Slack (the sender died before recording it): look first;
//   sent     → posted, `ts` is the message;  dead → Slack refused for good (channel gone, bot removed).
import type { LocalDate } from '../../calendar/index.ts';
import type { DigestKind, Prisma } from '../../generated/prisma/client.ts';
import { fromDbDate, toDbDate } from '../dates.ts';
import type { Db, Tx } from '../prisma.ts';

export type { DigestKind };

export interface DigestEntryRow {
  id: bigint;
  channelId: string;
  kind: DigestKind;
  scopeKey: string;
  localDate: LocalDate;
  figures: unknown;
  status: 'pending' | 'sending' | 'sent' | 'dead';
  ts: string | null;
  createdAt: Date;
}

const select = {
  id: true,
  channelId: true,
  kind: true,
  scopeKey: true,
  localDate: true,
  figures: true,
  status: true,
  ts: true,
  createdAt: true,
} as const;

type Selected = Prisma.DigestEntryGetPayload<{ select: typeof select }>;
const toRow = (r: Selected): DigestEntryRow => ({ ...r, localDate: fromDbDate(r.localDate) });

export interface EntryKey {
  channelId: string;
  kind: DigestKind;
  localDate: LocalDate;
}

export async function findEntry(db: Db | Tx, key: EntryKey): Promise<DigestEntryRow | null> {
  const row = await db.digestEntry.findUnique({
    where: {
      channelId_kind_localDate: {
        channelId: key.channelId,
        kind: key.kind,
        localDate: toDbDate(key.localDate),
      },
    },
    select,
  });
  return row ? toRow(row) : null;
}

export async function findEntryById(db: Db | Tx, id: bigint): Promise<DigestEntryRow | null> {
  const row = await db.digestEntry.findUnique({ where: { id }, select });
  return row ? toRow(row) : null;
}

/**
 * Stores the entry unless one exists for its channel, kind and date (INSERT … ON CONFLICT DO NOTHING);
 * returns the row that is there now and whether this call wrote it. The first writer's figures win.
 */
export async function insertEntry(
  tx: Tx,
  entry: EntryKey & { scopeKey: string; figures: Prisma.InputJsonObject },
): Promise<{ row: DigestEntryRow; created: boolean }> {
  const { count } = await tx.digestEntry.createMany({
    data: [{ ...entry, localDate: toDbDate(entry.localDate) }],
    skipDuplicates: true,
  });
  const row = await findEntry(tx, entry);
  if (!row) throw new Error('a digest entry just inserted or found is missing');
  return { row, created: count === 1 };
}

/** The latest digest posted to this channel for this kind and scope before `before`: the change's base. */
export async function previousSentEntry(
  db: Db | Tx,
  query: { channelId: string; kind: DigestKind; scopeKey: string; before: LocalDate },
): Promise<DigestEntryRow | null> {
  const row = await db.digestEntry.findFirst({
    where: {
      channelId: query.channelId,
      kind: query.kind,
      scopeKey: query.scopeKey,
      status: 'sent',
      localDate: { lt: toDbDate(query.before) },
    },
    orderBy: { localDate: 'desc' },
    select,
  });
  return row ? toRow(row) : null;
}

/** pending → sending, committed before the post so that a crash after it leaves a trace. */
export async function markSending(db: Db, id: bigint): Promise<void> {
  await db.digestEntry.updateMany({ where: { id, status: 'pending' }, data: { status: 'sending' } });
}

/** sending → pending: the post certainly did not reach Slack (refused before or by the rate limit). */
export async function markPending(db: Db, id: bigint): Promise<void> {
  await db.digestEntry.updateMany({ where: { id, status: 'sending' }, data: { status: 'pending' } });
}

export async function markSent(db: Db, id: bigint, ts: string, at: Date): Promise<void> {
  await db.digestEntry.updateMany({
    where: { id, status: { in: ['pending', 'sending'] } },
    data: { status: 'sent', ts, sentAt: at },
  });
}

export async function markDead(db: Db, id: bigint): Promise<void> {
  await db.digestEntry.updateMany({
    where: { id, status: { in: ['pending', 'sending'] } },
    data: { status: 'dead' },
  });
}

// Two-key advisory locks: this class keeps digest locks apart from any other lock of the app.
const DIGEST_LOCK_CLASS = 0x7a716467; // "zqdg"

/**
 * Runs `work` while holding the entry's advisory lock, or returns `{ locked: false }` at once when
 * another process holds it. The lock lives in a transaction whose connection dies with its process, so
 * a sender killed mid-post frees the entry immediately, while a live one keeps it for the whole send.
 * `work` writes through `db` (other connections), so its status changes commit as they happen.
 */
export async function withEntryLock<T>(
  db: Db,
  id: bigint,
  work: () => Promise<T>,
  timeoutMs: number,
): Promise<{ locked: true; value: T } | { locked: false }> {
  return db.$transaction(
    async (tx) => {
      const key = Number(id % 2_147_483_647n);
      const [row] = await tx.$queryRaw<{ locked: boolean }[]>`
        SELECT pg_try_advisory_xact_lock(${DIGEST_LOCK_CLASS}::int, ${key}::int) AS locked`;
      if (!row?.locked) return { locked: false as const };
      return { locked: true as const, value: await work() };
    },
    { timeout: timeoutMs, maxWait: 10_000 },
  );
}
