import { describe, expect, it } from 'vitest';
import { decide, MOVES } from '../../../src/domain/issues/index.ts';
import { CAST_NAMES, cast } from './cast.ts';
import { validCommand } from './commands.ts';
import { expected, INVALID } from './expected-permissions.ts';
import { ctx, FIXTURE_NAMES, fixtures } from './fixtures.ts';

// Every accepted move of the permission matrix, checked against the rules every move obeys.
const accepted = FIXTURE_NAMES.flatMap((fixture) =>
  MOVES.flatMap((move) =>
    CAST_NAMES.flatMap((name) => {
      const issue = fixtures[fixture];
      const actor = cast[name];
      const decision = decide(issue, validCommand(fixture, move, actor), actor, ctx);
      return decision.ok
        ? [{ label: `${fixture} · ${move} · ${name}`, issue, actor, t: decision.transition }]
        : [];
    }),
  ),
);

describe('every accepted move', () => {
  it('are exactly those the written table allows', () => {
    const allowedInTable = FIXTURE_NAMES.flatMap((f) => MOVES.map((m) => expected[f][m])).reduce(
      (sum, rule) => sum + (rule === INVALID ? 0 : rule.length),
      0,
    );
    expect(accepted.length).toBe(allowedInTable);
  });

  it.each(accepted)('$label: notifies finder and owners, never the actor', ({ issue, actor, t }) => {
    expect(t.notify).not.toContain(actor.cadreId);
    expect(new Set(t.notify).size).toBe(t.notify.length);
    const concerned = [
      t.next.finderId,
      issue?.state.ownerId,
      t.next.ownerId,
      issue?.pendingExtension?.requestedById,
    ].filter((id) => id !== null && id !== undefined && id !== actor.cadreId);
    expect([...t.notify].sort()).toEqual([...new Set(concerned)].sort());
  });

  it.each(accepted)('$label: the history row matches the change', ({ issue, actor, t }) => {
    const before = issue?.state ?? null;
    if (t.event === null) {
      // Only an extension request or a refusal leaves the issue as it was, and without a row.
      expect(['request_extension', 'decide_extension']).toContain(t.move);
      expect(t.next).toEqual(before);
      return;
    }
    expect(t.event).toEqual({
      move: t.move === 'decide_extension' ? 'extend' : t.move,
      actorId: actor.cadreId,
      from: before?.status ?? null,
      to: t.next.status,
      comment: t.event.comment,
      ownerBefore: before?.ownerId ?? null,
      ownerAfter: t.next.ownerId,
      levelBefore: before?.level ?? null,
      levelAfter: t.next.level,
      dueBefore: before?.dueDate ?? null,
      dueAfter: t.next.dueDate,
    });
  });

  it.each(accepted)(
    '$label: the finder never changes, and only open work has a deadline',
    ({ issue, actor, t }) => {
      expect(t.next.finderId).toBe(issue?.state.finderId ?? actor.cadreId);
      const owesWork = t.next.status === 'in_progress' || t.next.status === 'deferred';
      expect(t.next.dueDate !== null).toBe(owesWork);
      // Only the dispatch queue has no owner (and an issue withdrawn straight from it).
      if (t.next.ownerId === null) expect(t.next.status).toMatch(/^(awaiting_dispatch|withdrawn)$/);
    },
  );
});
