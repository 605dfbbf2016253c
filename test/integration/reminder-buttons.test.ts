// The reminder message's buttons, pressed over signed HTTP against the real Bolt app: the finder is
// reminded to report back from the working day after each move until they press "enterprise informed";
// "snooze" quiets the owner until the next working day (the heads above them are still told) and
// redraws the message it was pressed in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asLocalDate } from '../../src/calendar/index.ts';
import { t } from '../../src/i18n/index.ts';
import { ISSUE_ACTIONS } from '../../src/slack/ids/issue-actions.ts';
import { eventually } from '../support/delivery-harness.ts';
import type { StoredMessage } from '../support/fake-slack/index.ts';
import { listedItems, type ReminderHarness, startReminderHarness } from '../support/reminder-harness.ts';
import { addIssue, type Person, slackIdOf } from '../support/reminder-world.ts';
import { startZhuqiApp, type ZhuqiApp } from '../support/zhuqi-app.ts';

let app: ZhuqiApp;
let h: ReminderHarness;

beforeAll(async () => {
  app = await startZhuqiApp({ now: '2026-10-12T10:00:00+08:00' });
  h = await startReminderHarness({ db: app.db, fake: app.fake, botToken: app.botToken });
  await h.startWorkers();
});
afterAll(async () => {
  await h?.close();
  await app?.stop();
});

/** Sets both clocks (the web app's and the workers') and sweeps. */
async function sweepAt(instant: string) {
  app.setNow(instant);
  h.setNow(instant);
  const result = await h.sweep();
  await h.settled();
  return result;
}

/** Presses a button of a reminder message as `person`; returns the ephemeral reply's text. */
async function press(
  person: Person,
  actionId: string,
  issueId: number,
  message: StoredMessage,
): Promise<string> {
  const before = app.fake.calls('response_url').length;
  const reply = await app.client.blockAction({
    userId: slackIdOf(person),
    actionId,
    value: String(issueId),
    channelId: app.fake.dmChannel(slackIdOf(person)),
    messageTs: message.ts,
  });
  expect(reply.status).toBe(200);
  const call = await eventually(
    () => app.fake.calls('response_url').slice(before)[0],
    5000,
    'an ephemeral reply',
  );
  return String(call.args.text ?? '');
}

describe('the report-back clock', () => {
  it('reminds the finder every working day after a move until they press "enterprise informed"', async () => {
    const id = await addIssue(h.db.prisma, h.world, {
      movedAt: new Date('2026-10-12T10:00:00+08:00'),
      enterpriseInformedAt: null,
      due: asLocalDate('2026-12-31'),
    });
    await sweepAt('2026-10-12T11:00:00+08:00'); // the day of the move: nothing yet
    expect(h.dms('finder')).toHaveLength(0);

    await sweepAt('2026-10-13T10:00:00+08:00');
    await sweepAt('2026-10-14T10:00:00+08:00');
    const [first, second, ...more] = h.dms('finder');
    expect(more).toHaveLength(0);
    expect(listedItems(first as StoredMessage)).toEqual([`report_back:${id}`]);
    expect(listedItems(second as StoredMessage)).toEqual([`report_back:${id}`]);
    expect(JSON.stringify(second?.blocks)).toContain(ISSUE_ACTIONS.enterpriseInformed);

    app.setNow('2026-10-14T11:00:00+08:00');
    const text = await press('finder', ISSUE_ACTIONS.enterpriseInformed, id, second as StoredMessage);
    expect(text).toContain(`#${id}`);
    const issue = await h.db.prisma.issue.findUniqueOrThrow({ where: { id } });
    expect(issue.enterpriseInformedAt).toEqual(new Date('2026-10-14T11:00:00+08:00'));
    // The reminder it was pressed in is redrawn in place, the item marked as told.
    await eventually(
      () => app.fake.calls('chat.update').some((c) => c.args.ts === second?.ts),
      10_000,
      'redraw',
    );
    const redrawn = app.fake.message((second as StoredMessage).channel, (second as StoredMessage).ts);
    expect(JSON.stringify(redrawn?.blocks)).toContain(t('en', 'reminders.state.informed'));
    expect(JSON.stringify(redrawn?.blocks)).not.toContain(ISSUE_ACTIONS.enterpriseInformed);

    await sweepAt('2026-10-15T10:00:00+08:00');
    await sweepAt('2026-10-16T10:00:00+08:00');
    expect(h.dms('finder')).toHaveLength(2);

    // The owner resolves it: the finder owes the enterprise this news, from the next working day.
    app.setNow('2026-10-16T15:00:00+08:00');
    const owner = await app.services.org.findCadreBySlackUser(slackIdOf('owner'));
    const actor = await app.services.org.actorOf(owner as NonNullable<typeof owner>);
    await app.services.issues.move(actor, id, { move: 'resolve', note: '已协调完成' }, `test:resolve:${id}`);
    await sweepAt('2026-10-16T16:00:00+08:00');
    expect(h.dms('finder')).toHaveLength(2);
    await sweepAt('2026-10-19T10:00:00+08:00');
    expect(h.dms('finder')).toHaveLength(3);
    expect(listedItems(h.dms('finder')[2] as StoredMessage)).toEqual([`report_back:${id}`]);
  });
});

