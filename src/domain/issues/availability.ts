import type { IssueSnapshot } from './state.ts';
import { CREATION_MOVES, isOpen, type Move } from './vocabulary.ts';

/**
 * Whether `move` can happen to the issue in its present state at all, whoever asks: the "from" column
 * of domain.md's status table, plus the level conditions. `null` stands for "(new)".
 */
export function isMoveAvailable(issue: IssueSnapshot | null, move: Move): boolean {
  if (issue === null) return (CREATION_MOVES as readonly Move[]).includes(move);
  const { status, level, ownerId, dueDate } = issue.state;
  switch (move) {
    case 'resolve_on_spot':
    case 'keep':
      return false;
    case 'hand_to_dispatch':
      // A function group sends back with return_misrouted instead, which the figures count apart.
      return status === 'in_progress' && level !== 'function_group';
    case 'route':
      return status === 'awaiting_dispatch';
    case 'return_misrouted':
      return status === 'in_progress' && level === 'function_group';
    case 'defer':
      return status === 'in_progress';
    case 'resume':
      return status === 'deferred';
    case 'resolve':
      return status === 'in_progress' || status === 'deferred';
    case 'close_out':
    case 'reopen':
      return status === 'resolved';
    case 'withdraw':
      return isOpen(status);
    case 'reassign':
      return (status === 'in_progress' || status === 'deferred') && ownerId !== null;
    case 'request_extension':
      // A deferred issue's dates are its plan's steps: it is re-planned (resume, then defer), not extended.
      return status === 'in_progress' && dueDate !== null && issue.pendingExtension === null;
    case 'decide_extension':
      return status === 'in_progress' && issue.pendingExtension !== null;
  }
}
