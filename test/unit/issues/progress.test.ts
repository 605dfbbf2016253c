import { describe, expect, it } from 'vitest';
import { decide, LIMITS, type PlanStepInput } from '../../../src/domain/issues/index.ts';
import { cast } from './cast.ts';
import { ctx, DUE, fixtures, TODAY } from './fixtures.ts';
import { accept, fieldErrors } from './outcome.ts';

const { finder, groupMate, fgOwner } = cast;
const step = (dueDate: string, description = 'Next step'): PlanStepInput => ({ description, dueDate });
const deferWith = (plan: PlanStepInput[], explanation = 'Told the firm why.') =>
  decide(fixtures.ip_self, { move: 'defer', explanation, plan }, groupMate, ctx);

describe('defer (in_progress → deferred)', () => {
  it('records the explanation and the plan; the next deadline is the first step', () => {
    const t = accept(deferWith([step('2025-07-01', ' Tender '), step('2025-09-01', 'Build')]));
    expect(t.next).toMatchObject({ status: 'deferred', dueDate: '2025-07-01', ownerId: groupMate.cadreId });
    expect(t.planSteps).toEqual([
      { seq: 1, description: 'Tender', dueDate: '2025-07-01' },
      { seq: 2, description: 'Build', dueDate: '2025-09-01' },
    ]);
    expect(t.event).toMatchObject({
      move: 'defer',
      from: 'in_progress',
      to: 'deferred',
      comment: 'Told the firm why.',
      dueBefore: DUE,
      dueAfter: '2025-07-01',
    });
    expect(t.notify).toEqual([finder.cadreId]);
  });

  it('needs an explanation and at least one step', () => {
    expect(fieldErrors(deferWith([], ''))).toEqual(['explanation: required', 'plan: required']);
  });

  it('refuses steps dated in the past, but today is fine', () => {
    expect(deferWith([step(TODAY)]).ok).toBe(true);
    expect(fieldErrors(deferWith([step('2025-06-02')]))).toEqual(['plan.0.dueDate: in_past']);
  });

  it('refuses steps going back in time; two steps may share a date', () => {
    expect(deferWith([step('2025-07-01'), step('2025-07-01')]).ok).toBe(true);
    expect(fieldErrors(deferWith([step('2025-07-01'), step('2025-08-01'), step('2025-07-15')]))).toEqual([
      'plan.2.dueDate: not_ascending',
    ]);
  });

  it('names the step at fault for each field', () => {
    expect(fieldErrors(deferWith([step('2025-07-01'), step('07/08/2025', ' '), step('')]))).toEqual([
      'plan.1.description: required',
      'plan.1.dueDate: not_a_date',
      'plan.2.dueDate: required',
    ]);
  });

  it(`takes at most ${LIMITS.planSteps} steps`, () => {
    const many = Array.from({ length: LIMITS.planSteps + 1 }, () => step('2025-07-01'));
    expect(fieldErrors(deferWith(many))).toEqual(['plan: too_many']);
    expect(deferWith(many.slice(1)).ok).toBe(true);
  });
});

describe('resume (deferred → in_progress)', () => {
  it('gives a fresh deadline for the level from today', () => {
    const t = accept(
      decide(fixtures.deferred_fg, { move: 'resume', comment: 'Land released.' }, fgOwner, ctx),
    );
    expect(t.next).toMatchObject({
      status: 'in_progress',
      dueDate: ctx.dueDateFor('function_group', 'normal', TODAY),
    });
    expect(t.event).toMatchObject({
      move: 'resume',
      from: 'deferred',
      to: 'in_progress',
      comment: 'Land released.',
    });
  });

  it('needs to say what changed', () => {
    expect(
      fieldErrors(decide(fixtures.deferred_self, { move: 'resume', comment: '' }, groupMate, ctx)),
    ).toEqual(['comment: required']);
  });
});

describe('resolve (in_progress or deferred → resolved)', () => {
  it('records the resolution note and stops the clock', () => {
    for (const issue of [fixtures.ip_self, fixtures.deferred_self]) {
      const t = accept(decide(issue, { move: 'resolve', note: 'Connected.' }, groupMate, ctx));
      expect(t.next).toMatchObject({
        status: 'resolved',
        dueDate: null,
        ownerId: groupMate.cadreId,
        resolvedOnSpot: false,
      });
      expect(t.event).toMatchObject({
        move: 'resolve',
        from: issue.state.status,
        to: 'resolved',
        comment: 'Connected.',
        dueAfter: null,
      });
      expect(t.notify).toEqual([finder.cadreId]);
    }
  });

  it('requires a note', () => {
    expect(fieldErrors(decide(fixtures.ip_self, { move: 'resolve', note: '\t' }, groupMate, ctx))).toEqual([
      'note: required',
    ]);
  });
});
