// "The same cadre logging the same enterprise on the same date twice is a likely double entry: warn
// and let the user confirm, never silently duplicate." The form remembers which enterprise and date
// the user confirmed, so changing either asks again.
import type { LocalDate } from '../../calendar/index.ts';

/** Names an enterprise and a date: what the user confirms as "yes, another visit". */
export function sameDayKey(enterpriseId: number, date: LocalDate | string): string {
  return `${enterpriseId}@${date}`;
}

/** True when earlier visits exist that the user has not yet confirmed this one beside. */
export function needsDuplicateConfirmation(
  earlierVisits: number,
  key: string,
  confirmedKey: string | null | undefined,
): boolean {
  return earlierVisits > 0 && confirmedKey !== key;
}
