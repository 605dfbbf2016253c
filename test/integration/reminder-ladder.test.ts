// The nudge ladder of domain.md day by day on a fixed clock, across the 2026 Mid-Autumn and National
// Day holidays (Sep 25–27 and Oct 1–7 off; Sun Sep 20 and Sat Oct 10 are make-up working days): each
// person gets one direct message on each working day that has something for them, listing exactly the
// rungs that fall due that day, and nothing at all on a day off.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asLocalDate } from '../../src/calendar/index.ts';
import { listedItems, type ReminderHarness, startReminderHarness } from '../support/reminder-harness.ts';
import { addIssue, type Person } from '../support/reminder-world.ts';

// Every day from Fri Sep 18 to Thu Oct 22, and which of them are working days (by hand, from the
// State Council's notice): the rest must stay silent.
const WORKING = [
  '2026-09-18',
  '2026-09-20',
  '2026-09-21',
  '2026-09-22',
  '2026-09-23',
  '2026-09-24',
  '2026-09-28',
  '2026-09-29',
  '2026-09-30',
  '2026-10-08',
  '2026-10-09',
  '2026-10-10',
  '2026-10-12',
  '2026-10-13',
  '2026-10-14',
  '2026-10-15',
  '2026-10-16',
  '2026-10-19',
  '2026-10-20',
  '2026-10-21',
  '2026-10-22',
];
const OFF = [
  '2026-09-19',
  '2026-09-25',
  '2026-09-26',
  '2026-09-27',
  '2026-10-01',
  '2026-10-02',
  '2026-10-03',
  '2026-10-04',
  '2026-10-05',
  '2026-10-06',
  '2026-10-07',
  '2026-10-11',
  '2026-10-17',
  '2026-10-18',
];
const from = (day: string) => WORKING.filter((d) => d >= day);

let h: ReminderHarness;
/** Issue name → id. */
const issue: Record<string, number> = {};
/** date → person → the `kind:issue` items expected in their one message. */
const expected = new Map<string, Map<Person, Set<string>>>();

function expect_(person: Person, kind: string, name: string, dates: string[]) {
  for (const date of dates) {
    const day = expected.get(date) ?? new Map<Person, Set<string>>();
    const items = day.get(person) ?? new Set<string>();
    items.add(`${kind}:${issue[name]}`);
    day.set(person, items);
    expected.set(date, day);
  }
}

