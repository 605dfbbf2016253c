// What an issue's card shows, read in one go: the issue with the names around it, its plan, a pending
// extension and the tail of its history. Extension requests and refusals are not history rows (they
// change nothing on the issue) but the card lists them among the moves, in time order.
import type {
  HistoryMove,
  IssueCategory,
  IssueLevel,
  IssueStatus,
  Urgency,
} from '../../domain/issues/index.ts';
import { isOpen } from '../../domain/issues/index.ts';
import { fromDbDate, fromDbDateOrNull } from '../dates.ts';
import type { Db } from '../prisma.ts';

export interface PersonRef {
  cadreId: number;
  name: string;
  slackUserId: string | null;
}

export type HistoryKind = HistoryMove | 'extension_requested' | 'extension_refused';

export interface HistoryEntry {
  at: Date;
  actor: PersonRef;
  kind: HistoryKind;
  comment: string | null;
}

export interface IssueCardData {
  id: number;
  version: number;
  title: string;
  description: string;
  category: IssueCategory;
  urgency: Urgency;
  status: IssueStatus;
  level: IssueLevel;
  dueDate: string | null;
  subject: { kind: 'enterprise' | 'project'; name: string } | null;
  finder: PersonRef;
  owner: PersonRef | null;
  ownerUnitName: string | null;
  resolvedOnSpot: boolean;
  duplicateOfId: number | null;
  /** The finder still owes the enterprise news of the last move (谁发现谁反馈). */
  reportBackDue: boolean;
  planSteps: { seq: number; description: string; dueDate: string; done: boolean }[];
  pendingExtension: { requestedBy: PersonRef; requestedDue: string; reason: string } | null;
  /** The latest entries, oldest first. */
  history: HistoryEntry[];
  /** All entries, shown or not. */
  historyTotal: number;
}

const person = { select: { id: true, name: true, slackUserId: true } } as const;
const toRef = (c: { id: number; name: string; slackUserId: string | null }): PersonRef => ({
  cadreId: c.id,
  name: c.name,
  slackUserId: c.slackUserId,
});

export async function loadIssueCardData(
  db: Db,
  issueId: number,
  historyLimit = 6,
): Promise<IssueCardData | null> {
  const row = await db.issue.findUnique({
    where: { id: issueId },
    include: {
      enterprise: { select: { name: true } },
      project: { select: { name: true } },
      finder: person,
      owner: person,
      ownerUnit: { select: { name: true } },
      planSteps: { orderBy: { seq: 'asc' } },
      extensions: { orderBy: { id: 'asc' }, include: { requestedBy: person, decidedBy: person } },
      events: { orderBy: { id: 'desc' }, take: historyLimit, include: { actor: person } },
      _count: { select: { events: true } },
    },
  });
  if (!row) return null;

  const entries: HistoryEntry[] = row.events.map((e) => ({
    at: e.at,
    actor: toRef(e.actor),
    kind: e.move,
    comment: e.comment,
  }));
  for (const x of row.extensions) {
    entries.push({
      at: x.createdAt,
      actor: toRef(x.requestedBy),
      kind: 'extension_requested',
      comment: x.reason,
    });
    if (x.status === 'refused' && x.decidedBy && x.decidedAt) {
      entries.push({
        at: x.decidedAt,
        actor: toRef(x.decidedBy),
        kind: 'extension_refused',
        comment: x.decisionNote,
      });
    }
  }
  entries.sort((a, b) => a.at.getTime() - b.at.getTime());
  const extra = row.extensions.length + row.extensions.filter((x) => x.status === 'refused').length;
  const pending = row.extensions.find((x) => x.status === 'pending');

  return {
    id: row.id,
    version: row.version,
    title: row.title,
    description: row.description,
    category: row.category,
    urgency: row.urgency,
    status: row.status,
    level: row.level,
    dueDate: fromDbDateOrNull(row.dueDate),
    subject: row.enterprise
      ? { kind: 'enterprise', name: row.enterprise.name }
      : row.project
        ? { kind: 'project', name: row.project.name }
        : null,
    finder: toRef(row.finder),
    owner: row.owner ? toRef(row.owner) : null,
    ownerUnitName: row.ownerUnit?.name ?? null,
    resolvedOnSpot: row.resolvedOnSpot,
    duplicateOfId: row.duplicateOfId,
    reportBackDue: row.enterpriseInformedAt === null && isOpen(row.status),
    planSteps: row.planSteps.map((s) => ({
      seq: s.seq,
      description: s.description,
      dueDate: fromDbDate(s.dueDate),
      done: s.doneAt !== null,
    })),
    pendingExtension: pending
      ? {
          requestedBy: toRef(pending.requestedBy),
          requestedDue: fromDbDate(pending.requestedDue),
          reason: pending.reason,
        }
      : null,
    history: entries.slice(-historyLimit),
    historyTotal: row._count.events + extra,
  };
}
