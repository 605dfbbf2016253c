// Logging a visit, in two steps around Slack's ack: `check` (who submits, the form's rules, the
// directory, a likely double entry, and the submission stored: one round trip, so the ack is quick),
// then `record` after the ack: the visit, its companions and policies, and the issues raised in it (with their history and
// outbox rows) in one transaction, exactly once per request key.
import { isLocalDate, type LocalDate, localDateOf } from '../calendar/index.ts';
import { AppError, type FieldError, isAppError } from '../domain/errors.ts';
import type { HomesTouched } from '../domain/issues/homes.ts';
import type { DecideContext } from '../domain/issues/index.ts';
import type { Actor } from '../domain/org/people.ts';
import { isDispatch } from '../domain/org/subtree.ts';
import {
  type CheckedVisit,
  checkVisit,
  choosePrefill,
  type EnterpriseHit,
  isRowId,
  needsDuplicateConfirmation,
  type PrefillChoice,
  raiseCommandFor,
  sameDayKey,
  type VisitDraft,
  type VisitIssueOutcome,
  type VisitMode,
  visitFieldOf,
} from '../domain/visits/index.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import type { AckQueries } from '../persistence/ack-queries.ts';
import { fromDbDateOrNull } from '../persistence/dates.ts';
import { createEnterpriseSearch } from '../persistence/enterprises/enterprise-search.ts';
import { once } from '../persistence/idempotency.ts';
import { createPolicySearch, type PolicyHit } from '../persistence/policies/policy-search.ts';
import type { Db, Tx } from '../persistence/prisma.ts';
import type { HeldRow, SubmissionFacts } from '../persistence/visits/submission-facts.ts';
import {
  type Companion,
  createVisitRepository,
  insertVisit,
  type SameDayVisit,
} from '../persistence/visits/visit-repository.ts';
import { markSubmissionWritten } from '../persistence/visits/visit-submissions.ts';
import { mergeHomes, writeHomeRefresh } from './home-refresh.ts';
import type { IssueService } from './issue-service.ts';

export interface VisitServiceDeps {
  db: Db;
  /** The submission's pre-ack read, on the ack pool (not behind the post-ack writes). */
  ackQueries: AckQueries;
  issues: IssueService;
  clock: () => Date;
  timeZone: string;
}

/** Who submits: the visit is logged under them and they are the finder of its issues. */
export interface Visitor {
  slackUserId: string;
  cadreId: number;
  actor: Actor;
}

export interface LoggedIssue {
  slot: number;
  issueId: number;
  outcome: VisitIssueOutcome;
  title: string;
  /** 'YYYY-MM-DD' when someone owes a resolution by a date (kept at own level). */
  dueDate: string | null;
}

/** What the user is shown once the visit is written; kept as the request's result for replays. */
export interface LoggedVisit {
  visitId: number;
  enterpriseName: string;
  date: string;
  mode: VisitMode;
  summary: string;
  companionSlackIds: string[];
  policyCount: number;
  issues: LoggedIssue[];
}

/** The answer to a submission before anything is written (the ack). */
export type SubmitCheck =
  | { kind: 'outsider' }
  | { kind: 'invalid'; error: AppError }
  /** Earlier visits by the same cadre to the same firm that day: ask, and remember `confirmKey`. */
  | { kind: 'duplicate'; earlier: SameDayVisit[]; enterpriseName: string; confirmKey: string }
  | ({ kind: 'accepted' } & AcceptedVisit);

/** A visit that passed every check: what `record` writes. */
export interface AcceptedVisit {
  visit: CheckedVisit;
  enterpriseName: string;
}

export type RecordOutcome =
  | { kind: 'invalid'; error: AppError }
  | { kind: 'logged'; visit: LoggedVisit; replayed: boolean };

export interface SubmitOptions {
  /** Exactly-once key of this submission (a retried delivery or a double click carries the same). */
  key: string;
  /** The enterprise and date the user already confirmed as another visit that day. */
  confirmedDuplicate?: string | null;
  /**
   * Store the submission with the check (what a worker needs to check and write it again): done for
   * an active cadre whose form its own rules do not refuse, whatever the check then answers.
   */
  hold?: { viewId: string; payload: Prisma.InputJsonObject };
}

