// Whose App Home a move redraws: the people whose lists hold the issue before or after it, the actor,
// and the dispatch room's staff when their queue or their extension requests change.
import { describe, expect, it } from 'vitest';
import { homesTouched } from '../../../src/domain/issues/homes.ts';
import { decide, type IssueSnapshot, type MoveCommand } from '../../../src/domain/issues/index.ts';
import type { Actor } from '../../../src/domain/org/people.ts';
import { cast, FG1 } from './cast.ts';
import { ctx, fixtures } from './fixtures.ts';
import { accept } from './outcome.ts';

const { finder, groupMate, headG1, fgMate, fgOwner, dispatcher } = cast;

function homes(before: IssueSnapshot | null, command: MoveCommand, actor: Actor) {
  return homesTouched(before, accept(decide(before, command, actor, ctx)), actor);
}

describe('homes a move redraws', () => {
  it('routing empties a dispatch queue slot and fills the new owner’s list', () => {
    const target = { level: 'function_group', functionGroupId: FG1 } as const;
    expect(homes(fixtures.awaiting, { move: 'route', target, assignee: fgMate }, dispatcher)).toEqual({
      cadreIds: [finder.cadreId, fgMate.cadreId, dispatcher.cadreId],
      dispatch: true,
    });
  });

  it('a move outside the queue: the finder and the owner who made it, not dispatch', () => {
    const resolved = homes(fixtures.ip_fg, { move: 'resolve', note: 'Done.' }, fgOwner);
    expect(resolved).toEqual({ cadreIds: [finder.cadreId, fgOwner.cadreId], dispatch: false });
  });

  it('an actor who is neither finder nor owner has their Home redrawn too', () => {
    expect(homes(fixtures.ip_self, { move: 'hand_to_dispatch', reason: 'No.' }, headG1)).toEqual({
      cadreIds: [finder.cadreId, groupMate.cadreId, headG1.cadreId],
      dispatch: true,
    });
  });

  it('an extension asked for, or decided, changes the dispatch room’s list and the asker’s', () => {
    const asked = homes(
      fixtures.ip_self,
      { move: 'request_extension', dueDate: '2025-06-20', reason: 'x' },
      groupMate,
    );
    expect(asked.dispatch).toBe(true);
    const decided = homes(fixtures.ip_self_pending, { move: 'decide_extension', approve: true }, dispatcher);
    expect(decided).toEqual({
      cadreIds: [finder.cadreId, groupMate.cadreId, dispatcher.cadreId],
      dispatch: true,
    });
  });

  it('a new issue resolved on the spot touches its finder alone', () => {
    const raised = homes(
      null,
      {
        move: 'resolve_on_spot',
        details: { title: 'Power', description: '', category: 'utilities_infrastructure', urgency: 'normal' },
        note: 'Fixed.',
      },
      finder,
    );
    expect(raised).toEqual({ cadreIds: [finder.cadreId], dispatch: false });
  });
});
