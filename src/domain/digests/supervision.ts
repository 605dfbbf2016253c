// The weekly supervision report (督查, domain.md "Digests"): who is behind and which problems are stuck.
// Like the daily figures, these are stored in DigestEntry.figures (kind weekly_supervision) as posted.
import { z } from 'zod';
import { comparedWithSchema } from './figures.ts';
import type { Metrics } from './metrics.ts';

const count = z.int().min(0);

export const overdueByUnitSchema = z.object({
  /** Null for issues with no holding unit (a finder in no group or team). */
  code: z.string().nullable(),
  name: z.string().nullable(),
  count,
  /** Working days overdue of the unit's oldest overdue issue. */
  oldestOverdueDays: count,
});

export const overdueByOwnerSchema = z.object({
  name: z.string(),
  slackUserId: z.string().nullable(),
  count,
  oldestOverdueDays: count,
});

export const escalatedIssueSchema = z.object({
  id: z.int(),
  title: z.string(),
  overdueDays: count,
  ownerName: z.string().nullable(),
  ownerSlackUserId: z.string().nullable(),
});

export const idleCadreSchema = z.object({
  name: z.string(),
  slackUserId: z.string().nullable(),
  enterprises: count,
  /** Their latest on-site visit ever, or null for none. */
  lastOnSiteVisit: z.string().nullable(),
});

export const unclosedIssueSchema = z.object({
  id: z.int(),
  title: z.string(),
  resolvedOn: z.string(),
  /** Working days since the resolution's local date. */
  waitingDays: count,
  /** The finder closes out (问题不留根): they are the one to chase. */
  finderName: z.string(),
  finderSlackUserId: z.string().nullable(),
});

/** A list cut for the message, with the full count beside it. */
const listed = <T extends z.ZodType>(item: T) => z.object({ total: count, shown: z.array(item) });

export const supervisionFiguresSchema = z.object({
  v: z.literal(1),
  scope: z.string(),
  /** The task force's or function group's name when posted (null for the district). */
  scopeName: z.string().nullable(),
  localDate: z.string(),
  comparedWith: comparedWithSchema,
  overdue: z.object({
    total: count,
    byUnit: listed(overdueByUnitSchema),
    byOwner: listed(overdueByOwnerSchema),
    /** Overdue by the ladder's last rung (escalateLeaderAt, 10 working days by default). */
    escalated: listed(escalatedIssueSchema),
    escalateAt: count,
  }),
  /** Null outside the district scope: cadres belong to service teams, not to task forces or function groups. */
  idleCadres: listed(idleCadreSchema).nullable(),
  unclosed: listed(unclosedIssueSchema),
});

export type OverdueByUnit = z.output<typeof overdueByUnitSchema>;
export type OverdueByOwner = z.output<typeof overdueByOwnerSchema>;
export type EscalatedIssue = z.output<typeof escalatedIssueSchema>;
export type IdleCadre = z.output<typeof idleCadreSchema>;
export type UnclosedIssue = z.output<typeof unclosedIssueSchema>;
export type SupervisionFigures = z.output<typeof supervisionFiguresSchema>;

/** Days without an on-site visit after which a cadre with enterprises is listed. */
export const IDLE_CADRE_DAYS = 30;
/** Working days a resolved issue may wait for its close-out before it is listed. */
export const CLOSE_OUT_WORKING_DAYS = 5;
/** Rows a list shows; the rest are counted ("and 12 more"), keeping the message within Slack's limits. */
export const SUPERVISION_LIST_LIMIT = 15;

export function readSupervisionFigures(json: unknown): SupervisionFigures | null {
  const parsed = supervisionFiguresSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}

/** The totals compared week on week. */
export function supervisionMetrics(f: SupervisionFigures): Metrics {
  const m = new Map<string, { kind: 'count'; value: number }>();
  m.set('overdue.total', { kind: 'count', value: f.overdue.total });
  m.set('overdue.escalated', { kind: 'count', value: f.overdue.escalated.total });
  if (f.idleCadres) m.set('idleCadres.total', { kind: 'count', value: f.idleCadres.total });
  m.set('unclosed.total', { kind: 'count', value: f.unclosed.total });
  return m;
}
