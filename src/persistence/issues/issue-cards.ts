// Where an issue's cards were posted (to update them in place) and the facts a notification about a
// move needs: the history row, or for the moves that leave none, the extension request.
import type { HistoryMove, IssueStatus } from '../../domain/issues/index.ts';
import { fromDbDate, fromDbDateOrNull } from '../dates.ts';
import type { Db } from '../prisma.ts';
import type { PersonRef } from './issue-card-data.ts';

export interface StoredCard {
  channelId: string;
  ts: string;
}

export function issueCards(db: Db, issueId: number): Promise<StoredCard[]> {
  return db.issueCard.findMany({
    where: { issueId },
    select: { channelId: true, ts: true },
    orderBy: { createdAt: 'asc' },
  });
}

export async function findIssueCard(db: Db, issueId: number, channelId: string): Promise<StoredCard | null> {
  return db.issueCard.findUnique({
    where: { issueId_channelId: { issueId, channelId } },
    select: { channelId: true, ts: true },
  });
}

/** Keeps the first card of a channel: a card posted by a racing delivery stays a plain message. */
export async function saveIssueCard(db: Db, issueId: number, card: StoredCard): Promise<void> {
  await db.issueCard.createMany({ data: [{ issueId, ...card }], skipDuplicates: true });
}

export async function forgetIssueCard(db: Db, issueId: number, channelId: string): Promise<void> {
  await db.issueCard.deleteMany({ where: { issueId, channelId } });
}

export interface Recipient extends PersonRef {
  locale: string | null;
}

const recipientSelect = { id: true, name: true, slackUserId: true, locale: true } as const;
const toRecipient = (c: { id: number; name: string; slackUserId: string | null; locale: string | null }) => ({
  cadreId: c.id,
  name: c.name,
  slackUserId: c.slackUserId,
  locale: c.locale,
});

export async function findRecipient(db: Db, cadreId: number): Promise<Recipient | null> {
  const row = await db.cadre.findUnique({ where: { id: cadreId }, select: recipientSelect });
  return row ? toRecipient(row) : null;
}

/** Everyone who may hold the issue's card in a direct message: its finder and every owner it had. */
export async function peopleOfIssue(db: Db, issueId: number): Promise<Recipient[]> {
  const issue = await db.issue.findUnique({
    where: { id: issueId },
    select: {
      finderId: true,
      ownerId: true,
      events: { select: { ownerBeforeId: true, ownerAfterId: true } },
    },
  });
  if (!issue) return [];
  const ids = new Set<number>([issue.finderId]);
  if (issue.ownerId !== null) ids.add(issue.ownerId);
  for (const e of issue.events) {
    if (e.ownerBeforeId !== null) ids.add(e.ownerBeforeId);
    if (e.ownerAfterId !== null) ids.add(e.ownerAfterId);
  }
  const rows = await db.cadre.findMany({ where: { id: { in: [...ids] } }, select: recipientSelect });
  return rows.map(toRecipient);
}

export type MoveFact =
  | {
      kind: 'event';
      move: HistoryMove;
      actor: PersonRef;
      from: IssueStatus | null;
      to: IssueStatus;
      comment: string | null;
      ownerAfterId: number | null;
      dueAfter: string | null;
    }
  | { kind: 'extension_requested'; actor: PersonRef; requestedDue: string; reason: string }
  | { kind: 'extension_refused'; actor: PersonRef; requestedDue: string; note: string | null };

const person = { select: { id: true, name: true, slackUserId: true } } as const;
const ref = (c: { id: number; name: string; slackUserId: string | null }): PersonRef => ({
  cadreId: c.id,
  name: c.name,
  slackUserId: c.slackUserId,
});

/**
 * The move a notification is about: its history row, or (`eventId` null: an extension request or a
 * refusal, which leave no history row) the issue's latest extension request.
 */
export async function loadMoveFact(
  db: Db,
  issueId: number,
  eventId: string | null,
): Promise<MoveFact | null> {
  if (eventId !== null) {
    const e = await db.issueEvent.findFirst({
      where: { id: BigInt(eventId), issueId },
      include: { actor: person },
    });
    if (!e) return null;
    return {
      kind: 'event',
      move: e.move,
      actor: ref(e.actor),
      from: e.fromStatus,
      to: e.toStatus,
      comment: e.comment,
      ownerAfterId: e.ownerAfterId,
      dueAfter: fromDbDateOrNull(e.dueAfter),
    };
  }
  const x = await db.extensionRequest.findFirst({
    where: { issueId, status: { in: ['pending', 'refused'] } },
    orderBy: { id: 'desc' },
    include: { requestedBy: person, decidedBy: person },
  });
  if (!x) return null;
  if (x.status === 'refused' && x.decidedBy) {
    return {
      kind: 'extension_refused',
      actor: ref(x.decidedBy),
      requestedDue: fromDbDate(x.requestedDue),
      note: x.decisionNote,
    };
  }
  return {
    kind: 'extension_requested',
    actor: ref(x.requestedBy),
    requestedDue: fromDbDate(x.requestedDue),
    reason: x.reason,
  };
}
