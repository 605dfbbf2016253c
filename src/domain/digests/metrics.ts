// Every figure of a digest as a flat list of named numbers, so "the change against the previous digest"
// is one rule for all of them: counts change by their difference, rates by percentage points.
import type { DailyFigures } from './figures.ts';

export type MetricKind = 'count' | 'rate';

export interface Metric {
  kind: MetricKind;
  /** A count, or a rate as a fraction 0–1; null when a rate has nothing to divide by. */
  value: number | null;
}

export type Metrics = ReadonlyMap<string, Metric>;

/** part / whole, or null when there is no whole (no feedback yet is not a 0 % satisfaction). */
export function rate(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

const counted = (value: number): Metric => ({ kind: 'count', value });
const rated = (value: number | null): Metric => ({ kind: 'rate', value });

/** The daily digest's figures as named metrics (keys are stable: they are compared across days). */
export function dailyMetrics(f: DailyFigures): Metrics {
  const m = new Map<string, Metric>();
  const { visits: v, issues: i, projects: p } = f;
  if (v) {
    m.set('visits.assigned', counted(v.assigned));
    m.set('visits.visitedOnSite', counted(v.visitedOnSite));
    m.set('visits.coverage', rated(rate(v.visitedOnSite, v.assigned)));
    m.set('visits.yesterday', counted(v.yesterday));
    m.set('visits.total', counted(v.total));
    m.set('visits.onSiteShare', rated(rate(v.onSite, v.total)));
  }
  m.set('issues.collected', counted(i.collected));
  m.set('issues.newYesterday', counted(i.newYesterday));
  m.set('issues.resolvedOnSpot', counted(i.resolvedOnSpot));
  m.set('issues.keptAtServiceLevel', counted(i.keptAtServiceLevel));
  m.set('issues.awaitingDispatch', counted(i.awaitingDispatch));
  m.set('issues.sentToFunctionGroups', counted(i.sentToFunctionGroups));
  for (const group of i.functionGroups) m.set(`issues.functionGroup.${group.code}`, counted(group.count));
  m.set('issues.sentToCity', counted(i.sentToCity));
  m.set('issues.resolved', counted(i.resolved));
  m.set('issues.closedOut', counted(i.closedOut));
  m.set('issues.closeOutRate', rated(rate(i.closedOut, i.collected)));
  m.set('issues.overdue', counted(i.overdue));
  m.set('issues.satisfaction', rated(rate(i.satisfied, i.withFeedback)));
  m.set('issues.notInformed', counted(i.notInformed));
  if (p) {
    m.set('projects.keyProjects', counted(p.keyProjects));
    m.set('projects.large', counted(p.large));
    m.set('projects.largeStartedOrResumed', counted(p.largeStartedOrResumed));
    m.set('projects.problemsFound', counted(p.problemsFound));
    m.set('projects.problemsSolved', counted(p.problemsSolved));
  }
  return m;
}

/** A change: counts as a difference, rates in percentage points rounded to 0.1; null when unknown. */
export type Change = number | null;

/**
 * The change of each current metric against the previous digest's, by key. A metric the previous
 * digest did not have (a function group added since), or a rate with nothing to divide by on either
 * day, has no change (null); with no previous digest at all, every change is null.
 */
export function changesAgainst(current: Metrics, previous: Metrics | null): Map<string, Change> {
  const changes = new Map<string, Change>();
  for (const [key, metric] of current) {
    const before = previous?.get(key);
    if (!before || before.kind !== metric.kind || before.value === null || metric.value === null) {
      changes.set(key, null);
    } else if (metric.kind === 'count') {
      changes.set(key, metric.value - before.value);
    } else {
      changes.set(key, Math.round((metric.value - before.value) * 1000) / 10);
    }
  }
  return changes;
}
