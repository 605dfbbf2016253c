// Visits (domain.md "Visits"): the form's rules, the double-entry rule, the `/visit [text]` pre-fill.
export type { CheckedVisit, CheckedVisitIssue, VisitDraft, VisitIssueDraft } from './draft.ts';
export { needsDuplicateConfirmation, sameDayKey } from './duplicate.ts';
export { raiseCommandFor, visitFieldOf } from './issue-commands.ts';
export {
  type CommandPrefill,
  choosePrefill,
  type EnterpriseHit,
  PREFILL_QUERY_MAX,
  type PrefillChoice,
  splitCommandText,
} from './prefill.ts';
export { creditCodePrefixOf, creditCodeRangeEnd } from './search-query.ts';
export {
  checkVisit,
  earliestVisitDate,
  isRowId,
  maxDaysBack,
  type VisitCheck,
  type VisitRulesContext,
} from './validate.ts';
export * from './vocabulary.ts';
