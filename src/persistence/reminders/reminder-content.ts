// What one reminder message is about: its recipient and the ledger entries of their day, with the
// issues as they stand now (the sender re-reads them right before posting).
import type { LocalDate } from '../../calendar/index.ts';
import type { IssueStatus } from '../../domain/issues/index.ts';
import type { ReminderKind } from '../../domain/reminders/index.ts';
import type { Db } from '../prisma.ts';

export interface ReminderRecipient {
  cadreId: number;
  name: string;
  slackUserId: string | null;
  /** The cached Slack locale (`zh-CN`, `en-US`…), if known. */
  locale: string | null;
  active: boolean;
}

export interface ReminderIssueRow {
  issueId: number;
  kind: ReminderKind;
  title: string;
  status: IssueStatus;
  snoozedUntil: Date | null;
  enterpriseInformedAt: Date | null;
  /** The enterprise's short name (else its name), or the project's name. */
  subject: string | null;
  ownerName: string | null;
}

export interface ReminderContent {
  recipient: ReminderRecipient;
  rows: ReminderIssueRow[];
}

export async function loadReminderContent(
  db: Db,
  recipientId: number,
  localDate: LocalDate,
): Promise<ReminderContent | null> {
  const recipient = await db.cadre.findUnique({
    where: { id: recipientId },
    select: { id: true, name: true, slackUserId: true, locale: true, active: true },
  });
  if (!recipient) return null;
  const rows = await db.$queryRaw<ReminderIssueRow[]>`
    SELECT e.issue_id AS "issueId", e.rung::text AS kind, i.title, i.status::text AS status,
           i.snoozed_until AS "snoozedUntil", i.enterprise_informed_at AS "enterpriseInformedAt",
           COALESCE(ent.short_name, ent.name, p.name) AS subject, o.name AS "ownerName"
      FROM reminder_entries e
      JOIN issues i ON i.id = e.issue_id
      LEFT JOIN enterprises ent ON ent.id = i.enterprise_id
      LEFT JOIN projects p ON p.id = i.project_id
      LEFT JOIN cadres o ON o.id = i.owner_id
     WHERE e.recipient_id = ${recipientId} AND e.local_date = ${localDate}::date
     ORDER BY e.issue_id, e.rung`;
  const { id, ...rest } = recipient;
  return { recipient: { cadreId: id, ...rest }, rows };
}

/** The reminder message a button was clicked in, found by the clicker and the message's ts. */
export async function findReminderMessageByPost(
  db: Pick<Db, 'reminderMessage'>,
  recipientId: number,
  post: { channelId: string; ts: string },
): Promise<{ id: bigint; localDate: Date } | null> {
  return db.reminderMessage.findFirst({
    where: { recipientId, channelId: post.channelId, ts: post.ts },
    select: { id: true, localDate: true },
  });
}

/**
 * The DM channel of an earlier reminder to this person: the app's DM with a user never changes, and
 * conversations.open (50 calls a minute) would otherwise pace a morning's messages to a crawl.
 */
export async function knownDmChannel(db: Db, recipientId: number): Promise<string | null> {
  const earlier = await db.reminderMessage.findFirst({
    where: { recipientId, channelId: { not: null } },
    orderBy: { localDate: 'desc' },
    select: { channelId: true },
  });
  return earlier?.channelId ?? null;
}
