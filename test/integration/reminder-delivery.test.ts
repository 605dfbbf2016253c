// The reminder sweep and its delivery on real PostgreSQL and Redis with the fake Slack Web API: only in
// working time, one direct message per person and day however many issues and however many sweeps,
// within Slack's 50 blocks, and only about issues still due when the message goes out.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { asLocalDate } from '../../src/calendar/index.ts';
import { createPrisma } from '../../src/persistence/prisma.ts';
import { createServices } from '../../src/services/index.ts';
import { runReminderSweep } from '../../src/services/reminders/reminder-sweep.ts';
import { listedItems, type ReminderHarness, startReminderHarness } from '../support/reminder-harness.ts';
import { addIssue } from '../support/reminder-world.ts';

let h: ReminderHarness;

beforeAll(async () => {
  h = await startReminderHarness();
  await h.startWorkers();
});
afterAll(async () => {
  await h?.close();
});
beforeEach(async () => {
  await h.settled();
  await h.db.prisma.$executeRawUnsafe(
    // Ids go on (no RESTART IDENTITY): outbox keys and BullMQ job ids of earlier tests stay unique.
    'TRUNCATE reminder_entries, reminder_messages, plan_steps, issue_events, issues CASCADE',
  );
  h.fake.clearState();
  h.fake.reset();
});

const d = asLocalDate;
// Tuesday 2026-10-13, an ordinary working day.
const TUESDAY = '2026-10-13';
const at = (time: string, date = TUESDAY) => new Date(`${date}T${time}:00+08:00`);
const posts = () => h.fake.calls('chat.postMessage').filter((c) => c.status === 200 && !c.fault);

describe('working time', () => {
  it('sends nothing before 09:00, from 18:00, or on a day off; sends at 09:00', async () => {
    await addIssue(h.db.prisma, h.world, { due: d('2026-10-12') });
    for (const instant of [
      at('08:59'),
      at('18:00'),
      at('23:30'),
      at('10:00', '2026-10-11'),
      at('10:00', '2026-10-03'),
    ]) {
      const result = await h.sweep(instant);
      expect(result, instant.toISOString()).toMatchObject({ ran: false, reason: 'outside_working_time' });
    }
    await h.settled();
    expect(await h.db.prisma.reminderEntry.count()).toBe(0);
    expect(posts()).toHaveLength(0);

    expect(await h.sweep(at('09:00'))).toMatchObject({ ran: true, messages: 1 });
    await h.settled();
    expect(h.dms('owner')).toHaveLength(1);
  });

  it('follows working hours an admin set', async () => {
    await h.db.prisma.setting.create({
      data: { key: 'deadlines', value: { workingHours: { start: '08:00', end: '17:00' } } },
    });
    try {
      await addIssue(h.db.prisma, h.world, { due: d('2026-10-12') });
      expect(await h.sweep(at('17:30'))).toMatchObject({ ran: false });
      expect(await h.sweep(at('08:15'))).toMatchObject({ ran: true, messages: 1 });
    } finally {
      await h.db.prisma.setting.deleteMany({});
    }
  });
});

