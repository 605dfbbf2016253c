import { describe, expect, it } from 'vitest';
import {
  changesAgainst,
  type DailyFigures,
  dailyMetrics,
  formatChange,
  formatLocalDate,
  formatRate,
  parseScopeKey,
  readDailyFigures,
  scopeKey,
} from '../../../src/domain/digests/index.ts';

function figures(
  overrides: Partial<DailyFigures['issues']> = {},
  visits = { assigned: 10, visitedOnSite: 5 },
) {
  const f: DailyFigures = {
    v: 1,
    scope: 'district',
    scopeName: null,
    localDate: '2026-06-05',
    comparedWith: null,
    visits: { ...visits, yesterday: 2, total: 20, onSite: 15 },
    issues: {
      collected: 10,
      newYesterday: 1,
      resolvedOnSpot: 1,
      keptAtServiceLevel: 2,
      awaitingDispatch: 0,
      sentToFunctionGroups: 5,
      sentToCity: 2,
      functionGroups: [{ code: 'FG-01', name: '金融服务组', count: 5 }],
      resolved: 4,
      closedOut: 2,
      overdue: 1,
      oldestOverdue: [],
      withFeedback: 0,
      satisfied: 0,
      notInformed: 3,
      ...overrides,
    },
    projects: null,
  };
  return f;
}

describe('changes against the previous digest', () => {
  it('are differences for counts and percentage points for rates', () => {
    const before = figures({}, { assigned: 10, visitedOnSite: 5 });
    const after = figures({ collected: 13, closedOut: 4 }, { assigned: 10, visitedOnSite: 6 });
    const changes = changesAgainst(dailyMetrics(after), dailyMetrics(before));
    expect(changes.get('issues.collected')).toBe(3);
    expect(changes.get('issues.resolved')).toBe(0);
    expect(changes.get('visits.coverage')).toBe(10); // 50 % → 60 %
    expect(changes.get('issues.closeOutRate')).toBeCloseTo(10.8, 5); // 20 % → 30.8 %
    expect(changes.get('issues.functionGroup.FG-01')).toBe(0);
  });

  it('are unknown without a previous digest, for a new group, and for a rate with no base', () => {
    const after = figures({ withFeedback: 2, satisfied: 2 });
    expect([...changesAgainst(dailyMetrics(after), null).values()].every((c) => c === null)).toBe(true);
    const before = figures({ functionGroups: [] });
    const changes = changesAgainst(dailyMetrics(after), dailyMetrics(before));
    expect(changes.get('issues.functionGroup.FG-01')).toBeNull();
    expect(changes.get('issues.satisfaction')).toBeNull(); // no feedback the day before
  });

  it('read as ▲3 / ▼1 / — and percentage points', () => {
    expect(formatChange(3, 'count', 'en')).toBe('▲3');
    expect(formatChange(-1, 'count', 'zh-CN')).toBe('▼1');
    expect(formatChange(0, 'count', 'en')).toBe('—');
    expect(formatChange(null, 'count', 'en')).toBe('');
    expect(formatChange(1234, 'count', 'en')).toBe('▲1,234');
    expect(formatChange(10.8, 'rate', 'en')).toBe('▲10.8 pts');
    expect(formatChange(-2.5, 'rate', 'zh-CN')).toBe('▼2.5个百分点');
  });
});

describe('formatting', () => {
  it('shows rates with one decimal, and n/a with nothing to divide by', () => {
    expect(formatRate(0.6666, 'en')).toBe('66.7%');
    expect(formatRate(1, 'zh-CN')).toBe('100.0%');
    expect(formatRate(null, 'en')).toBe('n/a');
    expect(formatRate(null, 'zh-CN')).toBe('暂无');
  });

  it('writes dates as people do', () => {
    expect(formatLocalDate('2026-06-05', 'zh-CN')).toBe('2026年6月5日');
    expect(formatLocalDate('2026-06-05', 'en')).toBe('5 June 2026');
  });
});

describe('stored figures and scopes', () => {
  it('read back what was stored, and refuse anything else', () => {
    const f = figures();
    expect(readDailyFigures(JSON.parse(JSON.stringify(f)))).toEqual(f);
    expect(readDailyFigures({ v: 2 })).toBeNull();
  });

  it('parse the three scope forms and nothing else', () => {
    expect(parseScopeKey('district')).toEqual({ kind: 'district' });
    expect(parseScopeKey('task_force:TF-01')).toEqual({ kind: 'task_force', code: 'TF-01' });
    expect(parseScopeKey('function_group:FG-03')).toEqual({ kind: 'function_group', code: 'FG-03' });
    for (const bad of ['', 'districts', 'team:T01', 'task_force:', 'function_group:a b', 'task_force:x:y']) {
      expect(parseScopeKey(bad), bad).toBeNull();
    }
    expect(scopeKey({ kind: 'function_group', code: 'FG-03' })).toBe('function_group:FG-03');
  });
});
