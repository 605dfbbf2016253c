// The weekly supervision report's figures (督查), each list a SQL aggregate cut to SUPERVISION_LIST_LIMIT
// rows with its full size beside it (count(*) OVER () before LIMIT), read in one snapshot.
//
//   overdue.byUnit / byOwner   open issues (in progress, deferred) due on or before the overdue cutoff,
//                              grouped by the unit holding them (owner_unit_id) and by owner; the
//                              groups with most issues first, then the oldest.
//   overdue.escalated          those overdue by the ladder's last rung (escalateLeaderAt working days),
//                              which domain.md says the supervision report lists.
//   idleCadres                 active cadres with at least one assigned enterprise and no on-site visit
//                              logged under their name dated within the last IDLE_CADRE_DAYS days (today
//                              included). A companion's presence does not count: a visit is the
//                              cadre's own (nobody may send someone else in their place).
//   unclosed                   status resolved (not closed out) since a local date more than
//                              CLOSE_OUT_WORKING_DAYS working days before today.
import { addCalendarDays, asLocalDate, type LocalDate } from '../../calendar/index.ts';
import {
  type EscalatedIssue,
  IDLE_CADRE_DAYS,
  type IdleCadre,
  type OverdueByOwner,
  type OverdueByUnit,
  SUPERVISION_LIST_LIMIT,
  type SupervisionFigures,
  scopeKey,
  type UnclosedIssue,
} from '../../domain/digests/index.ts';
import type { Db, Tx } from '../prisma.ts';
import type { ScopeSql } from './scope-sql.ts';

export interface SupervisionWindow {
  today: LocalDate;
  timeZone: string;
  overdueCutoff: LocalDate;
  /** Overdue by `escalateAt` working days or more: due on or before this date. */
  escalatedCutoff: LocalDate;
  escalateAt: number;
  /** Resolved before this instant (the start of the day after the close-out cutoff date): listed. */
  unclosedBefore: Date;
}

export interface WorkingDayCounter {
  /** Working days overdue today for an issue due on `due`. */
  overdueDays(due: LocalDate): number;
  /** Working days in (date, today]. */
  since(date: LocalDate): number;
}

const LIMIT = SUPERVISION_LIST_LIMIT;
type Totalled<T> = T & { total: number };

function listed<R extends { total: number }, T>(rows: R[], map: (row: R) => T) {
  return { total: rows[0]?.total ?? 0, shown: rows.map(map) };
}

async function byUnit(tx: Tx, s: ScopeSql, w: SupervisionWindow, days: WorkingDayCounter) {
  const rows = await tx.$queryRaw<
    Totalled<{ code: string | null; name: string | null; count: number; oldest: string }>[]
  >`
    SELECT u.code, u.name, count(*)::int AS count, to_char(min(i.due_date), 'YYYY-MM-DD') AS oldest,
      (count(*) OVER ())::int AS total
    FROM issues i
    LEFT JOIN units u ON u.id = i.owner_unit_id
    WHERE i.status IN ('in_progress', 'deferred') AND i.due_date <= ${w.overdueCutoff}::date AND ${s.issues}
    GROUP BY u.id, u.code, u.name
    ORDER BY count(*) DESC, min(i.due_date), u.code NULLS LAST
    LIMIT ${LIMIT}`;
  return listed(
    rows,
    (r): OverdueByUnit => ({
      code: r.code,
      name: r.name,
      count: r.count,
      oldestOverdueDays: days.overdueDays(asLocalDate(r.oldest)),
    }),
  );
}

async function byOwner(tx: Tx, s: ScopeSql, w: SupervisionWindow, days: WorkingDayCounter) {
  const rows = await tx.$queryRaw<
    Totalled<{ name: string | null; slackUserId: string | null; count: number; oldest: string }>[]
  >`
    SELECT c.name, c.slack_user_id AS "slackUserId", count(*)::int AS count,
      to_char(min(i.due_date), 'YYYY-MM-DD') AS oldest, (count(*) OVER ())::int AS total
    FROM issues i
    LEFT JOIN cadres c ON c.id = i.owner_id
    WHERE i.status IN ('in_progress', 'deferred') AND i.due_date <= ${w.overdueCutoff}::date AND ${s.issues}
    GROUP BY c.id, c.name, c.slack_user_id
    ORDER BY count(*) DESC, min(i.due_date), c.name NULLS LAST
    LIMIT ${LIMIT}`;
  return listed(
    rows,
    (r): OverdueByOwner => ({
      name: r.name ?? '',
      slackUserId: r.slackUserId,
      count: r.count,
      oldestOverdueDays: days.overdueDays(asLocalDate(r.oldest)),
    }),
  );
}

