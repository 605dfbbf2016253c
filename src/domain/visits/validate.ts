// The visit form's rules (domain.md "Visits"): every field at fault at once, named so the form can
// show each error beside its field. Issue fields are named `issues.<slot>.<field>`.
import { addCalendarDays, isLocalDate, type LocalDate } from '../../calendar/index.ts';
import { AppError } from '../errors.ts';
import { FieldCheck } from '../issues/fields.ts';
import { ISSUE_CATEGORIES, URGENCIES } from '../issues/vocabulary.ts';
import type { CheckedVisit, CheckedVisitIssue, VisitDraft, VisitIssueDraft } from './draft.ts';
import { VISIT_ISSUE_OUTCOMES, VISIT_LIMITS, VISIT_MODES } from './vocabulary.ts';

export interface VisitRulesContext {
  /** Today in the district's time zone. */
  readonly today: LocalDate;
  /** Who submits: never listed as their own companion. */
  readonly submitterSlackId: string;
  /** Dispatch staff may log visits further back. */
  readonly isDispatch: boolean;
}

export type VisitCheck = { ok: true; visit: CheckedVisit } | { ok: false; error: AppError };

const ID = /^[1-9]\d{0,9}$/;

/** True for an id as the form's selects carry them; anything else cannot name a row. */
export function isRowId(value: string | null | undefined): value is string {
  return typeof value === 'string' && ID.test(value);
}

/** The earliest date `ctx`'s user may log a visit for. */
export function earliestVisitDate(ctx: Pick<VisitRulesContext, 'today' | 'isDispatch'>): LocalDate {
  return addCalendarDays(ctx.today, -maxDaysBack(ctx.isDispatch));
}

export function maxDaysBack(isDispatch: boolean): number {
  return isDispatch ? VISIT_LIMITS.daysBackForDispatch : VISIT_LIMITS.daysBack;
}

export function checkVisit(draft: VisitDraft, ctx: VisitRulesContext): VisitCheck {
  const check = new FieldCheck();
  const enterpriseId = checkEnterprise(check, draft.enterpriseId);
  const date = checkDate(check, draft.date, ctx);
  const modeOk = check.oneOf('mode', draft.mode ?? undefined, VISIT_MODES);
  const summary = check.required('summary', draft.summary ?? undefined, VISIT_LIMITS.summary);
  const companionSlackIds = distinct(draft.companionSlackIds).filter((id) => id !== ctx.submitterSlackId);
  if (companionSlackIds.length > VISIT_LIMITS.companions) {
    check.fail('companions', 'too_many', { max: VISIT_LIMITS.companions });
  }
  const policyIds = checkPolicies(check, draft.policyIds);
  if (draft.issues.length > VISIT_LIMITS.issues) {
    check.fail(`issues.${draft.issues.at(-1)?.slot}.title`, 'too_many', { max: VISIT_LIMITS.issues });
  }
  const issues = draft.issues.map((issue) => checkIssue(check, issue));

  if (!check.ok || enterpriseId === null || date === null || !modeOk) {
    return { ok: false, error: AppError.validation(check.errors) };
  }
  return {
    ok: true,
    visit: {
      enterpriseId,
      date,
      mode: draft.mode as CheckedVisit['mode'],
      companionSlackIds,
      summary,
      policyIds,
      aboveScaleCandidate: draft.aboveScaleCandidate,
      investmentToCount: draft.investmentToCount,
      issues: issues.filter((i): i is CheckedVisitIssue => i !== null),
    },
  };
}

function checkEnterprise(check: FieldCheck, value: string | null | undefined): number | null {
  if (!value) {
    check.fail('enterprise', 'required');
    return null;
  }
  // Anything but one of our ids cannot be in the directory (a stale or forged option).
  if (!ID.test(value)) {
    check.fail('enterprise', 'not_found');
    return null;
  }
  return Number(value);
}

function checkDate(
  check: FieldCheck,
  value: string | null | undefined,
  ctx: VisitRulesContext,
): LocalDate | null {
  if (!value) {
    check.fail('date', 'required');
    return null;
  }
  if (!isLocalDate(value)) {
    check.fail('date', 'not_a_date');
    return null;
  }
  if (value > ctx.today) {
    check.fail('date', 'in_future', { today: ctx.today });
    return null;
  }
  const earliest = earliestVisitDate(ctx);
  if (value < earliest) {
    check.fail('date', 'too_old', { days: maxDaysBack(ctx.isDispatch), earliest });
    return null;
  }
  return value;
}

function checkPolicies(check: FieldCheck, values: readonly string[]): number[] {
  const ids = distinct(values);
  if (ids.length > VISIT_LIMITS.policies) check.fail('policies', 'too_many', { max: VISIT_LIMITS.policies });
  if (ids.some((id) => !ID.test(id))) check.fail('policies', 'not_found');
  return ids.filter((id) => ID.test(id)).map(Number);
}

function checkIssue(check: FieldCheck, issue: VisitIssueDraft): CheckedVisitIssue | null {
  const at = (field: string) => `issues.${issue.slot}.${field}`;
  const title = check.required(at('title'), issue.title ?? undefined, VISIT_LIMITS.issueTitle);
  const description = check.optional(
    at('description'),
    issue.description ?? undefined,
    VISIT_LIMITS.issueText,
  );
  const category = issue.category ?? undefined;
  const urgency = issue.urgency ?? undefined;
  const outcome = issue.outcome ?? undefined;
  const categoryOk = check.oneOf(at('category'), category, ISSUE_CATEGORIES);
  const urgencyOk = check.oneOf(at('urgency'), urgency, URGENCIES);
  const outcomeOk = check.oneOf(at('outcome'), outcome, VISIT_ISSUE_OUTCOMES);
  // Resolving on the spot records how; handing up records why (domain.md: "handed up, with reason").
  const noteRequired = outcome === 'resolve_on_spot' || outcome === 'hand_to_dispatch';
  const note = noteRequired
    ? check.required(at('note'), issue.note ?? undefined, VISIT_LIMITS.issueText)
    : (check.optional(at('note'), issue.note ?? undefined, VISIT_LIMITS.issueText) ?? '');
  if (!categoryOk || !urgencyOk || !outcomeOk) return null;
  return {
    slot: issue.slot,
    outcome,
    note,
    details: { title, description: description ?? '', category, urgency },
  };
}

function distinct(values: readonly string[]): string[] {
  return [...new Set(values.filter((v) => v !== ''))];
}
