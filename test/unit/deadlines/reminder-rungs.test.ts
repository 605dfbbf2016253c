import { describe, expect, it } from 'vitest';
import { addCalendarDays, asLocalDate } from '../../../src/calendar/local-date.ts';
import { createWorkingCalendar } from '../../../src/calendar/working-calendar.ts';
import {
  DEFAULT_DEADLINE_SETTINGS,
  deadlineSettingsSchema,
} from '../../../src/domain/deadlines/deadline-settings.ts';
import { reminderRungsFor } from '../../../src/domain/deadlines/reminder-rungs.ts';

const d = asLocalDate;
const calendar = createWorkingCalendar();
const settings = DEFAULT_DEADLINE_SETTINGS;
const rungs = (due: string, today: string, s = settings) =>
  reminderRungsFor({ due: d(due), today: d(today) }, s, calendar);

describe('reminderRungsFor in an ordinary stretch (due Mon 2026-03-02)', () => {
  it('gives a heads-up one working day before, counting over the weekend', () => {
    expect(rungs('2026-03-02', '2026-02-26')).toEqual([]);
    expect(rungs('2026-03-02', '2026-02-27')).toEqual([]);
    expect(rungs('2026-03-02', '2026-02-28')).toEqual(['heads_up']);
    expect(rungs('2026-03-02', '2026-03-01')).toEqual([]);
  });

  it('gives the due rung on the due date', () => {
    expect(rungs('2026-03-02', '2026-03-02')).toEqual(['due']);
  });

  it('escalates on overdue days 1, 3, 5 and 10', () => {
    expect(rungs('2026-03-02', '2026-03-03')).toEqual(['overdue']);
    expect(rungs('2026-03-02', '2026-03-04')).toEqual(['overdue']);
    expect(rungs('2026-03-02', '2026-03-05')).toEqual(['overdue', 'escalate_group']);
    expect(rungs('2026-03-02', '2026-03-09')).toEqual(['overdue', 'escalate_group', 'escalate_team']);
    expect(rungs('2026-03-02', '2026-03-13')).toEqual(['overdue', 'escalate_group', 'escalate_team']);
    expect(rungs('2026-03-02', '2026-03-16')).toEqual([
      'overdue',
      'escalate_group',
      'escalate_team',
      'escalate_leader',
    ]);
    expect(rungs('2026-03-02', '2026-06-01')).toHaveLength(4);
  });

  it('gives nothing on a weekend', () => {
    expect(rungs('2026-03-02', '2026-03-07')).toEqual([]);
    expect(rungs('2026-03-02', '2026-03-08')).toEqual([]);
  });
});

describe('reminderRungsFor across National Day (due Wed 2026-09-30)', () => {
  const byDay = () => {
    const out: Record<string, string> = {};
    for (let day = d('2026-09-28'); day <= '2026-10-20'; day = addCalendarDays(day, 1)) {
      out[day] = rungs('2026-09-30', day).join(',');
    }
    return out;
  };

  it('skips the holiday week, counts the make-up Saturday, and escalates on working days 3, 5, 10', () => {
    expect(byDay()).toEqual({
      '2026-09-28': '',
      '2026-09-29': 'heads_up',
      '2026-09-30': 'due',
      '2026-10-01': '',
      '2026-10-02': '',
      '2026-10-03': '',
      '2026-10-04': '',
      '2026-10-05': '',
      '2026-10-06': '',
      '2026-10-07': '',
      '2026-10-08': 'overdue',
      '2026-10-09': 'overdue',
      '2026-10-10': 'overdue,escalate_group',
      '2026-10-11': '',
      '2026-10-12': 'overdue,escalate_group',
      '2026-10-13': 'overdue,escalate_group,escalate_team',
      '2026-10-14': 'overdue,escalate_group,escalate_team',
      '2026-10-15': 'overdue,escalate_group,escalate_team',
      '2026-10-16': 'overdue,escalate_group,escalate_team',
      '2026-10-17': '',
      '2026-10-18': '',
      '2026-10-19': 'overdue,escalate_group,escalate_team',
      '2026-10-20': 'overdue,escalate_group,escalate_team,escalate_leader',
    });
  });
});

describe('reminderRungsFor edge cases', () => {
  it('sends the heads-up on the last working day before a holiday', () => {
    // Due Thu Oct 8: the working day before is Wed Sep 30.
    expect(rungs('2026-10-08', '2026-09-30')).toEqual(['heads_up']);
    expect(rungs('2026-10-08', '2026-09-29')).toEqual([]);
    // Due Tue Feb 24: the working day before is the make-up Saturday Feb 14.
    expect(rungs('2026-02-24', '2026-02-14')).toEqual(['heads_up']);
  });

  it('treats a due date on a non-working day as due on the next working day', () => {
    expect(rungs('2026-10-04', '2026-09-30')).toEqual(['heads_up']);
    expect(rungs('2026-10-04', '2026-10-08')).toEqual(['due']);
    expect(rungs('2026-10-04', '2026-10-09')).toEqual(['overdue']);
  });

  it('follows the configured ladder, and headsUpDays 0 turns the heads-up off', () => {
    const custom = deadlineSettingsSchema.parse({
      ladder: { headsUpDays: 2, escalateGroupAt: 1, escalateTeamAt: 2 },
    });
    expect(rungs('2026-03-02', '2026-02-27', custom)).toEqual(['heads_up']);
    expect(rungs('2026-03-02', '2026-02-28', custom)).toEqual([]);
    expect(rungs('2026-03-02', '2026-03-03', custom)).toEqual(['overdue', 'escalate_group']);
    expect(rungs('2026-03-02', '2026-03-04', custom)).toEqual(['overdue', 'escalate_group', 'escalate_team']);
    const quiet = deadlineSettingsSchema.parse({ ladder: { headsUpDays: 0 } });
    expect(rungs('2026-03-02', '2026-02-28', quiet)).toEqual([]);
  });
});
