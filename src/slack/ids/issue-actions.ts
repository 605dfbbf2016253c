// Buttons that act on one issue, wherever they appear: its card, the dispatch room's triage post, a
// reminder message. The button's value is the issue id.
import type { Move } from '../../domain/issues/index.ts';

const MOVE_PREFIX = 'issue.move.';

/** The button that starts `move` on an issue (opens its modal, or acts at once when it needs nothing). */
export function issueMoveActionId(move: Move): string {
  return `${MOVE_PREFIX}${move}`;
}

/** Matches every move button, for one listener that dispatches on the move. */
export const ISSUE_MOVE_ACTION = new RegExp(`^${MOVE_PREFIX.replace('.', '\\.')}([a-z_]+)$`);

export const ISSUE_ACTIONS = {
  /** Show the issue's card with its history. */
  open: 'issue.open',
  /** The finder has told the enterprise of the last move (the report-back clock stops). */
  enterpriseInformed: 'issue.enterprise_informed',
  /** Reminder: leave this issue alone until the next working day. */
  snooze: 'issue.snooze',
} as const;
