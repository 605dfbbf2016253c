// What the dispatch room's App Home lists: the triage queue (问题不落空) and the extension requests it
// has to decide.
import type { LocalDate } from '../../calendar/index.ts';
import type { IssueLevel, Urgency } from '../../domain/issues/index.ts';
import { fromDbDate, fromDbDateOrNull } from '../dates.ts';
import type { Db } from '../prisma.ts';
import { type Counted, type Page, pageOf } from './paged.ts';

export interface QueueRow {
  id: number;
  title: string;
  urgency: Urgency;
  subject: string | null;
  /** The level it was handed up from. */
  level: IssueLevel;
  finderName: string;
  /** When it entered the queue (its latest move into awaiting_dispatch). */
  queuedAt: Date | null;
  /** The reason given when it was handed up or returned. */
  reason: string | null;
}

export interface ExtensionRow {
  id: number;
  issueId: number;
  title: string;
  requesterName: string;
  currentDue: LocalDate | null;
  requestedDue: LocalDate;
  reason: string;
}

interface QueueSql {
  id: number;
  title: string;
  urgency: Urgency;
  subject: string | null;
  level: IssueLevel;
  finder_name: string;
  queued_at: Date | null;
  reason: string | null;
}

/** Issues waiting for dispatch: urgent first, then the longest waiting. */
export function triageQueue(db: Db, page: number, size: number): Promise<Page<QueueRow>> {
  return pageOf(
    (limit, offset) => db.$queryRaw<Counted<QueueSql>[]>`
      SELECT i.id, i.title, i.urgency::text AS urgency, coalesce(e.name, p.name) AS subject,
             i.level::text AS level, f.name AS finder_name, q.at AS queued_at, q.comment AS reason,
             count(*) OVER () AS total
      FROM issues i
      JOIN cadres f ON f.id = i.finder_id
      LEFT JOIN enterprises e ON e.id = i.enterprise_id
      LEFT JOIN projects p ON p.id = i.project_id
      LEFT JOIN LATERAL (
        SELECT ev.at, ev.comment FROM issue_events ev
        WHERE ev.issue_id = i.id AND ev.to_status = 'awaiting_dispatch'
        ORDER BY ev.at DESC LIMIT 1
      ) q ON true
      WHERE i.status = 'awaiting_dispatch'
      ORDER BY (i.urgency = 'urgent') DESC, coalesce(q.at, i.updated_at) ASC, i.id ASC
      LIMIT ${limit} OFFSET ${offset}`,
    page,
    size,
    (r): QueueRow => ({
      id: r.id,
      title: r.title,
      urgency: r.urgency,
      subject: r.subject,
      level: r.level,
      finderName: r.finder_name,
      queuedAt: r.queued_at,
      reason: r.reason,
    }),
  );
}

interface ExtensionSql {
  id: number;
  issue_id: number;
  title: string;
  requester_name: string;
  current_due: Date | null;
  requested_due: Date;
  reason: string;
}

/** Pending extension requests on issues still being worked on, oldest request first. */
export function pendingExtensions(db: Db, page: number, size: number): Promise<Page<ExtensionRow>> {
  return pageOf(
    (limit, offset) => db.$queryRaw<Counted<ExtensionSql>[]>`
      SELECT x.id, x.issue_id, i.title, r.name AS requester_name, i.due_date AS current_due,
             x.requested_due, x.reason, count(*) OVER () AS total
      FROM extension_requests x
      JOIN issues i ON i.id = x.issue_id
      JOIN cadres r ON r.id = x.requested_by_id
      WHERE x.status = 'pending' AND i.status IN ('in_progress', 'deferred')
      ORDER BY x.created_at ASC, x.id ASC
      LIMIT ${limit} OFFSET ${offset}`,
    page,
    size,
    (r): ExtensionRow => ({
      id: r.id,
      issueId: r.issue_id,
      title: r.title,
      requesterName: r.requester_name,
      currentDue: fromDbDateOrNull(r.current_due),
      requestedDue: fromDbDate(r.requested_due),
      reason: r.reason,
    }),
  );
}
