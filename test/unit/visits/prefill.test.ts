import { describe, expect, it } from 'vitest';
import {
  choosePrefill,
  creditCodePrefixOf,
  creditCodeRangeEnd,
  type EnterpriseHit,
  needsDuplicateConfirmation,
  raiseCommandFor,
  sameDayKey,
  splitCommandText,
  VISIT_MODES,
  visitFieldOf,
} from '../../../src/domain/visits/index.ts';
import * as prisma from '../../../src/generated/prisma/enums.ts';

const hit = (
  id: number,
  name: string,
  own = false,
  creditCode: string | null = null,
  shortName: string | null = null,
): EnterpriseHit => ({
  id,
  name,
  shortName,
  creditCode,
  own,
});

describe('splitCommandText', () => {
  it('takes the first word as the enterprise and the rest as the summary', () => {
    expect(splitCommandText('  热力   供热管网老化\n需要改造 ')).toEqual({
      query: '热力',
      summary: '供热管网老化\n需要改造',
      text: '热力   供热管网老化\n需要改造',
    });
    expect(splitCommandText('')).toEqual({ query: '', summary: '', text: '' });
    expect(splitCommandText(undefined)).toEqual({ query: '', summary: '', text: '' });
  });

  it('does not search for a first word longer than any name', () => {
    const long = '字'.repeat(101);
    expect(splitCommandText(long)).toEqual({ query: '', summary: long, text: long });
  });
});

describe('choosePrefill', () => {
  it('picks an exact credit code, name or short name', () => {
    const hits = [
      hit(1, '长春市春城热力有限公司', false, '91220101MA14XY2Q3K', '春城热力'),
      hit(2, '春城热力设备厂'),
    ];
    expect(choosePrefill('91220101ma14xy2q3k', hits)).toEqual({ kind: 'picked', hit: hits[0] });
    expect(choosePrefill('春城热力', hits)).toEqual({ kind: 'picked', hit: hits[0] });
  });

  it('picks the only match, or the only one of the cadre’s own', () => {
    expect(choosePrefill('食品', [hit(3, '南关食品')])).toMatchObject({ kind: 'picked', hit: { id: 3 } });
    expect(choosePrefill('热力', [hit(1, 'a热力', true), hit(2, 'b热力'), hit(4, 'c热力')])).toMatchObject({
      kind: 'picked',
      hit: { id: 1 },
    });
  });

  it('leaves it to the user when in doubt, and says when nothing matched', () => {
    expect(choosePrefill('热力', [hit(1, 'a热力', true), hit(2, 'b热力', true)])).toEqual({
      kind: 'ambiguous',
      count: 2,
    });
    expect(choosePrefill('热力', [])).toEqual({ kind: 'none' });
  });
});

describe('likely double entries', () => {
  it('ask unless the user confirmed this enterprise and date', () => {
    const key = sameDayKey(7, '2026-06-04');
    expect(needsDuplicateConfirmation(0, key, null)).toBe(false);
    expect(needsDuplicateConfirmation(1, key, null)).toBe(true);
    expect(needsDuplicateConfirmation(1, key, key)).toBe(false);
    expect(needsDuplicateConfirmation(1, key, sameDayKey(7, '2026-06-03'))).toBe(true);
  });
});

describe('problems become issue commands', () => {
  const details = { title: 't', description: '', category: 'other', urgency: 'normal' } as const;
  const me = { cadreId: 5, roles: [], groupIds: [1], teamIds: [2], functionGroupIds: [] };

  it('keeps with the finder as owner, hands up with the note as reason', () => {
    expect(raiseCommandFor({ slot: 1, outcome: 'keep', details, note: '' }, me)).toEqual({
      move: 'keep',
      details,
      assignee: me,
    });
    expect(raiseCommandFor({ slot: 1, outcome: 'hand_to_dispatch', details, note: 'why' }, me)).toEqual({
      move: 'hand_to_dispatch',
      details,
      reason: 'why',
    });
    expect(raiseCommandFor({ slot: 1, outcome: 'resolve_on_spot', details, note: 'how' }, me)).toEqual({
      move: 'resolve_on_spot',
      details,
      note: 'how',
    });
  });

  it('names the state machine’s fields as the form’s', () => {
    expect(visitFieldOf(3, 'reason')).toBe('issues.3.note');
    expect(visitFieldOf(3, 'assignee')).toBe('issues.3.outcome');
    expect(visitFieldOf(3, 'title')).toBe('issues.3.title');
  });

  it('mirror the database’s visit modes', () => {
    expect([...VISIT_MODES].sort()).toEqual(Object.values(prisma.VisitMode).sort());
  });
});

describe('credit code queries', () => {
  it('read as a code prefix when they have a digit and four characters or more', () => {
    expect(creditCodePrefixOf('9122')).toBe('9122');
    expect(creditCodePrefixOf(' 91220101ma14 ')).toBe('91220101MA14');
    expect(creditCodePrefixOf('９１２２０１')).toBe('912201'); // full-width digits, as pasted
    expect(creditCodePrefixOf('912')).toBeNull();
    expect(creditCodePrefixOf('Golden')).toBeNull();
    expect(creditCodePrefixOf('热力9122')).toBeNull();
  });

  it('become a range of the index that holds every code with the prefix', () => {
    expect(creditCodeRangeEnd('9122')).toBe('9122ZZZZZZZZZZZZZZ');
    expect('91220101MA14XY2Q3K' <= creditCodeRangeEnd('9122')).toBe(true);
  });
});
