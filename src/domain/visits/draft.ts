// A visit as the form carries it (untrimmed, unchecked strings) and as it leaves validation.
import type { LocalDate } from '../../calendar/index.ts';
import type { IssueDetailsInput } from '../issues/index.ts';
import type { VisitIssueOutcome, VisitMode } from './vocabulary.ts';

/** One problem typed into the visit form. `slot` names its place in the form, for errors. */
export interface VisitIssueDraft {
  readonly slot: number;
  readonly title?: string | null;
  readonly category?: string | null;
  readonly urgency?: string | null;
  readonly description?: string | null;
  readonly outcome?: string | null;
  /** How it was resolved on the spot, or why it goes to dispatch. */
  readonly note?: string | null;
}

export interface VisitDraft {
  /** The enterprise's id as the select carried it. */
  readonly enterpriseId?: string | null;
  readonly date?: string | null;
  readonly mode?: string | null;
  readonly companionSlackIds: readonly string[];
  readonly summary?: string | null;
  readonly policyIds: readonly string[];
  readonly aboveScaleCandidate: boolean;
  readonly investmentToCount: boolean;
  readonly issues: readonly VisitIssueDraft[];
}

export interface CheckedVisitIssue {
  readonly slot: number;
  readonly outcome: VisitIssueOutcome;
  readonly details: IssueDetailsInput;
  /** Trimmed; empty for `keep`. */
  readonly note: string;
}

export interface CheckedVisit {
  readonly enterpriseId: number;
  readonly date: LocalDate;
  readonly mode: VisitMode;
  /** Distinct, without the submitter (a visit is always logged under the person who submits it). */
  readonly companionSlackIds: readonly string[];
  readonly summary: string;
  readonly policyIds: readonly number[];
  readonly aboveScaleCandidate: boolean;
  readonly investmentToCount: boolean;
  readonly issues: readonly CheckedVisitIssue[];
}
