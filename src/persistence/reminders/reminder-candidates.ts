// The one query of the reminder sweep: every open issue with a rung today (the ladder) and every issue
// whose finder still owes the enterprise news (report-back), with the escalation chain above each
// owner. It reads only what the indexes lead to: the (status, due_date) range up to the window's
// horizon, deferred issues' undone plan steps, issues with enterprise_informed_at null, and the small
// organisation tables, whose chain is worked out once per distinct (owner, unit, level).
//
// The chain, from the unit tree (domain.md "Organisation"; the demo data's shape):
// - service line (levels self and team): the owner's service group is the issue's unit when that is a
//   group, else the group of the issue's team the owner sits in (as member or lead), else any group of
//   theirs; group head = its lead, team head = the lead of the team above it (or of the issue's team),
//   district leader = the team's member of rank district_leader (带队);
// - function_group and city (the dispatch room's liaison): the unit's lead first; no team head; the
//   district leader is a district-leader member of the unit, else the lead of the unit above it when a
//   district leader (the leadership group's head).

import { asLocalDate } from '../../calendar/index.ts';
import type { LadderCandidate, LadderWindow, ReportBackCandidate } from '../../domain/reminders/index.ts';
import { Prisma } from '../../generated/prisma/client.ts';
import type { Db } from '../prisma.ts';

export interface CandidateQuery {
  window: LadderWindow;
  /** The sweep's instant: an issue snoozed until later than this spares its owner (not their heads). */
  at: Date;
  timeZone: string;
  /** Only these issues (the send-time re-read of one message); all when absent. */
  issueIds?: readonly number[];
}

export interface Candidates {
  ladder: LadderCandidate[];
  reportBack: ReportBackCandidate[];
}

interface Row {
  kind: 'ladder' | 'report_back';
  issueId: number;
  due: string | null;
  personId: number;
  groupHeadId: number | null;
  teamHeadId: number | null;
  leaderId: number | null;
  lastMoveDate: string | null;
  snoozed: boolean;
}

