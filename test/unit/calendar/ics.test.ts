import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { IcsParseError, parseIcs } from '../../../src/calendar/ics.ts';
import { addCalendarDays, asLocalDate, type LocalDate } from '../../../src/calendar/local-date.ts';
import { statutoryDays } from '../../../src/calendar/statutory-days.ts';
import { createWorkingCalendar } from '../../../src/calendar/working-calendar.ts';

const require = createRequire(import.meta.url);
const shipped = (file: string) => readFileSync(require.resolve(`chinese-days/dist/${file}`), 'utf8');
const d = asLocalDate;

function ofYear<T>(days: ReadonlyMap<LocalDate, T>, year: string): Map<LocalDate, T> {
  return new Map([...days].filter(([date]) => date.startsWith(year)).sort(([a], [b]) => a.localeCompare(b)));
}

function sorted<T>(days: ReadonlyMap<LocalDate, T>): Map<LocalDate, T> {
  return ofYear(days, '');
}

const ics = (...events: string[][]) =>
  [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    ...events.flatMap((e) => ['BEGIN:VEVENT', ...e, 'END:VEVENT']),
    'END:VCALENDAR',
  ].join('\r\n');

describe('parseIcs on the files chinese-days ships', () => {
  it('reads years/2026.ics to exactly the days of years/2026.json', () => {
    expect(sorted(parseIcs(shipped('years/2026.ics')))).toEqual(ofYear(statutoryDays, '2026'));
  });

  it('reads years/2025.ics to exactly the days of years/2025.json', () => {
    expect(sorted(parseIcs(shipped('years/2025.ics')))).toEqual(ofYear(statutoryDays, '2025'));
  });

  it('reads the multi-year holidays.ics to the same 2026 days', () => {
    expect(ofYear(parseIcs(shipped('holidays.ics')), '2026')).toEqual(ofYear(statutoryDays, '2026'));
  });

  it('reads the English file to the same dates and kinds, with English names', () => {
    const english = parseIcs(shipped('years/2026.en.ics'));
    const kinds = (days: ReadonlyMap<LocalDate, { kind: string }>) =>
      [...sorted(days)].map(([date, day]) => [date, day.kind]);
    expect(kinds(english)).toEqual(kinds(ofYear(statutoryDays, '2026')));
    expect(english.get(d('2026-02-14'))).toEqual({ kind: 'workday', name: 'Spring Festival' });
    expect(english.get(d('2026-10-01'))).toEqual({ kind: 'holiday', name: 'National Day' });
  });

  it('gives an imported calendar the same working days as the shipped one, all through 2026', () => {
    const imported = createWorkingCalendar({
      statutory: new Map(),
      overrides: parseIcs(shipped('years/2026.ics')),
    });
    const shippedCalendar = createWorkingCalendar();
    for (let day = d('2026-01-01'); day <= '2026-12-31'; day = addCalendarDays(day, 1)) {
      expect(imported.isWorkingDay(day), day).toBe(shippedCalendar.isWorkingDay(day));
    }
  });
});

