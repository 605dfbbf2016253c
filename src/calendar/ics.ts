// Reads the holiday calendars that chinese-days publishes (and the like): all-day VEVENTs whose SUMMARY
// reads "春节(休)" / "春节(班)" or "Spring Festival(Holiday)" / "…(Workday)". Only what `calendar import`
// needs; anything it cannot read with certainty is an error rather than a guess, since a wrong day
// shifts every deadline that crosses it.
import type { CalendarDay, DayKind } from './calendar-day.ts';
import { addCalendarDays, isLocalDate, type LocalDate } from './local-date.ts';

export class IcsParseError extends Error {
  constructor(
    message: string,
    /** 1-based line of the file where the offending event or property starts. */
    readonly line: number,
  ) {
    super(`line ${line}: ${message}`);
    this.name = 'IcsParseError';
  }
}

interface ContentLine {
  readonly name: string;
  readonly params: string;
  readonly value: string;
  readonly line: number;
}

type EventProps = Map<string, ContentLine>;

// A year-long event is the most a holiday calendar has reason to hold; more is likely a broken file.
const MAX_EVENT_DAYS = 366;

/** The days the file declares, each date once; throws IcsParseError on what it cannot read. */
export function parseIcs(text: string): Map<LocalDate, CalendarDay> {
  const days = new Map<LocalDate, CalendarDay>();
  for (const event of readEvents(text)) {
    const day = eventDay(event);
    for (const date of eventDates(event)) {
      const earlier = days.get(date);
      if (earlier && earlier.kind !== day.kind) {
        throw new IcsParseError(`${date} is both a ${earlier.kind} and a ${day.kind}`, startLine(event));
      }
      days.set(date, day);
    }
  }
  return days;
}

function* contentLines(text: string): Generator<ContentLine> {
  const physical = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  let current: { text: string; line: number } | undefined;
  const finish = (logical: { text: string; line: number }): ContentLine | undefined => {
    if (logical.text.trim() === '') return undefined;
    const colon = valueColon(logical.text);
    if (colon < 0) throw new IcsParseError(`not a property line: ${logical.text.slice(0, 60)}`, logical.line);
    const head = logical.text.slice(0, colon);
    const semicolon = head.indexOf(';');
    return {
      name: (semicolon < 0 ? head : head.slice(0, semicolon)).toUpperCase(),
      params: semicolon < 0 ? '' : head.slice(semicolon + 1),
      value: logical.text.slice(colon + 1),
      line: logical.line,
    };
  };
  for (const [index, raw] of physical.entries()) {
    // RFC 5545 folds long lines: a line starting with a space or tab continues the previous one.
    if (current && (raw.startsWith(' ') || raw.startsWith('\t'))) {
      current.text += raw.slice(1);
      continue;
    }
    if (current) {
      const parsed = finish(current);
      if (parsed) yield parsed;
    }
    current = { text: raw, line: index + 1 };
  }
  if (current) {
    const parsed = finish(current);
    if (parsed) yield parsed;
  }
}

// The name/parameter part may hold quoted values with colons in them; the value starts after the first
// colon outside quotes.
function valueColon(line: string): number {
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const ch = line[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === ':' && !quoted) return i;
  }
  return -1;
}

function* readEvents(text: string): Generator<EventProps> {
  const stack: string[] = [];
  let event: EventProps | undefined;
  for (const line of contentLines(text)) {
    if (line.name === 'BEGIN') {
      stack.push(line.value.trim().toUpperCase());
      if (stack.at(-1) === 'VEVENT') event = new Map([['BEGIN', line]]);
    } else if (line.name === 'END') {
      const closed = stack.pop();
      if (closed !== line.value.trim().toUpperCase()) {
        throw new IcsParseError(`END:${line.value} does not close BEGIN:${closed ?? '(nothing)'}`, line.line);
      }
      if (closed === 'VEVENT' && event) {
        yield event;
        event = undefined;
      }
    } else if (event && stack.at(-1) === 'VEVENT' && !event.has(line.name)) {
      event.set(line.name, line);
    }
  }
  if (stack.length > 0) throw new IcsParseError(`BEGIN:${stack.at(-1)} is never closed`, 1);
}

function startLine(event: EventProps): number {
  return event.get('BEGIN')?.line ?? 1;
}

function dateValue(prop: ContentLine): LocalDate {
  const value = prop.value.trim();
  const isDateOnly = /^\d{8}$/.test(value);
  if (!isDateOnly) {
    throw new IcsParseError(`${prop.name} must be an all-day date (VALUE=DATE), got ${value}`, prop.line);
  }
  const date = `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}`;
  if (!isLocalDate(date)) throw new IcsParseError(`${prop.name} is not a real date: ${value}`, prop.line);
  return date;
}

function eventDates(event: EventProps): LocalDate[] {
  const startProp = event.get('DTSTART');
  if (!startProp) throw new IcsParseError('event without DTSTART', startLine(event));
  const start = dateValue(startProp);
  const endProp = event.get('DTEND');
  const durationProp = event.get('DURATION');
  let count = 1;
  if (endProp) {
    const end = dateValue(endProp);
    count = Math.round((Date.parse(end) - Date.parse(start)) / 86_400_000);
  } else if (durationProp) {
    const match = /^P(\d+)D$/.exec(durationProp.value.trim());
    if (!match)
      throw new IcsParseError(`DURATION must be whole days (PnD): ${durationProp.value}`, durationProp.line);
    count = Number(match[1]);
  }
  if (count < 1 || count > MAX_EVENT_DAYS) {
    throw new IcsParseError(`event lasts ${count} days; expected 1 to ${MAX_EVENT_DAYS}`, startLine(event));
  }
  return Array.from({ length: count }, (_, i) => addCalendarDays(start, i));
}

function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, ch: string) => (ch === 'n' || ch === 'N' ? '\n' : ch));
}

const MARKER = /[(（]([^()（）]*)[)）]\s*$/;
const WORKDAY_WORDS = /班|workday|working day|make-?up/i;
const HOLIDAY_WORDS = /休|假|holiday|day off/i;

// Make-up days are named after the holiday they pay for ("国庆节(班)"), so working words are checked first.
function kindFromText(text: string): DayKind | undefined {
  if (WORKDAY_WORDS.test(text)) return 'workday';
  if (HOLIDAY_WORDS.test(text)) return 'holiday';
  return undefined;
}

function eventDay(event: EventProps): CalendarDay {
  const summary = unescapeText(event.get('SUMMARY')?.value ?? '').trim();
  const marker = MARKER.exec(summary)?.[1] ?? '';
  const apple = event.get('X-APPLE-SPECIAL-DAY')?.value.trim().toUpperCase();
  const kind =
    (apple === 'ALTERNATE-WORKDAY' ? 'workday' : apple === 'WORK-HOLIDAY' ? 'holiday' : undefined) ??
    kindFromText(marker) ??
    kindFromText(summary) ??
    kindFromText(unescapeText(event.get('DESCRIPTION')?.value ?? ''));
  if (!kind) {
    throw new IcsParseError(
      `cannot tell whether "${summary}" is a holiday or a working day (mark it 休/班 or Holiday/Workday)`,
      startLine(event),
    );
  }
  const name = summary.replace(MARKER, '').trim() || summary;
  return { kind, name };
}
