import type { CalendarDay, CalendarDays, LocalDate } from '../../calendar/index.ts';
import { createWorkingCalendar, type WorkingCalendar } from '../../calendar/index.ts';
import { fromDbDate, toDbDate } from '../dates.ts';
import type { Db } from '../prisma.ts';

/** The admin's days (set by hand or imported) over the shipped statutory schedule. */
export async function loadWorkingCalendar(db: Db): Promise<WorkingCalendar> {
  const rows = await db.calendarDay.findMany({ select: { date: true, kind: true, name: true } });
  const overrides: CalendarDays = new Map(
    rows.map((r) => [fromDbDate(r.date), { kind: r.kind, name: r.name ?? '' } satisfies CalendarDay]),
  );
  return createWorkingCalendar({ overrides });
}

export async function setCalendarDays(
  db: Db,
  days: ReadonlyMap<LocalDate, CalendarDay>,
  source: 'admin' | 'ics',
): Promise<number> {
  let written = 0;
  await db.$transaction(async (tx) => {
    for (const [date, day] of days) {
      await tx.calendarDay.upsert({
        where: { date: toDbDate(date) },
        create: { date: toDbDate(date), kind: day.kind, name: day.name || null, source },
        update: { kind: day.kind, name: day.name || null, source },
      });
      written++;
    }
  });
  return written;
}
