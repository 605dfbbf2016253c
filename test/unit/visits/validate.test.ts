import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../../../src/calendar/index.ts';
import type { AppError } from '../../../src/domain/errors.ts';
import { checkVisit, type VisitDraft, type VisitRulesContext } from '../../../src/domain/visits/index.ts';

const TODAY = '2026-06-04' as LocalDate;
const ctx: VisitRulesContext = { today: TODAY, submitterSlackId: 'U0ME', isDispatch: false };
const dispatch: VisitRulesContext = { ...ctx, isDispatch: true };

const draft = (over: Partial<VisitDraft> = {}): VisitDraft => ({
  enterpriseId: '12',
  date: TODAY,
  mode: 'on_site',
  companionSlackIds: [],
  summary: ' 生产正常 ',
  policyIds: [],
  aboveScaleCandidate: false,
  investmentToCount: true,
  issues: [],
  ...over,
});

function errorsOf(d: VisitDraft, c: VisitRulesContext = ctx) {
  const result = checkVisit(d, c);
  if (result.ok) throw new Error('expected a refusal');
  return (result.error as AppError).fields.map((f) => ({
    field: f.field,
    rule: f.rule,
    ...(f.params ? { params: f.params } : {}),
  }));
}

describe('checkVisit', () => {
  it('accepts a sound visit, trimmed, with ids as numbers', () => {
    const result = checkVisit(draft({ policyIds: ['3', '3', '4'] }), ctx);
    expect(result).toEqual({
      ok: true,
      visit: {
        enterpriseId: 12,
        date: TODAY,
        mode: 'on_site',
        companionSlackIds: [],
        summary: '生产正常',
        policyIds: [3, 4],
        aboveScaleCandidate: false,
        investmentToCount: true,
        issues: [],
      },
    });
  });

  it('allows today and 30 days back, refuses tomorrow and 31 days back for a cadre', () => {
    expect(checkVisit(draft({ date: '2026-05-05' }), ctx).ok).toBe(true);
    expect(errorsOf(draft({ date: '2026-06-05' }))).toEqual([
      { field: 'date', rule: 'in_future', params: { today: TODAY } },
    ]);
    expect(errorsOf(draft({ date: '2026-05-04' }))).toEqual([
      { field: 'date', rule: 'too_old', params: { days: 30, earliest: '2026-05-05' } },
    ]);
  });

  it('lets dispatch staff log 90 days back, not 91', () => {
    expect(checkVisit(draft({ date: '2026-03-06' }), dispatch).ok).toBe(true);
    expect(errorsOf(draft({ date: '2026-03-05' }), dispatch)).toEqual([
      { field: 'date', rule: 'too_old', params: { days: 90, earliest: '2026-03-06' } },
    ]);
  });

  it('names every field at fault at once', () => {
    expect(
      errorsOf(
        draft({ enterpriseId: null, date: '2026-02-30', mode: 'email', summary: '  ', policyIds: ['x'] }),
      ),
    ).toEqual([
      { field: 'enterprise', rule: 'required' },
      { field: 'date', rule: 'not_a_date' },
      { field: 'mode', rule: 'not_allowed' },
      { field: 'summary', rule: 'required' },
      { field: 'policies', rule: 'not_found' },
    ]);
  });

  it('counts characters, not UTF-16 units, against the summary limit', () => {
    expect(checkVisit(draft({ summary: '长'.repeat(3000) }), ctx).ok).toBe(true);
    expect(errorsOf(draft({ summary: '😀'.repeat(3001) }))).toEqual([
      { field: 'summary', rule: 'too_long', params: { max: 3000, length: 3001 } },
    ]);
  });

  it('refuses an enterprise value that cannot be one of ours', () => {
    expect(errorsOf(draft({ enterpriseId: '1; DROP' }))).toEqual([
      { field: 'enterprise', rule: 'not_found' },
    ]);
  });

  it('drops the submitter and repeats from the companions, and allows ten', () => {
    const ten = Array.from({ length: 10 }, (_, i) => `U0C${i}`);
    const result = checkVisit(draft({ companionSlackIds: ['U0ME', ...ten, 'U0C1'] }), ctx);
    expect(result.ok && result.visit.companionSlackIds).toEqual(ten);
    expect(errorsOf(draft({ companionSlackIds: [...ten, 'U0C10'] }))).toEqual([
      { field: 'companions', rule: 'too_many', params: { max: 10 } },
    ]);
  });

  it('checks each problem under its slot; a note is needed when resolved on the spot or handed up', () => {
    const issue = { title: '缺电', category: 'utilities_infrastructure', urgency: 'normal' };
    expect(
      errorsOf(
        draft({
          issues: [
            { slot: 2, ...issue, outcome: 'resolve_on_spot', note: ' ' },
            { slot: 5, ...issue, outcome: 'hand_to_dispatch' },
            { slot: 7, title: '', category: 'weather', urgency: null, outcome: 'keep' },
          ],
        }),
      ),
    ).toEqual([
      { field: 'issues.2.note', rule: 'required' },
      { field: 'issues.5.note', rule: 'required' },
      { field: 'issues.7.title', rule: 'required' },
      { field: 'issues.7.category', rule: 'not_allowed' },
      { field: 'issues.7.urgency', rule: 'required' },
    ]);
    const kept = checkVisit(
      draft({ issues: [{ slot: 1, ...issue, outcome: 'keep', description: ' 变压器 ' }] }),
      ctx,
    );
    expect(kept.ok && kept.visit.issues).toEqual([
      {
        slot: 1,
        outcome: 'keep',
        note: '',
        details: {
          title: '缺电',
          description: '变压器',
          category: 'utilities_infrastructure',
          urgency: 'normal',
        },
      },
    ]);
  });

  it('allows five problems, not six', () => {
    const issue = (slot: number) => ({
      slot,
      title: 't',
      category: 'other',
      urgency: 'normal',
      outcome: 'keep',
    });
    expect(checkVisit(draft({ issues: [1, 2, 3, 4, 5].map(issue) }), ctx).ok).toBe(true);
    expect(errorsOf(draft({ issues: [1, 2, 3, 4, 5, 6].map(issue) }))).toEqual([
      { field: 'issues.6.title', rule: 'too_many', params: { max: 5 } },
    ]);
  });
});