beforeAll(async () => {
  h = await startReminderHarness();
  await h.startWorkers();
  const d = asLocalDate;
  // A: due the day before the holiday week. B: due on the Monday after a make-up Sunday.
  issue.A = await addIssue(h.db.prisma, h.world, { title: 'A', due: d('2026-09-30') });
  issue.B = await addIssue(h.db.prisma, h.world, { title: 'B', due: d('2026-09-21') });
  // C: due on a holiday, so really due on the first working day after it.
  issue.C = await addIssue(h.db.prisma, h.world, { title: 'C', owner: 'owner2', due: d('2026-10-03') });
  // D: a function group's issue: its lead is the first escalation, there is no team head.
  issue.D = await addIssue(h.db.prisma, h.world, {
    title: 'D',
    owner: 'fgMember',
    level: 'function_group',
    ownerUnit: 'fg',
    due: d('2026-10-09'),
  });
  // E: deferred with a plan of two steps: reminded by each step in turn, overdue after the last.
  issue.E = await addIssue(h.db.prisma, h.world, {
    title: 'E',
    owner: 'owner2',
    status: 'deferred',
    due: d('2026-10-09'),
    plan: [d('2026-10-09'), d('2026-10-16')],
  });
  // Not on the ladder: resolved, awaiting dispatch (no owner, no date), due far ahead.
  await addIssue(h.db.prisma, h.world, { title: 'resolved', status: 'resolved', due: null });
  await addIssue(h.db.prisma, h.world, { title: 'queued', status: 'awaiting_dispatch', due: null });
  await addIssue(h.db.prisma, h.world, { title: 'later', due: d('2026-12-31') });

  expect_('owner', 'heads_up', 'A', ['2026-09-29']);
  expect_('owner', 'due', 'A', ['2026-09-30']);
  expect_('owner', 'overdue', 'A', from('2026-10-08'));
  expect_('groupHead', 'escalate_group', 'A', from('2026-10-10')); // 3rd overdue day: the make-up Saturday
  expect_('teamHead', 'escalate_team', 'A', from('2026-10-13'));
  expect_('leader', 'escalate_leader', 'A', from('2026-10-20'));

  expect_('owner', 'heads_up', 'B', ['2026-09-20']); // the make-up Sunday
  expect_('owner', 'due', 'B', ['2026-09-21']);
  expect_('owner', 'overdue', 'B', from('2026-09-22'));
  expect_('groupHead', 'escalate_group', 'B', from('2026-09-24'));
  expect_('teamHead', 'escalate_team', 'B', from('2026-09-29'));
  expect_('leader', 'escalate_leader', 'B', from('2026-10-12'));

  expect_('owner2', 'heads_up', 'C', ['2026-09-30']);
  expect_('owner2', 'due', 'C', ['2026-10-08']);
  expect_('owner2', 'overdue', 'C', from('2026-10-09'));
  expect_('groupHead', 'escalate_group', 'C', from('2026-10-12'));
  expect_('teamHead', 'escalate_team', 'C', from('2026-10-14'));
  expect_('leader', 'escalate_leader', 'C', from('2026-10-21'));

  expect_('fgMember', 'heads_up', 'D', ['2026-10-08']);
  expect_('fgMember', 'due', 'D', ['2026-10-09']);
  expect_('fgMember', 'overdue', 'D', from('2026-10-10'));
  expect_('fgLead', 'escalate_group', 'D', from('2026-10-13'));
  // The leadership group's head, the district leader above a function group.
  expect_('leadLeader', 'escalate_leader', 'D', from('2026-10-22'));

  expect_('owner2', 'heads_up', 'E', ['2026-10-08', '2026-10-15']);
  expect_('owner2', 'due', 'E', ['2026-10-09', '2026-10-16']);
  expect_('owner2', 'overdue', 'E', from('2026-10-19'));
  expect_('groupHead', 'escalate_group', 'E', from('2026-10-21'));
});

afterAll(async () => {
  await h?.close();
});

describe('the reminder ladder across the 2026 National Day holiday', () => {
  it('sends each person one message on each working day with exactly that day’s rungs, nothing on days off', {
    timeout: 120_000,
  }, async () => {
    const people = Object.keys(h.world.cadre) as Person[];
    const seen = new Map<Person, number>(people.map((p) => [p, 0]));
    const got = new Map<string, Map<Person, string[]>>();
    for (const date of [...WORKING, ...OFF].sort()) {
      h.setNow(`${date}T10:00:00+08:00`);
      const result = await h.sweep();
      expect(result.ran, date).toBe(WORKING.includes(date));
      await h.settled();
      const today = new Map<Person, string[]>();
      for (const person of people) {
        const messages = h.dms(person).slice(seen.get(person));
        seen.set(person, h.dms(person).length);
        expect(messages.length, `${person} on ${date}`).toBeLessThanOrEqual(1);
        if (messages[0]) today.set(person, listedItems(messages[0]).sort());
      }
      got.set(date, today);
    }
    for (const date of [...WORKING, ...OFF].sort()) {
      const want = new Map(
        [...(expected.get(date) ?? new Map<Person, Set<string>>())].map(([p, items]) => [
          p,
          [...items].sort(),
        ]),
      );
      expect(Object.fromEntries(got.get(date) ?? []), date).toEqual(Object.fromEntries(want));
    }
  });

  it('writes each message in its recipient’s language', () => {
    const [ownerMessage] = h.dms('owner');
    const [headMessage] = h.dms('groupHead');
    expect(JSON.stringify(ownerMessage?.blocks)).toContain('助企每日提醒');
    expect(JSON.stringify(headMessage?.blocks)).toContain('zhuqi daily reminder');
  });
});