describe('snooze', () => {
  it('quiets the owner until the next working day, redraws the message, and still tells the heads', async () => {
    await h.db.prisma.issue.updateMany({ data: { enterpriseInformedAt: new Date() } });
    const id = await addIssue(h.db.prisma, h.world, { title: '用电增容', due: asLocalDate('2026-10-16') });
    // Fri 16 due; Mon 19, Tue 20 and Wed 21 overdue: the group head is told from the 21st.
    await sweepAt('2026-10-20T10:00:00+08:00');
    const ownerBefore = h.dms('owner').length;
    const message = h.dms('owner').at(-1) as StoredMessage;
    expect(listedItems(message)).toEqual([`overdue:${id}`]);

    // Someone who does not own it may not snooze it.
    app.setNow('2026-10-20T10:30:00+08:00');
    expect(await press('fgMember', ISSUE_ACTIONS.snooze, id, message)).toMatch(/may not/);

    const text = await press('owner', ISSUE_ACTIONS.snooze, id, message);
    expect(text).toContain('2026-10-21 09:00');
    const issue = await h.db.prisma.issue.findUniqueOrThrow({ where: { id } });
    expect(issue.snoozedUntil).toEqual(new Date('2026-10-21T09:00:00+08:00'));
    // The message is redrawn in place: the issue's line now says it is snoozed, without buttons.
    await eventually(
      () => app.fake.calls('chat.update').some((c) => c.args.ts === message.ts),
      10_000,
      'redraw',
    );
    const redrawn = app.fake.message(message.channel, message.ts) as StoredMessage;
    expect(listedItems(redrawn)).toEqual([]);
    expect(JSON.stringify(redrawn.blocks)).toContain('已推迟到 2026-10-21 09:00');

    // The snooze ends at the start of the next working day.
    await sweepAt('2026-10-21T10:00:00+08:00');
    expect(h.dms('owner')).toHaveLength(ownerBefore + 1);

    // Snoozed before work on the 22nd (until the 23rd): the owner hears nothing that day, their group
    // head does (an owner snoozing every morning must not keep the issue from escalating).
    app.setNow('2026-10-22T08:30:00+08:00');
    await press('owner', ISSUE_ACTIONS.snooze, id, h.dms('owner').at(-1) as StoredMessage);
    const headBefore = h.dms('groupHead').length;
    await sweepAt('2026-10-22T10:00:00+08:00');
    expect(h.dms('owner')).toHaveLength(ownerBefore + 1);
    expect(h.dms('groupHead')).toHaveLength(headBefore + 1);
    expect(listedItems(h.dms('groupHead').at(-1) as StoredMessage)).toContain(`escalate_group:${id}`);
    await sweepAt('2026-10-23T10:00:00+08:00');
    expect(h.dms('owner')).toHaveLength(ownerBefore + 2);
  });
});
