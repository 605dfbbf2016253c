import type { MoveCommand } from '../../../src/domain/issues/commands.ts';
import type { IssueDetailsInput, Move } from '../../../src/domain/issues/index.ts';
import type { Actor } from '../../../src/domain/org/people.ts';
import { cast, FG1 } from './cast.ts';
import type { FixtureName } from './fixtures.ts';

export const details: IssueDetailsInput = {
  title: '  Grid connection delayed  ',
  description: 'The new workshop waits for a 10 kV connection.',
  category: 'utilities_infrastructure',
  urgency: 'normal',
};

/** Who a reassignment goes to: someone every permitted actor may pick at the fixture's level. */
const reassignTo: Partial<Record<FixtureName, Actor>> = {
  ip_self: cast.finder,
  ip_self_pending: cast.finder,
  deferred_self: cast.finder,
  ip_team: cast.headG2,
  ip_fg: cast.fgMate,
  deferred_fg: cast.fgMate,
  ip_city: cast.dispatcher,
  ip_city_pending: cast.dispatcher,
};

/** A command with every field valid, so that only the state and the actor decide the outcome. */
export function validCommand(fixture: FixtureName, move: Move, actor: Actor): MoveCommand {
  switch (move) {
    case 'resolve_on_spot':
      return { move, details, note: 'Explained the subsidy form on site.' };
    case 'keep':
      return { move, details, assignee: actor };
    case 'hand_to_dispatch':
      return { move, reason: 'Needs the power company.', details };
    case 'route':
      return { move, target: { level: 'function_group', functionGroupId: FG1 }, assignee: cast.fgMate };
    case 'return_misrouted':
      return { move, reason: 'Not our subject: land, not utilities.' };
    case 'defer':
      return {
        move,
        explanation: 'Told the firm the substation is built next year.',
        plan: [{ description: 'Substation tender', dueDate: '2025-07-01' }],
      };
    case 'resume':
      return { move, comment: 'The substation was finished early.' };
    case 'resolve':
      return { move, note: 'Connected on 2 June.' };
    case 'close_out':
      return { move, verdict: 'satisfied' };
    case 'reopen':
      return { move, comment: 'Voltage still unstable.' };
    case 'withdraw':
      return { move, reason: 'invalid', comment: 'Not a problem of the firm.' };
    case 'reassign':
      return { move, assignee: reassignTo[fixture] ?? cast.finder };
    case 'request_extension':
      return { move, dueDate: '2025-06-17', reason: 'Waiting for the grid company.' };
    case 'decide_extension':
      return { move, approve: true };
  }
}