describe('one message per person and day', () => {
  it('lists an owner’s seven overdue issues in one message', async () => {
    const ids: number[] = [];
    for (let i = 0; i < 7; i++)
      ids.push(await addIssue(h.db.prisma, h.world, { title: `逾期 ${i}`, due: d('2026-10-12') }));
    const result = await h.sweep(at('10:00'));
    expect(result).toMatchObject({ ran: true, entries: 7, messages: 1 });
    await h.settled();
    const [message, ...more] = h.dms('owner');
    expect(more).toHaveLength(0);
    expect(listedItems(message ?? ({} as never)).sort()).toEqual(ids.map((id) => `overdue:${id}`).sort());
  });

  it('puts heads-up, due, overdue, report-back and escalations for one person in the same message', async () => {
    // The group head owns two issues, found a third, and heads the owner of an overdue fourth.
    const headsUp = await addIssue(h.db.prisma, h.world, { owner: 'groupHead', due: d('2026-10-14') });
    const due = await addIssue(h.db.prisma, h.world, { owner: 'groupHead', due: d(TUESDAY) });
    const found = await addIssue(h.db.prisma, h.world, {
      finder: 'groupHead',
      movedAt: at('10:00', '2026-10-12'),
      enterpriseInformedAt: null,
      due: d('2026-12-31'),
    });
    const escalated = await addIssue(h.db.prisma, h.world, { due: d('2026-10-08') }); // 3 working days overdue
    await h.sweep(at('10:00'));
    await h.settled();
    expect(h.dms('groupHead')).toHaveLength(1);
    expect(listedItems(h.dms('groupHead')[0] ?? ({} as never))).toEqual([
      `due:${due}`,
      `heads_up:${headsUp}`,
      `report_back:${found}`,
      `escalate_group:${escalated}`,
    ]);
  });

  it('sends nothing more when the sweep runs again the same day, or is run again by hand', async () => {
    await addIssue(h.db.prisma, h.world, { due: d('2026-10-09') });
    expect(await h.sweep(at('09:00'))).toMatchObject({ entries: 2, messages: 2 });
    await h.settled();
    for (const time of ['09:15', '09:30', '13:00', '17:45']) {
      expect(await h.sweep(at(time))).toMatchObject({ ran: true, entries: 0, messages: 0 });
    }
    await h.settled();
    expect(posts()).toHaveLength(2);
    expect(h.dms('owner')).toHaveLength(1);
    expect(h.dms('groupHead')).toHaveLength(1);
  });

  it('keeps a long list inside Slack’s 50 blocks and says how many more there are', async () => {
    for (let i = 0; i < 40; i++)
      await addIssue(h.db.prisma, h.world, { title: `issue ${i}`, due: d('2026-10-12') });
    await h.sweep(at('10:00'));
    await h.settled();
    const [message] = h.dms('owner');
    expect(message?.blocks?.length).toBeLessThanOrEqual(50);
    const shown = listedItems(message ?? ({} as never)).length;
    expect(shown).toBeGreaterThan(15);
    expect(JSON.stringify(message?.blocks)).toContain(`另有 ${40 - shown} 个问题未能列出`);
  });

  it('gives every person exactly one message when two sweeps race, each with its own connections', async () => {
    for (let i = 0; i < 5; i++) await addIssue(h.db.prisma, h.world, { due: d('2026-09-21') });
    await addIssue(h.db.prisma, h.world, { owner: 'owner2', due: d('2026-10-12') });
    const other = createPrisma(h.db.url, { max: 4 });
    try {
      const second = createServices({
        db: other,
        timeZone: 'Asia/Shanghai',
        clock: () => at('10:00'),
        cacheMs: 0,
      });
      const results = await Promise.all([
        h.sweep(at('10:00')),
        runReminderSweep(second, at('10:00')),
        h.sweep(at('10:00')),
        runReminderSweep(second, at('10:00')),
      ]);
      const totals = results.reduce(
        (sum, r) => (r.ran ? { entries: sum.entries + r.entries, messages: sum.messages + r.messages } : sum),
        { entries: 0, messages: 0 },
      );
      // 11 working days overdue: owner, group head, team head and leader 5 each; owner2 1.
      expect(totals).toEqual({ entries: 21, messages: 5 });
    } finally {
      await other.$disconnect();
    }
    await h.settled();
    for (const person of ['owner', 'owner2', 'groupHead', 'teamHead', 'leader'] as const) {
      expect(h.dms(person), person).toHaveLength(1);
    }
    expect(posts()).toHaveLength(5);
  });
});

describe('re-reading the issues before sending', () => {
  it('drops what was resolved, closed or snoozed since the sweep, and sends the rest', async () => {
    const keep = await addIssue(h.db.prisma, h.world, { title: 'still overdue', due: d('2026-10-12') });
    const resolved = await addIssue(h.db.prisma, h.world, { due: d('2026-10-12') });
    const closed = await addIssue(h.db.prisma, h.world, { due: d('2026-10-12') });
    const snoozed = await addIssue(h.db.prisma, h.world, { due: d('2026-10-12') });
    // The sweep records and queues; before the relay picks the message up, three issues move on.
    await h.wiring.queues.outbox.pause();
    try {
      expect(await h.sweep(at('10:00'))).toMatchObject({ entries: 4, messages: 1 });
      await h.db.prisma.issue.update({
        where: { id: resolved },
        data: { status: 'resolved', dueDate: null },
      });
      await h.db.prisma.issue.update({ where: { id: closed }, data: { status: 'closed', dueDate: null } });
      await h.db.prisma.issue.update({
        where: { id: snoozed },
        data: { snoozedUntil: at('09:00', '2026-10-14') },
      });
    } finally {
      await h.wiring.queues.outbox.resume();
    }
    await h.settled();
    const [message, ...more] = h.dms('owner');
    expect(more).toHaveLength(0);
    expect(listedItems(message ?? ({} as never))).toEqual([`overdue:${keep}`]);
  });

  it('sends nothing when every issue moved on, and records the message as settled', async () => {
    const only = await addIssue(h.db.prisma, h.world, { due: d('2026-10-12') });
    await h.wiring.queues.outbox.pause();
    try {
      await h.sweep(at('10:00'));
      await h.db.prisma.issue.update({ where: { id: only }, data: { status: 'resolved', dueDate: null } });
    } finally {
      await h.wiring.queues.outbox.resume();
    }
    await h.settled();
    expect(posts()).toHaveLength(0);
    const messages = await h.db.prisma.reminderMessage.findMany();
    expect(messages).toEqual([expect.objectContaining({ status: 'sent', ts: null })]);
  });

  it('does not send a message whose working hours passed before it could go', async () => {
    await addIssue(h.db.prisma, h.world, { due: d('2026-10-12') });
    await h.wiring.queues.outbox.pause();
    try {
      await h.sweep(at('17:59'));
      // Slack was unreachable for a while: the message is written at 17:59 and first tried at 18:00:30.
      await h.db.prisma
        .$executeRaw`UPDATE reminder_messages SET created_at = created_at - interval '90 seconds'`;
    } finally {
      await h.wiring.queues.outbox.resume();
    }
    await h.settled();
    expect(posts()).toHaveLength(0);
    const [message] = await h.db.prisma.reminderMessage.findMany();
    expect(message).toMatchObject({ status: 'dead', ts: null });
    expect(message?.lastError).toMatch(/expired/);
  });
});
