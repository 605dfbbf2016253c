// Issues and their append-only history. The domain decides (src/domain/issues); this module stores a
// Transition: the issue row (guarded by its version), one history row, and the plan, feedback or
// extension that came with the move — always inside the caller's transaction.

import { AppError } from '../../domain/errors.ts';
import type { IssueSnapshot, Transition } from '../../domain/issues/index.ts';
import { fromDbDate, fromDbDateOrNull, toDbDate } from '../dates.ts';
import type { OrgRepository } from '../org/org-repository.ts';
import type { Tx } from '../prisma.ts';

export type IssueSubject =
  | { enterpriseId: number; projectId?: undefined }
  | { projectId: number; enterpriseId?: undefined };

export interface LoadedIssue {
  snapshot: IssueSnapshot;
  version: number;
}

const NONE = { groupIds: [], teamIds: [] } as const;

export async function loadIssueSnapshot(
  tx: Tx,
  org: OrgRepository,
  issueId: number,
): Promise<LoadedIssue | null> {
  const row = await tx.issue.findUnique({
    where: { id: issueId },
    include: { extensions: { where: { status: 'pending' }, take: 1, orderBy: { id: 'desc' } } },
  });
  if (!row) return null;
  const units = await org.serviceUnitsOf(row.ownerId === null ? [row.finderId] : [row.finderId, row.ownerId]);
  const pending = row.extensions[0];
  return {
    version: row.version,
    snapshot: {
      id: row.id,
      state: {
        status: row.status,
        level: row.level,
        urgency: row.urgency,
        finderId: row.finderId,
        ownerId: row.ownerId,
        ownerUnitId: row.ownerUnitId,
        dueDate: fromDbDateOrNull(row.dueDate),
        resolvedOnSpot: row.resolvedOnSpot,
        duplicateOfId: row.duplicateOfId,
      },
      scope: {
        finderUnits: units.get(row.finderId) ?? NONE,
        ownerUnits: row.ownerId === null ? NONE : (units.get(row.ownerId) ?? NONE),
      },
      pendingExtension: pending
        ? { requestedById: pending.requestedById, requestedDue: fromDbDate(pending.requestedDue) }
        : null,
    },
  };
}

function stateColumns(t: Transition, at: Date) {
  const n = t.next;
  return {
    status: n.status,
    level: n.level,
    urgency: n.urgency,
    ownerId: n.ownerId,
    ownerUnitId: n.ownerUnitId,
    dueDate: n.dueDate === null ? null : toDbDate(n.dueDate),
    resolvedOnSpot: n.resolvedOnSpot,
    duplicateOfId: n.duplicateOfId,
    ...(n.status === 'resolved' ? { resolvedAt: at } : {}),
    ...(n.status === 'closed' ? { closedAt: at } : {}),
    // The report-back clock (谁发现谁反馈): after a move the finder owes the enterprise news, except when
    // the issue was settled in front of it.
    enterpriseInformedAt: t.move === 'resolve_on_spot' ? at : null,
  };
}

export async function insertIssue(
  tx: Tx,
  input: {
    transition: Transition;
    subject: IssueSubject;
    visitId?: number;
    idempotencyKey: string;
    at: Date;
  },
): Promise<number> {
  const { transition: t } = input;
  if (!t.details) throw new Error('a creating transition carries the issue details');
  const row = await tx.issue.create({
    data: {
      ...stateColumns(t, input.at),
      enterpriseId: input.subject.enterpriseId ?? null,
      projectId: input.subject.projectId ?? null,
      visitId: input.visitId ?? null,
      title: t.details.title,
      description: t.details.description,
      category: t.details.category,
      finderId: t.next.finderId,
      idempotencyKey: input.idempotencyKey,
      createdAt: input.at,
    },
    select: { id: true },
  });
  return row.id;
}

/** Writes the next state if nobody moved the issue since `version` was read; else a `conflict`. */
export async function updateIssue(
  tx: Tx,
  issueId: number,
  version: number,
  t: Transition,
  at: Date,
): Promise<number> {
  const { count } = await tx.issue.updateMany({
    where: { id: issueId, version },
    data: { ...stateColumns(t, at), version: { increment: 1 } },
  });
  if (count === 0) throw new AppError('conflict', `issue ${issueId} moved since version ${version}`);
  return version + 1;
}

/** The history row and whatever the move recorded beside it; returns the history row's id, if any. */
export async function recordMove(
  tx: Tx,
  issueId: number,
  t: Transition,
  at: Date,
  idempotencyKey: string,
): Promise<bigint | null> {
  if (t.planSteps) {
    await tx.planStep.deleteMany({ where: { issueId } });
    await tx.planStep.createMany({
      data: t.planSteps.map((s) => ({
        issueId,
        seq: s.seq,
        description: s.description,
        dueDate: toDbDate(s.dueDate),
      })),
    });
  }
  if (t.feedback) {
    await tx.feedback.create({
      data: {
        issueId,
        verdict: t.feedback.verdict,
        comment: t.feedback.comment,
        recordedById: t.feedback.recordedById,
        recordedAt: at,
      },
    });
  }
  if (t.extension?.kind === 'requested') {
    await tx.extensionRequest.create({
      data: {
        issueId,
        requestedById: t.extension.requestedById,
        requestedDue: toDbDate(t.extension.dueDate),
        reason: t.extension.reason,
        createdAt: at,
      },
    });
  } else if (t.extension?.kind === 'decided') {
    await tx.extensionRequest.updateMany({
      where: { issueId, status: 'pending' },
      data: {
        status: t.extension.approved ? 'approved' : 'refused',
        decidedById: t.extension.decidedById,
        decidedAt: at,
        decisionNote: t.extension.note,
      },
    });
  }
  if (!t.event) return null;
  const e = t.event;
  const event = await tx.issueEvent.create({
    data: {
      issueId,
      actorId: e.actorId,
      at,
      move: e.move,
      fromStatus: e.from,
      toStatus: e.to,
      comment: e.comment,
      ownerBeforeId: e.ownerBefore,
      ownerAfterId: e.ownerAfter,
      levelBefore: e.levelBefore,
      levelAfter: e.levelAfter,
      dueBefore: e.dueBefore === null ? null : toDbDate(e.dueBefore),
      dueAfter: e.dueAfter === null ? null : toDbDate(e.dueAfter),
      idempotencyKey,
    },
    select: { id: true },
  });
  return event.id;
}
