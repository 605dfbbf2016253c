// The reads behind the issue flows in Slack (cards, lists, the route modal's choices) and the one
// write that is not a move: the finder's "enterprise informed" (it stops the report-back clock and
// leaves no history row, see src/domain/issues/vocabulary.ts).

import { outboxMessage, writeOutbox } from '../delivery/outbox.ts';
import { AppError } from '../domain/errors.ts';
import {
  actsAsFinder,
  type IssueLevel,
  type IssueSnapshot,
  isOpen,
  type RouteTarget,
  type Urgency,
} from '../domain/issues/index.ts';
import type { Actor } from '../domain/org/people.ts';
import { once } from '../persistence/idempotency.ts';
import { loadIssueCardData } from '../persistence/issues/issue-card-data.ts';
import {
  dispatchStaff,
  functionGroupCandidates,
  functionGroupOf,
  listFunctionGroups,
  listOpenIssues,
  searchSubjects,
  subjectExists,
} from '../persistence/issues/issue-lists.ts';
import { loadIssueSnapshot } from '../persistence/issues/issue-repository.ts';
import type { OrgRepository } from '../persistence/org/org-repository.ts';
import type { Db } from '../persistence/prisma.ts';
import { findReminderMessageByPost } from '../persistence/reminders/reminder-content.ts';
import { ISSUE_TOPICS, type IssueService } from './issue-service.ts';
import { reminderRefresh } from './reminders/reminder-topics.ts';

export interface IssueViewDeps {
  db: Db;
  org: OrgRepository;
  clock: () => Date;
  issues: IssueService;
}

/** What a move's button needs to decide between a modal and a refusal, and to fill the modal. */
export interface IssueForMove {
  snapshot: IssueSnapshot;
  title: string;
  /** The pending extension's reason, for the decision modal. */
  pendingReason: string | null;
  pendingRequesterName: string | null;
}

/** Where the route modal's target select points: a function group, or the city through dispatch. */
export type RouteChoice = { level: 'function_group'; unitId: number } | { level: 'city' };

export function createIssueViews(deps: IssueViewDeps) {
  const { db, org } = deps;

  return {
    async forMove(issueId: number): Promise<IssueForMove | null> {
      const [loaded, row] = await Promise.all([
        loadIssueSnapshot(db, org, issueId),
        db.issue.findUnique({
          where: { id: issueId },
          select: {
            title: true,
            extensions: {
              where: { status: 'pending' },
              take: 1,
              orderBy: { id: 'desc' },
              select: { reason: true, requestedBy: { select: { name: true } } },
            },
          },
        }),
      ]);
      if (!loaded || !row) return null;
      const pending = row.extensions[0];
      return {
        snapshot: loaded.snapshot,
        title: row.title,
        pendingReason: pending?.reason ?? null,
        pendingRequesterName: pending?.requestedBy.name ?? null,
      };
    },

    card: (issueId: number) => loadIssueCardData(db, issueId),
    listOpen: (cadreId: number, limit: number) => listOpenIssues(db, cadreId, limit),
    searchSubjects: (query: string, cadreId: number | undefined) =>
      searchSubjects(db, query, { cadreId, limit: 25 }),
    subjectExists: (subject: { kind: 'enterprise' | 'project'; id: number }) => subjectExists(db, subject),
    functionGroups: () => listFunctionGroups(db),

    /** The people who may own the issue at this target, and the level's default due date from today. */
    async routeOptions(choice: RouteChoice, urgency: Urgency) {
      const ctx = await deps.issues.context();
      const level: IssueLevel = choice.level;
      const [unit, candidates] = await Promise.all([
        choice.level === 'function_group' ? functionGroupOf(db, choice.unitId) : Promise.resolve(null),
        choice.level === 'function_group' ? functionGroupCandidates(db, choice.unitId) : dispatchStaff(db),
      ]);
      return {
        unitName: unit?.name ?? null,
        candidates,
        defaultDue: ctx.dueDateFor(level, urgency, ctx.today),
      };
    },

    /** The domain's route target for a choice; null when the unit is not (or no longer) routable. */
    async routeTarget(choice: RouteChoice): Promise<RouteTarget | null> {
      if (choice.level === 'function_group') {
        const unit = await functionGroupOf(db, choice.unitId);
        return unit ? { level: 'function_group', functionGroupId: unit.id } : null;
      }
      const room = await org.dispatchRoom();
      return room ? { level: 'city', dispatchRoomId: room.id } : null;
    },

    /** Whether a delivery with this key was already handled (a racing double submit lost to it). */
    async wasProcessed(key: string): Promise<boolean> {
      return (await db.processedRequest.findUnique({ where: { key }, select: { key: true } })) !== null;
    },

    /**
     * The finder (or a head acting for them) has told the enterprise of the last move. Pressed in a
     * reminder message (`pressedIn`), that message is redrawn too, as snooze does.
     */
    async markEnterpriseInformed(
      actor: Actor,
      issueId: number,
      key: string,
      pressedIn: { channelId: string; ts: string } | null = null,
    ): Promise<{ replayed: boolean }> {
      const done = await once(db, key, async (tx) => {
        const loaded = await loadIssueSnapshot(tx, org, issueId);
        if (!loaded)
          throw new AppError('not_found', `issue ${issueId} not found`, { params: { id: issueId } });
        if (!isOpen(loaded.snapshot.state.status)) {
          throw new AppError('invalid_transition', `issue ${issueId} is ${loaded.snapshot.state.status}`);
        }
        if (!actsAsFinder(loaded.snapshot, actor)) {
          throw new AppError('forbidden', `cadre ${actor.cadreId} is not the finder of issue ${issueId}`);
        }
        const at = deps.clock();
        const { count } = await tx.issue.updateMany({
          where: { id: issueId, enterpriseInformedAt: null },
          data: { enterpriseInformedAt: at },
        });
        if (count > 0) {
          const reminder = pressedIn ? await findReminderMessageByPost(tx, actor.cadreId, pressedIn) : null;
          await writeOutbox(tx, [
            outboxMessage(ISSUE_TOPICS.card, { issueId }, `issue:${issueId}:card:informed:${at.getTime()}`),
            ...(reminder
              ? [
                  outboxMessage(
                    reminderRefresh,
                    { messageId: String(reminder.id), at: at.toISOString() },
                    `reminder:${reminder.id}:refresh:informed:${issueId}:${at.getTime()}`,
                  ),
                ]
              : []),
          ]);
        }
        return { issueId };
      });
      return { replayed: done.replayed };
    },
  };
}

export type IssueViews = ReturnType<typeof createIssueViews>;
