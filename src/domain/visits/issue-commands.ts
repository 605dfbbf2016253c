// A problem found at a visit becomes one of the issue state machine's creating commands.
import type { MoveCommand } from '../issues/index.ts';
import type { Member } from '../org/people.ts';
import type { CheckedVisitIssue } from './draft.ts';

/** `finder`: kept at own level means the finder owns it (谁发现谁跟踪). */
export function raiseCommandFor(issue: CheckedVisitIssue, finder: Member): MoveCommand {
  switch (issue.outcome) {
    case 'resolve_on_spot':
      return { move: 'resolve_on_spot', details: issue.details, note: issue.note };
    case 'keep':
      return { move: 'keep', details: issue.details, assignee: finder };
    case 'hand_to_dispatch':
      return { move: 'hand_to_dispatch', details: issue.details, reason: issue.note };
  }
}

/**
 * Where an issue command's own field errors belong in the visit form: the state machine names
 * `note`/`reason` (our one note field) and `assignee` (who keeps it: the outcome choice).
 */
export function visitFieldOf(slot: number, issueField: string): string {
  const field = issueField === 'reason' ? 'note' : issueField === 'assignee' ? 'outcome' : issueField;
  return `issues.${slot}.${field}`;
}