describe('parseIcs on hand-written calendars', () => {
  it('expands a multi-day event up to its exclusive DTEND and takes the name from SUMMARY', () => {
    const days = parseIcs(
      ics(['DTSTART;VALUE=DATE:20270205', 'DTEND;VALUE=DATE:20270208', 'SUMMARY:春节(休)']),
    );
    expect([...days]).toEqual([
      ['2027-02-05', { kind: 'holiday', name: '春节' }],
      ['2027-02-06', { kind: 'holiday', name: '春节' }],
      ['2027-02-07', { kind: 'holiday', name: '春节' }],
    ]);
  });

  it('makes an event without DTEND one day long, and honours a DURATION in days', () => {
    const days = parseIcs(
      ics(
        ['DTSTART;VALUE=DATE:20270130', 'SUMMARY:春节（班）'],
        ['DTSTART;VALUE=DATE:20270301', 'DURATION:P2D', 'SUMMARY:Flood duty(Holiday)'],
      ),
    );
    expect(days.get(d('2027-01-30'))).toEqual({ kind: 'workday', name: '春节' });
    expect(days.get(d('2027-03-02'))).toEqual({ kind: 'holiday', name: 'Flood duty' });
    expect(days.size).toBe(3);
  });

  it('tells the kind from words when there is no marker, working words first', () => {
    const days = parseIcs(
      ics(
        ['DTSTART;VALUE=DATE:20270102', 'SUMMARY:元旦调休上班'],
        ['DTSTART;VALUE=DATE:20270101', 'SUMMARY:元旦放假'],
        ['DTSTART;VALUE=DATE:20270103', 'SUMMARY:Make-up working day'],
        ['DTSTART;VALUE=DATE:20270104', 'SUMMARY:元旦', 'DESCRIPTION:休'],
      ),
    );
    expect(days.get(d('2027-01-02'))?.kind).toBe('workday');
    expect(days.get(d('2027-01-01'))?.kind).toBe('holiday');
    expect(days.get(d('2027-01-03'))?.kind).toBe('workday');
    expect(days.get(d('2027-01-04'))).toEqual({ kind: 'holiday', name: '元旦' });
  });

  it('trusts X-APPLE-SPECIAL-DAY over the words', () => {
    const days = parseIcs(
      ics(['DTSTART;VALUE=DATE:20270213', 'SUMMARY:春节', 'X-APPLE-SPECIAL-DAY:ALTERNATE-WORKDAY']),
    );
    expect(days.get(d('2027-02-13'))).toEqual({ kind: 'workday', name: '春节' });
  });

  it('unfolds long lines, unescapes text, accepts LF endings and ignores nested components and time zones', () => {
    const text = [
      'BEGIN:VCALENDAR',
      'BEGIN:VTIMEZONE',
      'TZID:Asia/Shanghai',
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      'END:STANDARD',
      'END:VTIMEZONE',
      'BEGIN:VEVENT',
      'DTSTART;VALUE=DATE:2027',
      ' 0501',
      'DTEND;VALUE=DATE:20270502',
      'SUMMARY:Labour Day\\, observed (Holiday)',
      'BEGIN:VALARM',
      'DESCRIPTION:班',
      'END:VALARM',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\n');
    expect([...parseIcs(text)]).toEqual([['2027-05-01', { kind: 'holiday', name: 'Labour Day, observed' }]]);
  });

  it('returns nothing for a calendar without events', () => {
    expect(parseIcs('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n').size).toBe(0);
  });
});

describe('parseIcs refuses what it cannot read for certain', () => {
  const refuses = (text: string, message: RegExp) => {
    expect(() => parseIcs(text)).toThrow(IcsParseError);
    expect(() => parseIcs(text)).toThrow(message);
  };

  it('an event whose kind it cannot tell', () => {
    refuses(ics(['DTSTART;VALUE=DATE:20270101', 'SUMMARY:元旦']), /cannot tell/);
  });

  it('timed events, impossible dates and missing DTSTART', () => {
    refuses(ics(['DTSTART:20270101T090000Z', 'SUMMARY:元旦(休)']), /all-day/);
    refuses(ics(['DTSTART;VALUE=DATE:20270230', 'SUMMARY:元旦(休)']), /not a real date/);
    refuses(ics(['SUMMARY:元旦(休)']), /without DTSTART/);
  });

  it('empty, backwards or year-long-plus events', () => {
    refuses(
      ics(['DTSTART;VALUE=DATE:20270105', 'DTEND;VALUE=DATE:20270105', 'SUMMARY:x(休)']),
      /lasts 0 days/,
    );
    refuses(
      ics(['DTSTART;VALUE=DATE:20270105', 'DTEND;VALUE=DATE:20270101', 'SUMMARY:x(休)']),
      /lasts -4 days/,
    );
    refuses(
      ics(['DTSTART;VALUE=DATE:20270101', 'DTEND;VALUE=DATE:20280201', 'SUMMARY:x(休)']),
      /lasts 396 days/,
    );
    refuses(ics(['DTSTART;VALUE=DATE:20270101', 'DURATION:PT8H', 'SUMMARY:x(休)']), /whole days/);
  });

  it('a date declared both a holiday and a working day', () => {
    refuses(
      ics(
        ['DTSTART;VALUE=DATE:20270101', 'SUMMARY:元旦(休)'],
        ['DTSTART;VALUE=DATE:20270101', 'SUMMARY:元旦(班)'],
      ),
      /2027-01-01 is both a holiday and a workday/,
    );
  });

  it('broken structure, naming the line', () => {
    refuses(
      'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VCALENDAR\r\n',
      /line 3: END:VCALENDAR does not close BEGIN:VEVENT/,
    );
    refuses('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n', /never closed/);
    refuses('BEGIN:VCALENDAR\r\nthis is not ics\r\nEND:VCALENDAR', /line 2: not a property line/);
  });
});
