// The words of domain.md "Issues". The database enums (prisma/schema.prisma) are mirrored here as string
// unions so the rules need no Prisma import; test/unit/issues/vocabulary.test.ts keeps the two equal.

export const ISSUE_STATUSES = [
  'in_progress',
  'awaiting_dispatch',
  'deferred',
  'resolved',
  'closed',
  'withdrawn',
] as const;
export type IssueStatus = (typeof ISSUE_STATUSES)[number];

export const ISSUE_LEVELS = ['self', 'team', 'function_group', 'city'] as const;
export type IssueLevel = (typeof ISSUE_LEVELS)[number];

/** The service line, where group heads, team heads and district leaders act for their people. */
export const SERVICE_LEVELS: readonly IssueLevel[] = ['self', 'team'];

export const ISSUE_CATEGORIES = [
  'financing',
  'land_planning',
  'approvals_permits',
  'utilities_infrastructure',
  'labour_hiring',
  'policy_subsidies',
  'market_sales',
  'other',
] as const;
export type IssueCategory = (typeof ISSUE_CATEGORIES)[number];

export const URGENCIES = ['normal', 'urgent'] as const;
export type Urgency = (typeof URGENCIES)[number];

export const FEEDBACK_VERDICTS = ['satisfied', 'basically_satisfied', 'dissatisfied'] as const;
export type FeedbackVerdict = (typeof FEEDBACK_VERDICTS)[number];

/** What a history row may say (the IssueMove enum): an approved extension is recorded as `extend`. */
export const HISTORY_MOVES = [
  'resolve_on_spot',
  'keep',
  'hand_to_dispatch',
  'route',
  'return_misrouted',
  'defer',
  'resume',
  'resolve',
  'close_out',
  'reopen',
  'withdraw',
  'reassign',
  'extend',
] as const;
export type HistoryMove = (typeof HISTORY_MOVES)[number];

/**
 * What a cadre can ask for. Reporting back to the enterprise (the finder's report-back clock,
 * `enterpriseInformedAt`) is not here: it changes no status, owner, level or deadline, so it needs no
 * permission beyond "the finder" and no history row; the caller records it directly.
 */
export const MOVES = [
  'resolve_on_spot',
  'keep',
  'hand_to_dispatch',
  'route',
  'return_misrouted',
  'defer',
  'resume',
  'resolve',
  'close_out',
  'reopen',
  'withdraw',
  'reassign',
  'request_extension',
  'decide_extension',
] as const;
export type Move = (typeof MOVES)[number];

/** The moves that create an issue: the "(new)" rows of the status table. */
export const CREATION_MOVES = ['resolve_on_spot', 'keep', 'hand_to_dispatch'] as const;
export type CreationMove = (typeof CREATION_MOVES)[number];

/**
 * Open = not finished. A resolved issue is still open: it is finished only once closed out after the
 * enterprise's feedback (问题不留根), so dispatch can still withdraw it.
 */
export function isOpen(status: IssueStatus): boolean {
  return status !== 'closed' && status !== 'withdrawn';
}

export const WITHDRAW_REASONS = ['duplicate', 'invalid'] as const;
export type WithdrawReason = (typeof WITHDRAW_REASONS)[number];
