// The figures of a daily digest (domain.md "Digests"), as the SQL aggregates of
// src/persistence/digests/daily-figures.ts return them and as DigestEntry.figures stores them. Only
// counts are stored; rates are derived (./rates.ts), so a stored digest can always be re-rendered and
// compared with the next one exactly as it was posted.
import { z } from 'zod';

const count = z.int().min(0);

/** One function group's share of the issues sent to function groups. */
export const functionGroupCountSchema = z.object({ code: z.string(), name: z.string(), count });

/** One of the five oldest overdue issues, with its owner (mentioned in the digest). */
export const overdueIssueSchema = z.object({
  id: z.int(),
  title: z.string(),
  dueDate: z.string(),
  /** Working days past the (effective) due date on the digest's date. */
  overdueDays: count,
  ownerName: z.string().nullable(),
  ownerSlackUserId: z.string().nullable(),
});

export const visitFiguresSchema = z.object({
  /** Enterprises with a cadre assigned (包企). */
  assigned: count,
  /** Assigned enterprises with at least one on-site visit, ever. */
  visitedOnSite: count,
  /** Visits of any mode dated yesterday (local). */
  yesterday: count,
  /** Visits of any mode, ever. */
  total: count,
  /** Of `total`, the on-site ones. */
  onSite: count,
});

export const issueFiguresSchema = z.object({
  /** Every issue in scope but the withdrawn (duplicates and invalid ones are not problems collected). */
  collected: count,
  /** Of those, created yesterday (local). */
  newYesterday: count,
  // The next five partition `collected` by where each issue stands now (see daily-figures.ts):
  resolvedOnSpot: count,
  keptAtServiceLevel: count,
  awaitingDispatch: count,
  sentToFunctionGroups: count,
  sentToCity: count,
  /** `sentToFunctionGroups` by group, every function group of the scope listed (zeros included). */
  functionGroups: z.array(functionGroupCountSchema),
  /** Status resolved or closed (resolved on the spot included). */
  resolved: count,
  /** Status closed (销号). */
  closedOut: count,
  overdue: count,
  oldestOverdue: z.array(overdueIssueSchema),
  /** Issues whose latest feedback exists, and of those the satisfied or basically satisfied. */
  withFeedback: count,
  satisfied: count,
  /** Open enterprise issues whose finder has not yet told the enterprise of the last move. */
  notInformed: count,
});

export const projectFiguresSchema = z.object({
  keyProjects: count,
  /** 100 million yuan or more. */
  large: count,
  /** Of `large`, status started or resumed (开复工). */
  largeStartedOrResumed: count,
  /** Issues raised on the scope's projects, and of those resolved or closed. */
  problemsFound: count,
  problemsSolved: count,
});

/** The stored digest the changes are shown against (null: the first of its channel and scope). */
export const comparedWithSchema = z.object({ entryId: z.string(), localDate: z.string() }).nullable();

export const dailyFiguresSchema = z.object({
  v: z.literal(1),
  scope: z.string(),
  /** The task force's or function group's name when posted (null for the district). */
  scopeName: z.string().nullable(),
  localDate: z.string(),
  comparedWith: comparedWithSchema,
  /** Null where the scope has no enterprises of its own (a task force, a function group). */
  visits: visitFiguresSchema.nullable(),
  issues: issueFiguresSchema,
  /** Null for a function group, which owns no projects. */
  projects: projectFiguresSchema.nullable(),
});

export type FunctionGroupCount = z.output<typeof functionGroupCountSchema>;
export type OverdueIssue = z.output<typeof overdueIssueSchema>;
export type VisitFigures = z.output<typeof visitFiguresSchema>;
export type IssueFigures = z.output<typeof issueFiguresSchema>;
export type ProjectFigures = z.output<typeof projectFiguresSchema>;
export type DailyFigures = z.output<typeof dailyFiguresSchema>;
export type ComparedWith = z.output<typeof comparedWithSchema>;

/** How many of the oldest overdue issues a digest names. */
export const OLDEST_OVERDUE_SHOWN = 5;

/** Reads stored figures; null when they are not a daily digest of this version (nothing to compare with). */
export function readDailyFigures(json: unknown): DailyFigures | null {
  const parsed = dailyFiguresSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}
