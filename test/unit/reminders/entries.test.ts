import { describe, expect, it } from 'vitest';
import { asLocalDate, createWorkingCalendar } from '../../../src/calendar/index.ts';
import { deadlineSettingsSchema } from '../../../src/domain/deadlines/index.ts';
import {
  dueReminders,
  type LadderCandidate,
  ladderEntries,
  reportBackDue,
} from '../../../src/domain/reminders/index.ts';

const calendar = createWorkingCalendar();
const settings = deadlineSettingsSchema.parse({});
const d = asLocalDate;
const OWNER = 1;
const chain = { groupHeadId: 2, teamHeadId: 3, leaderId: 4 };
const candidate = (over: Partial<LadderCandidate> = {}): LadderCandidate => ({
  issueId: 10,
  due: d('2026-09-30'),
  ownerId: OWNER,
  ownerSnoozed: false,
  chain,
  ...over,
});
const ALL = ['overdue', 'escalate_group', 'escalate_team', 'escalate_leader'] as const;

describe('ladderEntries', () => {
  it('sends the owner their rung and each escalation to the head it names', () => {
    expect(ladderEntries(candidate(), ALL)).toEqual([
      { issueId: 10, kind: 'overdue', recipientId: OWNER },
      { issueId: 10, kind: 'escalate_group', recipientId: 2 },
      { issueId: 10, kind: 'escalate_team', recipientId: 3 },
      { issueId: 10, kind: 'escalate_leader', recipientId: 4 },
    ]);
    expect(ladderEntries(candidate(), ['heads_up'])).toEqual([
      { issueId: 10, kind: 'heads_up', recipientId: OWNER },
    ]);
  });

  it('skips a missing head, and never escalates to the owner themselves', () => {
    const noTeam = candidate({ chain: { ...chain, teamHeadId: null } });
    expect(ladderEntries(noTeam, ALL).map((e) => e.kind)).toEqual([
      'overdue',
      'escalate_group',
      'escalate_leader',
    ]);
    const headOwns = candidate({ ownerId: 2 });
    expect(ladderEntries(headOwns, ALL).map((e) => [e.kind, e.recipientId])).toEqual([
      ['overdue', 2],
      ['escalate_team', 3],
      ['escalate_leader', 4],
    ]);
  });

  it('gives someone who is two heads at once only the higher rung', () => {
    const same = candidate({ chain: { groupHeadId: 3, teamHeadId: 3, leaderId: 4 } });
    expect(ladderEntries(same, ALL).map((e) => [e.kind, e.recipientId])).toEqual([
      ['overdue', OWNER],
      ['escalate_team', 3],
      ['escalate_leader', 4],
    ]);
  });

  it('spares a snoozing owner but not the heads above them', () => {
    expect(ladderEntries(candidate({ ownerSnoozed: true }), ALL).map((e) => e.kind)).toEqual([
      'escalate_group',
      'escalate_team',
      'escalate_leader',
    ]);
  });
});

describe('reportBackDue', () => {
  it('is due from the working day after the move, on working days only', () => {
    expect(reportBackDue(d('2026-09-30'), d('2026-09-30'), calendar)).toBe(false);
    expect(reportBackDue(d('2026-09-30'), d('2026-10-02'), calendar)).toBe(false); // holiday
    expect(reportBackDue(d('2026-09-30'), d('2026-10-08'), calendar)).toBe(true);
    expect(reportBackDue(d('2026-09-30'), d('2026-10-10'), calendar)).toBe(true); // make-up Saturday
    expect(reportBackDue(null, d('2026-10-08'), calendar)).toBe(false);
  });
});

describe('dueReminders', () => {
  it('works out each candidate’s rungs and the report-backs of the day', () => {
    const entries = dueReminders(
      {
        ladder: [
          candidate(),
          candidate({ issueId: 11, due: d('2026-10-14') }),
          candidate({ issueId: 12, due: d('2026-11-30') }),
        ],
        reportBack: [
          { issueId: 20, finderId: 7, lastMoveDate: d('2026-10-12') },
          { issueId: 21, finderId: 7, lastMoveDate: d('2026-10-13') },
        ],
      },
      d('2026-10-13'),
      settings,
      calendar,
    );
    expect(entries.map((e) => `${e.issueId}:${e.kind}:${e.recipientId}`)).toEqual([
      '10:overdue:1',
      '10:escalate_group:2',
      '10:escalate_team:3',
      '11:heads_up:1',
      '20:report_back:7',
    ]);
  });
});
