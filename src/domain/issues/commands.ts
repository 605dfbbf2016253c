import type { Member, UnitId } from '../org/people.ts';
import type { IssueId, LocalDate } from './state.ts';
import type { FeedbackVerdict, IssueCategory, Urgency, WithdrawReason } from './vocabulary.ts';

// Commands carry what the user typed, untrimmed and unchecked: `decide` validates and trims. The people
// named in a command (an assignee) come loaded as Members, since the rules depend on where they sit.

/** The fields of a new issue, as entered in the visit or issue form. */
export interface IssueDetailsInput {
  readonly title: string;
  readonly description: string;
  readonly category: IssueCategory;
  readonly urgency: Urgency;
}

export interface PlanStepInput {
  readonly description: string;
  readonly dueDate: LocalDate;
}

export type RouteTarget =
  | { readonly level: 'function_group'; readonly functionGroupId: UnitId }
  | { readonly level: 'city'; readonly dispatchRoomId: UnitId };

export type MoveCommand =
  | { readonly move: 'resolve_on_spot'; readonly details: IssueDetailsInput; readonly note: string }
  | { readonly move: 'keep'; readonly details: IssueDetailsInput; readonly assignee: Member }
  | {
      readonly move: 'hand_to_dispatch';
      readonly reason: string;
      /** Required when the issue is being raised; ignored otherwise. */
      readonly details?: IssueDetailsInput;
    }
  | {
      readonly move: 'route';
      readonly target: RouteTarget;
      readonly assignee: Member;
      /** Dispatch may fix the date (the city often does); otherwise the level's working-day allowance. */
      readonly dueDate?: LocalDate;
      readonly comment?: string;
    }
  | { readonly move: 'return_misrouted'; readonly reason: string }
  | { readonly move: 'defer'; readonly explanation: string; readonly plan: readonly PlanStepInput[] }
  | { readonly move: 'resume'; readonly comment: string }
  | { readonly move: 'resolve'; readonly note: string }
  | { readonly move: 'close_out'; readonly verdict: FeedbackVerdict; readonly comment?: string }
  /** The enterprise was dissatisfied: `comment` is what it said. */
  | { readonly move: 'reopen'; readonly comment: string }
  | {
      readonly move: 'withdraw';
      readonly reason: WithdrawReason;
      readonly comment: string;
      readonly duplicateOfId?: IssueId;
    }
  | { readonly move: 'reassign'; readonly assignee: Member; readonly comment?: string }
  | { readonly move: 'request_extension'; readonly dueDate: LocalDate; readonly reason: string }
  | { readonly move: 'decide_extension'; readonly approve: boolean; readonly note?: string };

export type CommandFor<M extends MoveCommand['move']> = Extract<MoveCommand, { move: M }>;
