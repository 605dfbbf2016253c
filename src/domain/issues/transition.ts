import type { AppError } from '../errors.ts';
import type { CadreId } from '../org/people.ts';
import type { IssueState, LocalDate } from './state.ts';
import type {
  FeedbackVerdict,
  HistoryMove,
  IssueCategory,
  IssueLevel,
  IssueStatus,
  Move,
  Urgency,
  WithdrawReason,
} from './vocabulary.ts';

/** One append-only history row; the caller adds the issue id, the instant and the idempotency key. */
export interface HistoryEvent {
  readonly move: HistoryMove;
  readonly actorId: CadreId;
  /** Null when the move created the issue. */
  readonly from: IssueStatus | null;
  readonly to: IssueStatus;
  readonly comment: string | null;
  readonly ownerBefore: CadreId | null;
  readonly ownerAfter: CadreId | null;
  readonly levelBefore: IssueLevel | null;
  readonly levelAfter: IssueLevel;
  readonly dueBefore: LocalDate | null;
  readonly dueAfter: LocalDate | null;
}

/** Validated and trimmed. */
export interface IssueDetails {
  readonly title: string;
  readonly description: string;
  readonly category: IssueCategory;
  readonly urgency: Urgency;
}

export interface PlanStep {
  readonly seq: number;
  readonly description: string;
  readonly dueDate: LocalDate;
}

export interface FeedbackRecord {
  readonly verdict: FeedbackVerdict;
  readonly comment: string | null;
  readonly recordedById: CadreId;
}

export type ExtensionRecord =
  | {
      readonly kind: 'requested';
      readonly requestedById: CadreId;
      readonly dueDate: LocalDate;
      readonly reason: string;
    }
  | {
      readonly kind: 'decided';
      readonly approved: boolean;
      readonly decidedById: CadreId;
      readonly note: string | null;
    };

export interface Transition {
  readonly move: Move;
  readonly next: IssueState;
  /**
   * Null only for an extension request and a refused extension: they change nothing on the issue and
   * are kept as extension_requests rows instead.
   */
  readonly event: HistoryEvent | null;
  /** Finder, owner before and owner after, minus the actor: who must hear of this move in Slack. */
  readonly notify: readonly CadreId[];
  /** The move puts work in the dispatch room's queue (its triage channel should hear of it). */
  readonly notifyDispatchRoom: boolean;
  /** Set when the move creates the issue. */
  readonly details?: IssueDetails;
  /** Set by `defer`: the plan replacing any earlier one. */
  readonly planSteps?: readonly PlanStep[];
  /** Set by `close_out` and `reopen`. */
  readonly feedback?: FeedbackRecord;
  readonly extension?: ExtensionRecord;
  /** Set by `withdraw`. */
  readonly withdrawal?: { readonly reason: WithdrawReason };
}

export type Decision =
  | { readonly ok: true; readonly transition: Transition }
  | { readonly ok: false; readonly error: AppError };
