// The figures of the daily digest, each a SQL aggregate (no loop over rows in JavaScript), all read by
// ONE statement: a statement sees one snapshot, so the figures describe the same instant and agree with
// each other (the partition below adds up), at the cost of one round trip and no transaction.
//
// How each figure is derived (withdrawn issues — duplicates and invalid ones — count nowhere):
//   visits.assigned           enterprises with cadre_id set (包企).
//   visits.visitedOnSite      of those, the ones with at least one on_site visit, ever (coverage % =
//                             visitedOnSite / assigned). Other modes are contacts, not visits (domain.md).
//   visits.yesterday / total  visits of any mode with visit_date = yesterday / all of them;
//                             on-site share = on_site visits / all visits.
//   issues.collected          issues in scope; newYesterday = created in yesterday's local day.
//   The next five partition `collected` by where each issue stands now, so the summary sentence adds up
//   (175 = 5 + 170, 170 = 125 + 45):
//     resolvedOnSpot          resolved_on_spot (现场解决), whatever happened since;
//     awaitingDispatch        handed up and waiting in the dispatch room (or returned as misrouted);
//     keptAtServiceLevel      level self or team: kept by the finder's group or team (问题不上交);
//     sentToFunctionGroups    level function_group (per group: its owner_unit_id);
//     sentToCity              level city.
//   An issue keeps its level when it is resolved and closed, so these are cumulative like the report's
//   tallies; an issue re-routed after a return counts once, where it went last. ("Ever routed there",
//   from the history, would count a re-routed issue twice and break the sentence's sum — the report's
//   own "176 forwarded" beside "125 went" shows that double count.)
//   issues.resolved           status resolved or closed (on-the-spot ones included).
//   issues.closedOut          status closed (销号); close-out rate = closedOut / collected (销号率).
//   issues.overdue            in progress or deferred, due date on or before the overdue cutoff (the
//                             last working day before today: src/domain/digests/working-days.ts); the
//                             five with the oldest due date are named with their owners.
//   satisfaction              each issue's latest feedback: satisfied or basically satisfied / issues
//                             with feedback. A verdict followed by a reopening and a new verdict counts
//                             once, as the latest; an issue is not dissatisfied forever.
//   issues.notInformed        enterprise issues not yet closed whose enterprise_informed_at is null (the
//                             finder owes the enterprise news of the last move: 谁发现谁反馈).
//   projects.keyProjects      projects in scope (all projects are the task forces' key projects);
//   projects.large            amount_yuan >= 100,000,000; largeStartedOrResumed: of those, status
//                             started or resumed (开复工), as in "50 … of which 34 started or resumed".
//   projects.problemsFound    issues on the scope's projects; problemsSolved: resolved or closed.
import { asLocalDate, type LocalDate } from '../../calendar/index.ts';
import {
  type DailyFigures,
  type IssueFigures,
  OLDEST_OVERDUE_SHOWN,
  type ProjectFigures,
  scopeKey,
  type VisitFigures,
} from '../../domain/digests/index.ts';
import { Prisma } from '../../generated/prisma/client.ts';
import type { Db } from '../prisma.ts';
import type { ScopeSql } from './scope-sql.ts';

export interface DailyWindow {
  today: LocalDate;
  yesterday: LocalDate;
  /** The instants yesterday began and today began, in APP_TIMEZONE. */
  yesterdayStart: Date;
  todayStart: Date;
  /** Issues due on or before this date are overdue today. */
  overdueCutoff: LocalDate;
}

const HUNDRED_MILLION_YUAN = 100_000_000;

// Each part below is a scalar subquery answering one JSON value; the statement selects them side by side.

function visitsPart(w: DailyWindow): Prisma.Sql {
  return Prisma.sql`(SELECT row_to_json(x) FROM (
    SELECT
      (SELECT count(*)::int FROM enterprises WHERE cadre_id IS NOT NULL) AS assigned,
      (SELECT count(*)::int FROM enterprises e
        WHERE e.cadre_id IS NOT NULL
          AND EXISTS (SELECT 1 FROM visits v WHERE v.enterprise_id = e.id AND v.mode = 'on_site')) AS "visitedOnSite",
      count(*) FILTER (WHERE v.visit_date = ${w.yesterday}::date)::int AS yesterday,
      count(*)::int AS total,
      count(*) FILTER (WHERE v.mode = 'on_site')::int AS "onSite"
    FROM visits v) x)`;
}

function issuesPart(s: ScopeSql, w: DailyWindow): Prisma.Sql {
  return Prisma.sql`(SELECT row_to_json(x) FROM (
    SELECT
      count(*)::int AS collected,
      count(*) FILTER (WHERE i.created_at >= ${w.yesterdayStart.toISOString()}::timestamptz
        AND i.created_at < ${w.todayStart.toISOString()}::timestamptz)::int AS "newYesterday",
      count(*) FILTER (WHERE i.resolved_on_spot)::int AS "resolvedOnSpot",
      count(*) FILTER (WHERE NOT i.resolved_on_spot AND i.status = 'awaiting_dispatch')::int AS "awaitingDispatch",
      count(*) FILTER (WHERE NOT i.resolved_on_spot AND i.status <> 'awaiting_dispatch'
        AND i.level IN ('self', 'team'))::int AS "keptAtServiceLevel",
      count(*) FILTER (WHERE NOT i.resolved_on_spot AND i.status <> 'awaiting_dispatch'
        AND i.level = 'function_group')::int AS "sentToFunctionGroups",
      count(*) FILTER (WHERE NOT i.resolved_on_spot AND i.status <> 'awaiting_dispatch'
        AND i.level = 'city')::int AS "sentToCity",
      count(*) FILTER (WHERE i.status IN ('resolved', 'closed'))::int AS resolved,
      count(*) FILTER (WHERE i.status = 'closed')::int AS "closedOut",
      count(*) FILTER (WHERE i.status IN ('in_progress', 'deferred')
        AND i.due_date <= ${w.overdueCutoff}::date)::int AS overdue,
      count(*) FILTER (WHERE i.enterprise_id IS NOT NULL AND i.status <> 'closed'
        AND i.enterprise_informed_at IS NULL)::int AS "notInformed",
      count(*) FILTER (WHERE i.project_id IS NOT NULL)::int AS "problemsFound",
      count(*) FILTER (WHERE i.project_id IS NOT NULL AND i.status IN ('resolved', 'closed'))::int AS "problemsSolved"
    FROM issues i
    WHERE i.status <> 'withdrawn' AND ${s.issues}) x)`;
}

