// The issue state machine's public surface (domain.md "Issues" and "Roles").
export { allowedMoves } from './allowed-moves.ts';
export { type Placement, placeOnServiceLine } from './assignment.ts';
export { isMoveAvailable } from './availability.ts';
export type { CommandFor, IssueDetailsInput, MoveCommand, PlanStepInput, RouteTarget } from './commands.ts';
export { decide } from './decide.ts';
export { isLocalDate, LIMITS } from './fields.ts';
export { moveForVerdict } from './moves/feedback.ts';
export { actsAsFinder, actsAsOwner, mayMake, mayReassign } from './permissions.ts';
export type {
  DecideContext,
  DueDateRule,
  IssueId,
  IssueScope,
  IssueSnapshot,
  IssueState,
  LocalDate,
  PendingExtension,
} from './state.ts';
export type {
  Decision,
  ExtensionRecord,
  FeedbackRecord,
  HistoryEvent,
  IssueDetails,
  PlanStep,
  Transition,
} from './transition.ts';
export * from './vocabulary.ts';
