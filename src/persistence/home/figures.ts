// The district's headline figures for leaders and observers, each a SQL aggregate computed in one
// statement, so the figures agree with each other (one snapshot) and cost one round trip.
import type { LocalDate } from '../../calendar/index.ts';
import { ISSUE_STATUSES, isOpen } from '../../domain/issues/index.ts';
import type { Db } from '../prisma.ts';

export interface HeadlineFigures {
  /** Enterprises with an owning cadre (包企). */
  assigned: number;
  /** Assigned enterprises with at least one on-site visit: only on-site visits count as visited. */
  visitedOnSite: number;
  /** Issues collected, withdrawn ones (duplicates, invalid) left out. */
  collected: number;
  resolvedOnSpot: number;
  /** Not closed and not withdrawn (`isOpen`): a resolved issue stays open until its close-out. */
  open: number;
  /** Being worked on (in progress or deferred) with a due date before today. */
  overdue: number;
  closed: number;
}

interface FiguresSql {
  assigned: bigint;
  visited_on_site: bigint;
  collected: bigint;
  resolved_on_spot: bigint;
  open: bigint;
  overdue: bigint;
  closed: bigint;
}

// The open statuses come from the domain's definition rather than being repeated here.
const OPEN_STATUSES = ISSUE_STATUSES.filter(isOpen);

export async function headlineFigures(db: Db, today: LocalDate): Promise<HeadlineFigures> {
  const [row] = await db.$queryRaw<FiguresSql[]>`
    SELECT
      (SELECT count(*) FROM enterprises WHERE cadre_id IS NOT NULL) AS assigned,
      (SELECT count(*) FROM enterprises e
        WHERE e.cadre_id IS NOT NULL
          AND EXISTS (SELECT 1 FROM visits v WHERE v.enterprise_id = e.id AND v.mode = 'on_site')) AS visited_on_site,
      count(*) FILTER (WHERE status <> 'withdrawn') AS collected,
      count(*) FILTER (WHERE resolved_on_spot AND status <> 'withdrawn') AS resolved_on_spot,
      count(*) FILTER (WHERE status::text = ANY(${OPEN_STATUSES})) AS open,
      count(*) FILTER (WHERE status IN ('in_progress', 'deferred') AND due_date < ${today}::date) AS overdue,
      count(*) FILTER (WHERE status = 'closed') AS closed
    FROM issues`;
  if (!row) throw new Error('an aggregate query returns one row');
  return {
    assigned: Number(row.assigned),
    visitedOnSite: Number(row.visited_on_site),
    collected: Number(row.collected),
    resolvedOnSpot: Number(row.resolved_on_spot),
    open: Number(row.open),
    overdue: Number(row.overdue),
    closed: Number(row.closed),
  };
}
