// What an admin has set in the calendar, for `calendar list`; writes go through setCalendarDays.
import type { DayKind, LocalDate } from '../../calendar/index.ts';
import { fromDbDate, toDbDate } from '../dates.ts';
import type { Db } from '../prisma.ts';

export interface StoredCalendarDay {
  date: LocalDate;
  kind: DayKind;
  name: string | null;
  /** `admin` (set by hand) or `ics` (imported); `statutory` for rows written by older versions. */
  source: string;
}

export async function listStoredCalendarDays(db: Db, year: number): Promise<StoredCalendarDay[]> {
  const rows = await db.calendarDay.findMany({
    where: { date: { gte: toDbDate(`${year}-01-01`), lte: toDbDate(`${year}-12-31`) } },
    orderBy: { date: 'asc' },
    select: { date: true, kind: true, name: true, source: true },
  });
  return rows.map((r) => ({ ...r, date: fromDbDate(r.date) }));
}
