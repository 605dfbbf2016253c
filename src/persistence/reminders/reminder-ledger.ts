// The reminder ledger: one row per (issue, rung, recipient, local date), unique, so a rung is recorded
// once however many sweeps run; and one message per (recipient, local date), unique, so a person gets
// one direct message a day. Both inserts skip what is already there, and return only what is new.
import type { LocalDate } from '../../calendar/index.ts';
import type { ReminderEntry } from '../../domain/reminders/index.ts';
import type { Tx } from '../prisma.ts';

export interface NewReminderMessage {
  id: bigint;
  recipientId: number;
}

export interface RecordedReminders {
  /** Entries new to the ledger; those an earlier sweep of the day recorded are not counted. */
  entries: number;
  /** Messages this sweep created: one per recipient with something new and no message yet today. */
  messages: NewReminderMessage[];
}

// Any fixed number: the key of the transaction-scoped advisory lock that serialises sweeps.
const SWEEP_LOCK_KEY = 0x7a71_7277; // "zqrw"

/**
 * Records today's entries inside the caller's transaction. Recipients who cannot get a direct message
 * (inactive, or without a Slack account) are left out here, in the same statement.
 */
export async function recordReminders(
  tx: Tx,
  localDate: LocalDate,
  entries: readonly ReminderEntry[],
): Promise<RecordedReminders> {
  // Two sweeps at once (the scheduler and `job run` by hand) would only wait on each other's unique
  // keys; taking turns is simpler and rules out lock-order deadlocks between their inserts.
  await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(${SWEEP_LOCK_KEY}::bigint)`;
  if (entries.length === 0) return { entries: 0, messages: [] };
  const sorted = [...entries].sort(
    (a, b) => a.issueId - b.issueId || a.kind.localeCompare(b.kind) || a.recipientId - b.recipientId,
  );
  const [row] = await tx.$queryRaw<{ entries: number; ids: string[]; recipients: number[] }[]>`
    WITH fresh AS (
      INSERT INTO reminder_entries (issue_id, rung, recipient_id, local_date)
      SELECT u.issue_id, u.kind::"ReminderRung", u.recipient_id, ${localDate}::date
        FROM unnest(${sorted.map((e) => e.issueId)}::int[], ${sorted.map((e) => e.kind)}::text[],
                    ${sorted.map((e) => e.recipientId)}::int[]) WITH ORDINALITY AS u(issue_id, kind, recipient_id, n)
        JOIN cadres c ON c.id = u.recipient_id AND c.active AND c.slack_user_id IS NOT NULL
       ORDER BY u.n
      ON CONFLICT (issue_id, rung, recipient_id, local_date) DO NOTHING
      RETURNING recipient_id
    ), messages AS (
      INSERT INTO reminder_messages (recipient_id, local_date)
      SELECT DISTINCT recipient_id, ${localDate}::date FROM fresh ORDER BY 1
      ON CONFLICT (recipient_id, local_date) DO NOTHING
      RETURNING id, recipient_id
    )
    SELECT (SELECT count(*) FROM fresh)::int AS entries,
           COALESCE((SELECT array_agg(id::text ORDER BY recipient_id) FROM messages), '{}') AS ids,
           COALESCE((SELECT array_agg(recipient_id ORDER BY recipient_id) FROM messages), '{}') AS recipients`;
  const ids = row?.ids ?? [];
  const recipients = row?.recipients ?? [];
  return {
    entries: row?.entries ?? 0,
    messages: ids.map((id, i) => ({ id: BigInt(id), recipientId: recipients[i] as number })),
  };
}
