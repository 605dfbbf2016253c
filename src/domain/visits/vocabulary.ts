// The words and limits of domain.md "Visits". VisitMode mirrors the Prisma enum so the rules need no
// Prisma import; test/unit/visits/vocabulary.test.ts keeps the two equal.
import { LIMITS } from '../issues/fields.ts';
import { CREATION_MOVES, type CreationMove } from '../issues/vocabulary.ts';

export const VISIT_MODES = ['on_site', 'phone', 'video', 'meeting'] as const;
export type VisitMode = (typeof VISIT_MODES)[number];

/** Only an on-site visit makes an enterprise "visited" in coverage figures; other modes are contacts. */
export function countsTowardCoverage(mode: VisitMode): boolean {
  return mode === 'on_site';
}

/** The two statistics duties a cadre pushes at each firm ("四上" 入库, 投资入统). */
export const STATISTICS_FLAGS = ['above_scale_candidate', 'investment_to_count'] as const;
export type StatisticsFlag = (typeof STATISTICS_FLAGS)[number];

/** What happens to a problem found at a visit: the three ways an issue is raised ("(new)" rows). */
export const VISIT_ISSUE_OUTCOMES: readonly CreationMove[] = CREATION_MOVES;
export type VisitIssueOutcome = CreationMove;

export const VISIT_LIMITS = {
  summary: LIMITS.text,
  issueTitle: LIMITS.title,
  issueText: LIMITS.text,
  /** Problems raised inside one visit form. */
  issues: 5,
  companions: 10,
  policies: 20,
  /** How far back a visit may be dated: a cadre 30 days, dispatch staff 90. */
  daysBack: 30,
  daysBackForDispatch: 90,
} as const;
