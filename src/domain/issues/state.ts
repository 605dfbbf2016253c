import type { CadreId, ServiceUnits, UnitId } from '../org/people.ts';
import type { IssueLevel, IssueStatus, Urgency } from './vocabulary.ts';

/**
 * A local calendar date, 'YYYY-MM-DD', in the district's time zone. Plain string so any branded
 * LocalDate (src/calendar) can be passed in; such strings compare correctly with `<`.
 */
export type LocalDate = string;
export type IssueId = number;

/** The columns of an issue that moves change. */
export interface IssueState {
  readonly status: IssueStatus;
  readonly level: IssueLevel;
  readonly urgency: Urgency;
  readonly finderId: CadreId;
  /** Null while the issue waits in the dispatch room's queue. */
  readonly ownerId: CadreId | null;
  /** The finder's group or team, the function group, or the dispatch room (city level). */
  readonly ownerUnitId: UnitId | null;
  /** Null when nobody owes anything by a date: awaiting dispatch, resolved, closed, withdrawn. */
  readonly dueDate: LocalDate | null;
  readonly resolvedOnSpot: boolean;
  readonly duplicateOfId: IssueId | null;
}

/** Where the finder and the owner sit, loaded with the issue: the facts permissions need. */
export interface IssueScope {
  readonly finderUnits: ServiceUnits;
  /** The owner's service groups and teams; empty when there is no owner. */
  readonly ownerUnits: ServiceUnits;
}

export interface PendingExtension {
  readonly requestedById: CadreId;
  readonly requestedDue: LocalDate;
}

/** What `decide` needs to know about an existing issue. */
export interface IssueSnapshot {
  readonly id: IssueId;
  readonly state: IssueState;
  readonly scope: IssueScope;
  /** At most one extension request waits for dispatch at a time. */
  readonly pendingExtension: PendingExtension | null;
}

export type DueDateRule = (level: IssueLevel, urgency: Urgency, from: LocalDate) => LocalDate;

export interface DecideContext {
  /** Today in the district's time zone. */
  readonly today: LocalDate;
  /** The working-day deadline for an issue whose clock starts at `from` (src/domain/deadlines). */
  readonly dueDateFor: DueDateRule;
}