/** The check's answer, and the submission's stored row if it was stored. */
export interface Checked {
  checked: SubmitCheck;
  held: HeldRow | null;
}

export function createVisitService(deps: VisitServiceDeps) {
  const { db } = deps;
  const enterprises = createEnterpriseSearch(db);
  const policies = createPolicySearch(db);
  const visits = createVisitRepository(db);

  interface Prepared {
    enterpriseName: string;
    companions: Companion[];
    /** The issue rules' clock and deadlines, read before the transaction so it stays short. */
    ctx: DecideContext | undefined;
  }

  async function write(tx: Tx, visitor: Visitor, visit: CheckedVisit, prepared: Prepared, key: string) {
    const { companions, ctx, enterpriseName } = prepared;
    const visitId = await insertVisit(tx, {
      cadreId: visitor.cadreId,
      visit,
      companions,
      idempotencyKey: key,
      at: deps.clock(),
    });
    const issues: LoggedIssue[] = [];
    // The visitor's Home lists the visit; the firm's own cadre's shows its last visit (the worker
    // finds them); each issue raised touches more.
    const homes: HomesTouched[] = [{ cadreIds: [visitor.cadreId], dispatch: false }];
    for (const issue of visit.issues) {
      const command = raiseCommandFor(issue, visitor.actor);
      const raised = await deps.issues
        .raiseIn(
          tx,
          visitor.actor,
          {
            subject: { enterpriseId: visit.enterpriseId },
            command,
            visitId,
            key: `${key}:issue:${issue.slot}`,
          },
          ctx,
        )
        .catch((error: unknown) => {
          throw inSlot(issue.slot, error);
        });
      homes.push(raised.homes);
      issues.push({
        slot: issue.slot,
        issueId: raised.issueId,
        outcome: issue.outcome,
        title: issue.details.title.trim(),
        dueDate: null,
      });
    }
    // Only a problem kept at the cadre's level has a due date (the others are settled or wait for dispatch).
    const kept = issues.filter((i) => i.outcome === 'keep').map((i) => i.issueId);
    const due =
      kept.length === 0
        ? []
        : await tx.issue.findMany({ where: { id: { in: kept } }, select: { id: true, dueDate: true } });
    for (const issue of issues) {
      const row = due.find((d) => d.id === issue.issueId);
      issue.dueDate = fromDbDateOrNull(row?.dueDate ?? null);
    }
    await writeHomeRefresh(tx, mergeHomes(...homes), `${key}:homes`, { enterpriseIds: [visit.enterpriseId] });
    const logged: LoggedVisit = {
      visitId,
      enterpriseName,
      date: visit.date,
      mode: visit.mode,
      summary: visit.summary,
      companionSlackIds: [...visit.companionSlackIds],
      policyCount: visit.policyIds.length,
      issues,
    };
    return logged;
  }

  return {
    /** Enterprises for the form's select, the cadre's own first (at most 100). */
    searchEnterprises(slackUserId: string, query: string): Promise<EnterpriseHit[]> {
      return enterprises.search(slackUserId, query);
    },

    searchPolicies(query: string): Promise<PolicyHit[]> {
      return policies.search(query);
    },

    /** Which enterprise `/visit <query>` names, if that is beyond doubt. */
    async prefill(slackUserId: string, query: string): Promise<PrefillChoice> {
      return choosePrefill(query, await enterprises.search(slackUserId, query));
    },

    /**
     * Everything that decides the answer to a submission, in one round trip (it runs before the ack):
     * who submits, the form's rules, the directory's references, the double-entry question; in the
     * same statement, the submission stored if `options.hold` asks for it.
     */
    async check(slackUserId: string, draft: VisitDraft, options: SubmitOptions): Promise<Checked> {
      const enterpriseId = isRowId(draft.enterpriseId) ? Number(draft.enterpriseId) : null;
      const policyIds = draft.policyIds.filter(isRowId).map(Number);
      const today = localDateOf(deps.clock(), deps.timeZone);
      // A form its rules refuse even for dispatch staff (who may log furthest back) is not stored.
      const storable =
        options.hold !== undefined &&
        checkVisit(draft, { today, submitterSlackId: slackUserId, isDispatch: true }).ok;
      // A replay passes (its own visit is not an earlier one: `key`); `once` then answers it.
      const facts = await deps.ackQueries.submissionFacts({
        slackUserId,
        enterpriseId,
        policyIds,
        date: isLocalDate(draft.date ?? '') ? (draft.date as string) : null,
        key: options.key,
        ...(storable ? { hold: options.hold } : {}),
      });
      const refs = { enterpriseId, policyIds };
      return { checked: decideCheck(facts, draft, refs, slackUserId, today, options), held: facts.held };
    },

    /**
     * Writes an accepted visit exactly once per `key` (after the ack). A second run with the same key

    /**
     * Writes an accepted visit exactly once per `key` (after the ack). A second run with the same key
     * — Slack's retry, a double click — replays the first's result, even while the first still runs:
     * the key's unique index makes the later transaction wait for the earlier and then give way.
     */
    async record(
      visitor: Visitor,
      accepted: AcceptedVisit,
      key: string,
      /** The stored submission this writes, marked written in the same transaction. */
      submissionId?: bigint,
    ): Promise<RecordOutcome> {
      const { visit } = accepted;
      // Read before the transaction, so it stays short.
      const [companions, ctx] = await Promise.all([
        visits.companions(visit.companionSlackIds),
        visit.issues.length > 0 ? deps.issues.context() : undefined,
      ]);
      const prepared = { enterpriseName: accepted.enterpriseName, companions, ctx };
      try {
        const done = await once(db, key, async (tx) => {
          const logged = await write(tx, visitor, visit, prepared, key);
          if (submissionId !== undefined) await markSubmissionWritten(tx, submissionId, deps.clock());
          return logged as unknown as Prisma.InputJsonObject;
        });
        return { kind: 'logged', visit: done.result as unknown as LoggedVisit, replayed: done.replayed };
      } catch (error) {
        if (isAppError(error) && error.code === 'validation') return { kind: 'invalid', error };
        throw error;
      }
    },
  };
}

