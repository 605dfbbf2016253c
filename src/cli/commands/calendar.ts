// `calendar`: the working-day calendar every deadline and reminder counts on. The statutory schedule
// of the years the bot ships with is built in; an admin overrides single days or imports a year's
// holiday calendar (.ics) for the years after.
import { readFile } from 'node:fs/promises';
import {
  type CalendarDay,
  type DayKind,
  dayOfWeek,
  IcsParseError,
  isLocalDate,
  type LocalDate,
  localDateOf,
  parseIcs,
  STATUTORY_YEARS,
  statutoryDays,
} from '../../calendar/index.ts';
import { loadConfig } from '../../config/config.ts';
import { listStoredCalendarDays } from '../../persistence/calendar/calendar-admin.ts';
import { setCalendarDays } from '../../persistence/calendar/calendar-repository.ts';
import { type CliCommand, type CliContext, EXIT, UsageError } from './command.ts';

const usage = `Usage: npm run zhuqi -- calendar import <file.ics>
       npm run zhuqi -- calendar set <YYYY-MM-DD> <workday|holiday> [name]
       npm run zhuqi -- calendar list [year]

The working-day calendar: Monday to Friday, except the State Council's holidays and make-up working
days (调休), which ship with the bot for ${STATUTORY_YEARS.join(' and ')}. Every deadline and reminder
counts on it. Running processes pick a change up within 30 seconds.

  import  reads a holiday calendar (all-day events whose summary ends in 休/班 or Holiday/Workday,
          as published by chinese-days and most Chinese calendar apps) and stores each day it names,
          replacing what was set for those days before. Nothing is stored if the file cannot be read.
  set     makes one day a working day or a day off, e.g. a make-up Saturday the State Council
          announced late, or a local holiday; the name is shown in the calendar list.
  list    the year's holidays and make-up days (default: this year), and where each comes from.

Exit status: 0 done, 1 failed (nothing stored), 2 wrong usage.`;

const KINDS: readonly DayKind[] = ['workday', 'holiday'];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function dayLine(date: LocalDate, kind: DayKind, name: string, source: string): string {
  return `${date} ${WEEKDAYS[dayOfWeek(date)]}  ${kind.padEnd(9)}${(name || '-').padEnd(12)}${source}`;
}

async function importIcs(args: readonly string[], context: CliContext): Promise<number> {
  if (args.length !== 1) throw new UsageError('import takes one file');
  const file = args[0] as string;
  let days: Map<LocalDate, CalendarDay>;
  try {
    days = parseIcs(await readFile(file, 'utf8'));
  } catch (error) {
    const why = error instanceof IcsParseError || error instanceof Error ? error.message : String(error);
    context.err(`calendar import: ${file}: ${why}`);
    return EXIT.failed;
  }
  if (days.size === 0) {
    context.err(`calendar import: ${file} names no holiday or working day; nothing stored`);
    return EXIT.failed;
  }
  const written = await setCalendarDays(context.database(), days, 'ics');
  const kinds = [...days.values()];
  const dates = [...days.keys()].sort();
  context.out(
    `imported ${written} days from ${file} (${dates[0]} to ${dates.at(-1)}): ` +
      `${kinds.filter((d) => d.kind === 'holiday').length} holidays, ` +
      `${kinds.filter((d) => d.kind === 'workday').length} working days`,
  );
  return EXIT.ok;
}

async function setDay(args: readonly string[], context: CliContext): Promise<number> {
  const [date, kind, ...nameWords] = args;
  if (date === undefined || !isLocalDate(date)) throw new UsageError('set needs a date written YYYY-MM-DD');
  if (kind === undefined || !(KINDS as readonly string[]).includes(kind)) {
    throw new UsageError('set needs workday or holiday after the date');
  }
  const day: CalendarDay = { kind: kind as DayKind, name: nameWords.join(' ').trim() };
  await setCalendarDays(context.database(), new Map([[date, day]]), 'admin');
  context.out(`set ${dayLine(date, day.kind, day.name, 'admin')}`);
  return EXIT.ok;
}

async function listYear(args: readonly string[], context: CliContext): Promise<number> {
  if (args.length > 1) throw new UsageError(`unexpected argument "${args[1]}"`);
  const year =
    args[0] === undefined
      ? Number(localDateOf(new Date(), loadConfig().timeZone).slice(0, 4))
      : Number(args[0]);
  if (!Number.isInteger(year) || year < 1900 || year > 2999)
    throw new UsageError('the year must be like 2026');
  const stored = await listStoredCalendarDays(context.database(), year);
  const lines = new Map<LocalDate, string>();
  for (const [date, day] of statutoryDays) {
    if (date.startsWith(`${year}-`)) lines.set(date, dayLine(date, day.kind, day.name, 'statutory'));
  }
  for (const day of stored) {
    const shipped = statutoryDays.get(day.date);
    const over = shipped
      ? ` (instead of the statutory ${shipped.kind}${shipped.name ? ` ${shipped.name}` : ''})`
      : '';
    lines.set(day.date, dayLine(day.date, day.kind, day.name ?? '', `${day.source}${over}`));
  }
  if (!STATUTORY_YEARS.includes(year)) {
    context.out(`no statutory schedule ships for ${year}: import one with \`calendar import <file.ics>\``);
  }
  if (lines.size === 0) context.out(`${year}: no holidays or make-up days; Monday to Friday throughout`);
  for (const date of [...lines.keys()].sort()) context.out(lines.get(date) as string);
  return EXIT.ok;
}

export const calendarCommand: CliCommand = {
  name: 'calendar',
  summary: 'holidays and make-up working days (calendar import | set | list)',
  usage,
  async run(args, context) {
    const [action, ...rest] = args;
    try {
      if (action === 'import') return await importIcs(rest, context);
      if (action === 'set') return await setDay(rest, context);
      if (action === 'list') return await listYear(rest, context);
      throw new UsageError('import, set or list is required');
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      context.err(`calendar: ${error.message}\n\n${usage}`);
      return EXIT.usage;
    }
  },
};