function functionGroupsPart(s: ScopeSql): Prisma.Sql {
  return Prisma.sql`(SELECT coalesce(json_agg(x ORDER BY x.code), '[]'::json) FROM (
    SELECT u.code, u.name, count(i.id)::int AS count
    FROM units u
    LEFT JOIN issues i ON i.owner_unit_id = u.id AND i.level = 'function_group' AND NOT i.resolved_on_spot
      AND i.status NOT IN ('awaiting_dispatch', 'withdrawn') AND ${s.issues}
    WHERE u.kind = 'function_group' AND ${s.functionGroups}
    GROUP BY u.id, u.code, u.name) x)`;
}

function oldestOverduePart(s: ScopeSql, w: DailyWindow): Prisma.Sql {
  return Prisma.sql`(SELECT coalesce(json_agg(x ORDER BY x."dueDate", x.id), '[]'::json) FROM (
    SELECT i.id, i.title, to_char(i.due_date, 'YYYY-MM-DD') AS "dueDate",
      c.name AS "ownerName", c.slack_user_id AS "ownerSlackUserId"
    FROM issues i
    LEFT JOIN cadres c ON c.id = i.owner_id
    WHERE i.status IN ('in_progress', 'deferred') AND i.due_date <= ${w.overdueCutoff}::date AND ${s.issues}
    ORDER BY i.due_date, i.id
    LIMIT ${OLDEST_OVERDUE_SHOWN}) x)`;
}

function feedbackPart(s: ScopeSql): Prisma.Sql {
  return Prisma.sql`(SELECT row_to_json(x) FROM (
    SELECT count(*)::int AS "withFeedback",
      count(*) FILTER (WHERE latest.verdict IN ('satisfied', 'basically_satisfied'))::int AS satisfied
    FROM (
      SELECT DISTINCT ON (f.issue_id) f.verdict
      FROM feedback f
      JOIN issues i ON i.id = f.issue_id
      WHERE i.status <> 'withdrawn' AND ${s.issues}
      ORDER BY f.issue_id, f.recorded_at DESC, f.id DESC
    ) latest) x)`;
}

function projectsPart(condition: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(SELECT row_to_json(x) FROM (
    SELECT count(*)::int AS "keyProjects",
      count(*) FILTER (WHERE p.amount_yuan >= ${HUNDRED_MILLION_YUAN})::int AS large,
      count(*) FILTER (WHERE p.amount_yuan >= ${HUNDRED_MILLION_YUAN}
        AND p.status IN ('started', 'resumed'))::int AS "largeStartedOrResumed"
    FROM projects p
    WHERE ${condition}) x)`;
}

type IssueCounts = Omit<IssueFigures, 'functionGroups' | 'oldestOverdue' | 'withFeedback' | 'satisfied'> & {
  problemsFound: number;
  problemsSolved: number;
};

interface FiguresRow {
  visits: VisitFigures | null;
  issues: IssueCounts;
  functionGroups: IssueFigures['functionGroups'];
  oldestOverdue: Omit<IssueFigures['oldestOverdue'][number], 'overdueDays'>[];
  feedback: { withFeedback: number; satisfied: number };
  projects: Omit<ProjectFigures, 'problemsFound' | 'problemsSolved'> | null;
}

/** The digest's figures for one scope; `overdueDays` turns a due date into working days overdue today. */
export async function queryDailyFigures(
  db: Db,
  s: ScopeSql,
  w: DailyWindow,
  overdueDays: (due: LocalDate) => number,
): Promise<DailyFigures> {
  const none = Prisma.sql`NULL::json`;
  const [row] = await db.$queryRaw<FiguresRow[]>`
    SELECT
      ${s.visits ? visitsPart(w) : none} AS visits,
      ${issuesPart(s, w)} AS issues,
      ${functionGroupsPart(s)} AS "functionGroups",
      ${oldestOverduePart(s, w)} AS "oldestOverdue",
      ${feedbackPart(s)} AS feedback,
      ${s.projects ? projectsPart(s.projects) : none} AS projects`;
  if (!row) throw new Error('a statement of scalar subqueries returns one row');
  const { problemsFound, problemsSolved, ...counts } = row.issues;
  return {
    v: 1,
    scope: scopeKey(s.scope),
    scopeName: s.unit?.name ?? null,
    localDate: w.today,
    comparedWith: null,
    visits: row.visits,
    issues: {
      ...counts,
      functionGroups: row.functionGroups,
      oldestOverdue: row.oldestOverdue.map((o) => {
        const dueDate = asLocalDate(o.dueDate);
        return { ...o, dueDate, overdueDays: overdueDays(dueDate) };
      }),
      ...row.feedback,
    },
    projects: row.projects ? { ...row.projects, problemsFound, problemsSolved } : null,
  };
}