export type VisitService = ReturnType<typeof createVisitService>;

/** The answer to a submission, from its facts: every error in one round, the rules' and the directory's. */
function decideCheck(
  facts: SubmissionFacts,
  draft: VisitDraft,
  /** The row ids the draft names, as the facts were asked for them. */
  { enterpriseId, policyIds }: { enterpriseId: number | null; policyIds: number[] },
  slackUserId: string,
  today: LocalDate,
  options: SubmitOptions,
): SubmitCheck {
  if (!facts.cadre) return { kind: 'outsider' };
  const references: FieldError[] = [];
  if (enterpriseId !== null && facts.enterpriseName === null) {
    references.push({ field: 'enterprise', rule: 'not_found' });
  }
  if (policyIds.some((id) => !facts.knownPolicyIds.has(id))) {
    references.push({ field: 'policies', rule: 'not_found' });
  }
  const checked = checkVisit(draft, {
    today,
    submitterSlackId: slackUserId,
    isDispatch: isDispatch(facts.cadre),
  });
  if (!checked.ok) {
    // Every error in one round: the rules' and the directory's, one per field.
    const named = new Set(checked.error.fields.map((f) => f.field));
    const more = references.filter((f) => !named.has(f.field));
    const error = more.length > 0 ? AppError.validation([...checked.error.fields, ...more]) : checked.error;
    return { kind: 'invalid', error };
  }
  if (references.length > 0 || facts.enterpriseName === null) {
    return { kind: 'invalid', error: AppError.validation(references) };
  }
  const { visit } = checked;
  const confirmKey = sameDayKey(visit.enterpriseId, visit.date);
  if (needsDuplicateConfirmation(facts.sameDay.length, confirmKey, options.confirmedDuplicate)) {
    return {
      kind: 'duplicate',
      earlier: facts.sameDay,
      enterpriseName: facts.enterpriseName,
      confirmKey,
    };
  }
  return { kind: 'accepted', visit, enterpriseName: facts.enterpriseName };
}

/** An issue's own field errors, renamed to the form's fields of the problem in `slot`. */
function inSlot(slot: number, error: unknown): unknown {
  if (!isAppError(error) || error.code !== 'validation') return error;
  return AppError.validation(error.fields.map((f) => ({ ...f, field: visitFieldOf(slot, f.field) })));
}