export async function findReminderCandidates(db: Db, q: CandidateQuery): Promise<Candidates> {
  const { horizon, stepsAfter } = q.window;
  const only =
    q.issueIds === undefined ? Prisma.empty : Prisma.sql`AND i.id = ANY(${[...q.issueIds]}::int[])`;
  const rows = await db.$queryRaw<Row[]>`
    WITH ladder AS (
      SELECT i.id, i.owner_id, i.owner_unit_id, i.level, i.due_date AS due, i.snoozed_until
        FROM issues i
       WHERE i.status = 'in_progress' AND i.due_date <= ${horizon}::date AND i.owner_id IS NOT NULL ${only}
      UNION ALL
      -- A deferred issue runs on its next plan step; once every step's day has passed, on the last one.
      SELECT i.id, i.owner_id, i.owner_unit_id, i.level, COALESCE(s.upcoming, s.last) AS due, i.snoozed_until
        FROM issues i
        CROSS JOIN LATERAL (
          SELECT min(p.due_date) FILTER (WHERE p.due_date > ${stepsAfter}::date) AS upcoming,
                 max(p.due_date) AS last
            FROM plan_steps p
           WHERE p.issue_id = i.id AND p.done_at IS NULL) s
       WHERE i.status = 'deferred' AND i.owner_id IS NOT NULL
         AND COALESCE(s.upcoming, s.last) <= ${horizon}::date ${only}
    ),
    holders AS (SELECT DISTINCT owner_id, owner_unit_id, level FROM ladder),
    owner_groups AS (
      SELECT m.cadre_id AS owner_id, g.id, g.parent_id, g.lead_cadre_id
        FROM memberships m JOIN units g ON g.id = m.unit_id AND g.kind = 'group'
       WHERE m.cadre_id IN (SELECT owner_id FROM holders)
      UNION
      SELECT g.lead_cadre_id, g.id, g.parent_id, g.lead_cadre_id
        FROM units g
       WHERE g.kind = 'group' AND g.lead_cadre_id IN (SELECT owner_id FROM holders)
    ),
    -- Worked out once per holder (a few hundred), not once per issue (thousands): hence MATERIALIZED.
    chain AS MATERIALIZED (
      SELECT h.owner_id, COALESCE(h.owner_unit_id, 0) AS unit_key, h.level,
             CASE WHEN h.level IN ('self', 'team') THEN g.lead_cadre_id ELSE hu.lead_cadre_id END AS group_head_id,
             CASE WHEN h.level IN ('self', 'team') THEN t.lead_cadre_id END AS team_head_id,
             CASE WHEN h.level IN ('self', 'team') THEN
                    (SELECT min(m.cadre_id) FROM memberships m
                       JOIN cadres c ON c.id = m.cadre_id AND c.rank = 'district_leader'
                      WHERE m.unit_id = t.id)
                  ELSE COALESCE(
                    (SELECT min(m.cadre_id) FROM memberships m
                       JOIN cadres c ON c.id = m.cadre_id AND c.rank = 'district_leader'
                      WHERE m.unit_id = hu.id),
                    (SELECT c.id FROM units p JOIN cadres c ON c.id = p.lead_cadre_id AND c.rank = 'district_leader'
                      WHERE p.id = hu.parent_id))
             END AS leader_id
        FROM holders h
        LEFT JOIN units hu ON hu.id = h.owner_unit_id
        LEFT JOIN LATERAL (
          SELECT x.id, x.parent_id, x.lead_cadre_id
            FROM (SELECT u.id, u.parent_id, u.lead_cadre_id, 0 AS rank
                    FROM units u WHERE u.id = h.owner_unit_id AND u.kind = 'group'
                  UNION ALL
                  SELECT og.id, og.parent_id, og.lead_cadre_id, CASE WHEN og.parent_id = hu.id THEN 1 ELSE 2 END
                    FROM owner_groups og
                   WHERE og.owner_id = h.owner_id
                     AND (hu.kind IS DISTINCT FROM 'team' OR og.parent_id = hu.id)) x
           ORDER BY x.rank, x.id
           LIMIT 1) g ON h.level IN ('self', 'team')
        LEFT JOIN units t ON t.kind = 'team' AND t.id = CASE WHEN hu.kind = 'team' THEN hu.id ELSE g.parent_id END
    )
    SELECT 'ladder' AS kind, l.id AS "issueId", l.due::text AS due, l.owner_id AS "personId",
           c.group_head_id AS "groupHeadId", c.team_head_id AS "teamHeadId", c.leader_id AS "leaderId",
           NULL::text AS "lastMoveDate",
           COALESCE(l.snoozed_until > ${q.at}::timestamptz, false) AS snoozed
      FROM ladder l
      JOIN chain c ON c.owner_id = l.owner_id AND c.level = l.level AND c.unit_key = COALESCE(l.owner_unit_id, 0)
    UNION ALL
    SELECT 'report_back', i.id, NULL, i.finder_id, NULL, NULL, NULL,
           (SELECT (max(e.at) AT TIME ZONE ${q.timeZone})::date::text FROM issue_events e WHERE e.issue_id = i.id),
           false
      FROM issues i
     WHERE i.enterprise_informed_at IS NULL AND i.status NOT IN ('closed', 'withdrawn') ${only}`;

  const ladder: LadderCandidate[] = [];
  const reportBack: ReportBackCandidate[] = [];
  for (const r of rows) {
    if (r.kind === 'ladder') {
      ladder.push({
        issueId: r.issueId,
        due: asLocalDate(r.due ?? ''),
        ownerId: r.personId,
        ownerSnoozed: r.snoozed,
        chain: { groupHeadId: r.groupHeadId, teamHeadId: r.teamHeadId, leaderId: r.leaderId },
      });
    } else {
      reportBack.push({
        issueId: r.issueId,
        finderId: r.personId,
        lastMoveDate: r.lastMoveDate === null ? null : asLocalDate(r.lastMoveDate),
      });
    }
  }
  return { ladder, reportBack };
}
