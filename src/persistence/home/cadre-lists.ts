// What a cadre's App Home lists: the issues they own and the ones they found, their enterprises and
// their visits. Raw SQL because each list is ordered by computed keys and carries its window count.
import type { LocalDate } from '../../calendar/index.ts';
import type { Urgency } from '../../domain/issues/index.ts';
import { fromDbDateOrNull } from '../dates.ts';
import type { Db } from '../prisma.ts';
import { type Counted, type Page, pageOf } from './paged.ts';

export interface OwnedIssueRow {
  id: number;
  title: string;
  urgency: Urgency;
  status: 'in_progress' | 'deferred';
  /** The enterprise's or project's name. */
  subject: string | null;
  dueDate: LocalDate | null;
  extensionPending: boolean;
}

export interface FoundIssueRow {
  id: number;
  title: string;
  urgency: Urgency;
  subject: string | null;
  resolvedAt: Date | null;
  ownerName: string | null;
}

export interface EnterpriseRow {
  id: number;
  name: string;
  /** The last on-site visit by anyone: only on-site visits count as "visited" (domain.md). */
  lastOnSiteVisit: LocalDate | null;
}

export type VisitModeName = 'on_site' | 'phone' | 'video' | 'meeting';

export interface VisitRow {
  id: number;
  enterpriseName: string;
  visitDate: LocalDate;
  mode: VisitModeName;
  summary: string;
}

interface OwnedSql {
  id: number;
  title: string;
  urgency: Urgency;
  status: 'in_progress' | 'deferred';
  subject: string | null;
  due_date: Date | null;
  extension_pending: boolean;
}

/**
 * Open issues the cadre owns, most urgent first: urgent before normal, then overdue before the rest,
 * then by due date (none last). `today` is the district's local date.
 */
export function ownedIssues(
  db: Db,
  cadreId: number,
  today: LocalDate,
  page: number,
  size: number,
): Promise<Page<OwnedIssueRow>> {
  return pageOf(
    (limit, offset) => db.$queryRaw<Counted<OwnedSql>[]>`
      SELECT i.id, i.title, i.urgency::text AS urgency, i.status::text AS status,
             coalesce(e.name, p.name) AS subject, i.due_date,
             EXISTS (SELECT 1 FROM extension_requests x WHERE x.issue_id = i.id AND x.status = 'pending')
               AS extension_pending,
             count(*) OVER () AS total
      FROM issues i
      LEFT JOIN enterprises e ON e.id = i.enterprise_id
      LEFT JOIN projects p ON p.id = i.project_id
      WHERE i.owner_id = ${cadreId} AND i.status IN ('in_progress', 'deferred')
      ORDER BY (i.urgency = 'urgent') DESC, coalesce(i.due_date < ${today}::date, false) DESC,
               i.due_date ASC NULLS LAST, i.id ASC
      LIMIT ${limit} OFFSET ${offset}`,
    page,
    size,
    (r): OwnedIssueRow => ({
      id: r.id,
      title: r.title,
      urgency: r.urgency,
      status: r.status,
      subject: r.subject,
      dueDate: fromDbDateOrNull(r.due_date),
      extensionPending: r.extension_pending,
    }),
  );
}

interface FoundSql {
  id: number;
  title: string;
  urgency: Urgency;
  subject: string | null;
  resolved_at: Date | null;
  owner_name: string | null;
}

/** Issues the cadre found that are resolved and wait for the enterprise's verdict, longest waiting first. */
export function foundAwaitingFeedback(
  db: Db,
  cadreId: number,
  page: number,
  size: number,
): Promise<Page<FoundIssueRow>> {
  return pageOf(
    (limit, offset) => db.$queryRaw<Counted<FoundSql>[]>`
      SELECT i.id, i.title, i.urgency::text AS urgency, coalesce(e.name, p.name) AS subject,
             i.resolved_at, o.name AS owner_name, count(*) OVER () AS total
      FROM issues i
      LEFT JOIN enterprises e ON e.id = i.enterprise_id
      LEFT JOIN projects p ON p.id = i.project_id
      LEFT JOIN cadres o ON o.id = i.owner_id
      WHERE i.finder_id = ${cadreId} AND i.status = 'resolved'
      ORDER BY i.resolved_at ASC NULLS FIRST, i.id ASC
      LIMIT ${limit} OFFSET ${offset}`,
    page,
    size,
    (r): FoundIssueRow => ({
      id: r.id,
      title: r.title,
      urgency: r.urgency,
      subject: r.subject,
      resolvedAt: r.resolved_at,
      ownerName: r.owner_name,
    }),
  );
}

interface EnterpriseSql {
  id: number;
  name: string;
  last_on_site: Date | null;
}

/**
 * The cadre's enterprises (包企) with the date of the last on-site visit, in one statement (a lateral
 * max over the visits index, not one query per enterprise). Never visited first, then the longest ago.
 */
export function enterprisesWithLastVisit(
  db: Db,
  cadreId: number,
  page: number,
  size: number,
): Promise<Page<EnterpriseRow>> {
  return pageOf(
    (limit, offset) => db.$queryRaw<Counted<EnterpriseSql>[]>`
      SELECT e.id, coalesce(e.short_name, e.name) AS name, v.last_on_site, count(*) OVER () AS total
      FROM enterprises e
      LEFT JOIN LATERAL (
        SELECT max(visit_date) AS last_on_site FROM visits
        WHERE enterprise_id = e.id AND mode = 'on_site'
      ) v ON true
      WHERE e.cadre_id = ${cadreId}
      ORDER BY v.last_on_site ASC NULLS FIRST, e.name ASC, e.id ASC
      LIMIT ${limit} OFFSET ${offset}`,
    page,
    size,
    (r): EnterpriseRow => ({ id: r.id, name: r.name, lastOnSiteVisit: fromDbDateOrNull(r.last_on_site) }),
  );
}

interface VisitSql {
  id: number;
  enterprise_name: string;
  visit_date: Date;
  mode: VisitModeName;
  summary: string;
}

/** The visits the cadre logged, newest first. */
export function recentVisits(db: Db, cadreId: number, page: number, size: number): Promise<Page<VisitRow>> {
  return pageOf(
    (limit, offset) => db.$queryRaw<Counted<VisitSql>[]>`
      SELECT v.id, coalesce(e.short_name, e.name) AS enterprise_name, v.visit_date, v.mode::text AS mode,
             v.summary, count(*) OVER () AS total
      FROM visits v
      JOIN enterprises e ON e.id = v.enterprise_id
      WHERE v.cadre_id = ${cadreId}
      ORDER BY v.visit_date DESC, v.id DESC
      LIMIT ${limit} OFFSET ${offset}`,
    page,
    size,
    (r): VisitRow => ({
      id: r.id,
      enterpriseName: r.enterprise_name,
      visitDate: fromDbDateOrNull(r.visit_date) as LocalDate,
      mode: r.mode,
      summary: r.summary,
    }),
  );
}