async function overdueTotal(tx: Tx, s: ScopeSql, w: SupervisionWindow): Promise<number> {
  const [row] = await tx.$queryRaw<{ total: number }[]>`
    SELECT count(*)::int AS total FROM issues i
    WHERE i.status IN ('in_progress', 'deferred') AND i.due_date <= ${w.overdueCutoff}::date AND ${s.issues}`;
  return row?.total ?? 0;
}

async function escalated(tx: Tx, s: ScopeSql, w: SupervisionWindow, days: WorkingDayCounter) {
  const rows = await tx.$queryRaw<
    Totalled<{
      id: number;
      title: string;
      due: string;
      ownerName: string | null;
      ownerSlackUserId: string | null;
    }>[]
  >`
    SELECT i.id, i.title, to_char(i.due_date, 'YYYY-MM-DD') AS due, c.name AS "ownerName",
      c.slack_user_id AS "ownerSlackUserId", (count(*) OVER ())::int AS total
    FROM issues i
    LEFT JOIN cadres c ON c.id = i.owner_id
    WHERE i.status IN ('in_progress', 'deferred') AND i.due_date <= ${w.escalatedCutoff}::date AND ${s.issues}
    ORDER BY i.due_date, i.id
    LIMIT ${LIMIT}`;
  return listed(
    rows,
    ({ due, total: _total, ...r }): EscalatedIssue => ({
      ...r,
      overdueDays: days.overdueDays(asLocalDate(due)),
    }),
  );
}

async function idleCadres(tx: Tx, w: SupervisionWindow) {
  const since = addCalendarDays(w.today, -(IDLE_CADRE_DAYS - 1));
  const rows = await tx.$queryRaw<Totalled<IdleCadre>[]>`
    SELECT c.name, c.slack_user_id AS "slackUserId", count(e.id)::int AS enterprises,
      (SELECT to_char(max(v.visit_date), 'YYYY-MM-DD') FROM visits v
        WHERE v.cadre_id = c.id AND v.mode = 'on_site') AS "lastOnSiteVisit",
      (count(*) OVER ())::int AS total
    FROM cadres c
    JOIN enterprises e ON e.cadre_id = c.id
    WHERE c.active
      AND NOT EXISTS (SELECT 1 FROM visits v
        WHERE v.cadre_id = c.id AND v.mode = 'on_site' AND v.visit_date >= ${since}::date)
    GROUP BY c.id, c.name, c.slack_user_id
    ORDER BY "lastOnSiteVisit" NULLS FIRST, c.name, c.id
    LIMIT ${LIMIT}`;
  return listed(rows, ({ total: _total, ...r }): IdleCadre => r);
}

async function unclosed(tx: Tx, s: ScopeSql, w: SupervisionWindow, days: WorkingDayCounter) {
  const rows = await tx.$queryRaw<
    Totalled<{
      id: number;
      title: string;
      resolvedOn: string;
      finderName: string;
      finderSlackUserId: string | null;
    }>[]
  >`
    SELECT i.id, i.title, to_char(i.resolved_at AT TIME ZONE ${w.timeZone}, 'YYYY-MM-DD') AS "resolvedOn",
      c.name AS "finderName", c.slack_user_id AS "finderSlackUserId", (count(*) OVER ())::int AS total
    FROM issues i
    JOIN cadres c ON c.id = i.finder_id
    WHERE i.status = 'resolved' AND i.resolved_at < ${w.unclosedBefore.toISOString()}::timestamptz AND ${s.issues}
    ORDER BY i.resolved_at, i.id
    LIMIT ${LIMIT}`;
  return listed(
    rows,
    ({ total: _total, ...r }): UnclosedIssue => ({
      ...r,
      waitingDays: days.since(asLocalDate(r.resolvedOn)),
    }),
  );
}

export async function querySupervisionFigures(
  db: Db,
  s: ScopeSql,
  w: SupervisionWindow,
  days: WorkingDayCounter,
): Promise<SupervisionFigures> {
  return db.$transaction(
    async (tx) => ({
      v: 1 as const,
      scope: scopeKey(s.scope),
      scopeName: s.unit?.name ?? null,
      localDate: w.today,
      comparedWith: null,
      overdue: {
        total: await overdueTotal(tx, s, w),
        byUnit: await byUnit(tx, s, w, days),
        byOwner: await byOwner(tx, s, w, days),
        escalated: await escalated(tx, s, w, days),
        escalateAt: w.escalateAt,
      },
      idleCadres: s.visits ? await idleCadres(tx, w) : null,
      unclosed: await unclosed(tx, s, w, days),
    }),
    { isolationLevel: 'RepeatableRead' },
  );
}
