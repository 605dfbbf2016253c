// Raising and moving issues: load → decide (pure domain) → store the transition, its history row and
// the Slack notifications it causes (outbox rows) in one transaction, exactly once per request key.
import type { WorkingCalendar } from '../calendar/index.ts';
import { asLocalDate, localDateOf } from '../calendar/index.ts';
import { outboxMessage, writeOutbox } from '../delivery/outbox.ts';
import { type DeadlineSettings, dueDateFor } from '../domain/deadlines/index.ts';
import { AppError } from '../domain/errors.ts';
import { type HomesTouched, homesTouched } from '../domain/issues/homes.ts';
import { type DecideContext, decide, type MoveCommand, type Transition } from '../domain/issues/index.ts';
import type { Actor } from '../domain/org/people.ts';
import { once } from '../persistence/idempotency.ts';
import {
  type IssueSubject,
  insertIssue,
  loadIssueSnapshot,
  recordMove,
  updateIssue,
} from '../persistence/issues/issue-repository.ts';
import type { OrgRepository } from '../persistence/org/org-repository.ts';
import type { Db, Tx } from '../persistence/prisma.ts';
import { writeHomeRefresh } from './home-refresh.ts';

export interface IssueServiceDeps {
  db: Db;
  org: OrgRepository;
  clock: () => Date;
  timeZone: string;
  calendar: () => Promise<WorkingCalendar>;
  settings: () => Promise<DeadlineSettings>;
}

export interface MoveOutcome {
  issueId: number;
  /** The history row of the move (null for an extension request or refusal). */
  eventId: string | null;
  /** True when this request key was handled before: nothing new was written. */
  replayed: boolean;
}

/** An issue raised inside a caller's transaction: the caller redraws the Homes it touched. */
export interface RaisedIn extends MoveOutcome {
  homes: HomesTouched;
}

/** Topics the outbox relays; their handlers render and send (src/delivery/topic-handlers.ts). */
export const ISSUE_TOPICS = {
  /** Tell a finder or owner of a move they did not make. */
  moved: 'issue.moved',
  /** Refresh the issue's cards in place (chat.update). */
  card: 'issue.card',
  /** Post the issue to the dispatch room's triage channel. */
  dispatch: 'issue.dispatch',
} as const;

function notifications(issueId: number, version: number, eventId: string | null, t: Transition, key: string) {
  const ref = eventId === null ? `req:${key}` : `event:${eventId}`;
  const messages = t.notify.map((recipientId) =>
    outboxMessage(
      ISSUE_TOPICS.moved,
      { issueId, eventId, recipientId },
      `issue:${issueId}:${ref}:to:${recipientId}`,
    ),
  );
  messages.push(outboxMessage(ISSUE_TOPICS.card, { issueId }, `issue:${issueId}:card:v${version}`));
  if (t.notifyDispatchRoom) {
    messages.push(
      outboxMessage(ISSUE_TOPICS.dispatch, { issueId, eventId }, `issue:${issueId}:${ref}:dispatch`),
    );
  }
  return messages;
}

export function createIssueService(deps: IssueServiceDeps) {
  async function context(): Promise<DecideContext> {
    const [calendar, settings] = await Promise.all([deps.calendar(), deps.settings()]);
    return {
      today: localDateOf(deps.clock(), deps.timeZone),
      dueDateFor: (level, urgency, from) =>
        dueDateFor({ level, urgency, from: asLocalDate(from) }, settings, calendar),
    };
  }

  function refuse(error: AppError): never {
    throw error;
  }

  /**
   * Raises an issue inside the caller's transaction (the visit form writes the visit and its issues
   * together); the caller owns idempotency.
   */
  async function raiseIn(
    tx: Tx,
    actor: Actor,
    input: { subject: IssueSubject; command: MoveCommand; visitId?: number; key: string },
    ctx?: DecideContext,
  ): Promise<RaisedIn> {
    const decision = decide(null, input.command, actor, ctx ?? (await context()));
    if (!decision.ok) refuse(decision.error);
    const t = decision.transition;
    const at = deps.clock();
    const issueId = await insertIssue(tx, {
      transition: t,
      subject: input.subject,
      visitId: input.visitId,
      idempotencyKey: input.key,
      at,
    });
    const eventId = await recordMove(tx, issueId, t, at, input.key);
    const id = eventId === null ? null : String(eventId);
    await writeOutbox(tx, notifications(issueId, 0, id, t, input.key));
    return { issueId, eventId: id, replayed: false, homes: homesTouched(null, t, actor) };
  }

  return {
    context,
    raiseIn,

    async raise(
      actor: Actor,
      input: { subject: IssueSubject; command: MoveCommand; visitId?: number; key: string },
    ): Promise<MoveOutcome> {
      const ctx = await context();
      const done = await once(deps.db, input.key, async (tx) => {
        const { issueId, eventId, homes } = await raiseIn(tx, actor, input, ctx);
        await writeHomeRefresh(tx, homes, `${input.key}:homes`);
        return { issueId, eventId };
      });
      return { ...done.result, replayed: done.replayed };
    },

    /** One move on an existing issue; a racing move on the same issue fails with `conflict`. */
    async move(actor: Actor, issueId: number, command: MoveCommand, key: string): Promise<MoveOutcome> {
      const ctx = await context();
      const done = await once(deps.db, key, async (tx) => {
        const loaded = await loadIssueSnapshot(tx, deps.org, issueId);
        if (!loaded)
          refuse(new AppError('not_found', `issue ${issueId} not found`, { params: { id: issueId } }));
        if (command.move === 'withdraw' && command.duplicateOfId !== undefined) {
          const original = await tx.issue.findUnique({
            where: { id: command.duplicateOfId },
            select: { id: true },
          });
          if (!original) {
            refuse(
              new AppError('not_found', `issue ${command.duplicateOfId} not found`, {
                params: { id: command.duplicateOfId },
              }),
            );
          }
        }
        const decision = decide(loaded.snapshot, command, actor, ctx);
        if (!decision.ok) refuse(decision.error);
        const t = decision.transition;
        const at = deps.clock();
        const version =
          t.event === null ? loaded.version : await updateIssue(tx, issueId, loaded.version, t, at);
        const eventId = await recordMove(tx, issueId, t, at, key);
        const id = eventId === null ? null : String(eventId);
        await writeOutbox(tx, notifications(issueId, version, id, t, key));
        await writeHomeRefresh(tx, homesTouched(loaded.snapshot, t, actor), `${key}:homes`);
        return { issueId, eventId: id };
      });
      return { ...done.result, replayed: done.replayed };
    },
  };
}

export type IssueService = ReturnType<typeof createIssueService>;
