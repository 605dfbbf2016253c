// PostgreSQL `date` columns travel through Prisma as JS Dates at UTC midnight; the domain speaks
// 'YYYY-MM-DD' local dates. These two functions are the only crossing.
import { asLocalDate, type LocalDate } from '../calendar/index.ts';

export function toDbDate(date: string): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

export function fromDbDate(date: Date): LocalDate {
  return asLocalDate(date.toISOString().slice(0, 10));
}

export function fromDbDateOrNull(date: Date | null): LocalDate | null {
  return date === null ? null : fromDbDate(date);
}
