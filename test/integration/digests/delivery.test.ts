// The daily digest end to end on real PostgreSQL and Redis with the fake Slack: stored on working days
// only, posted through the outbox by real workers, compared with the previous digest as it was stored,
// scoped per channel, and posted once per channel and date however the runs overlap or crash.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { postDigest } from '../../../src/services/digests/post-digest.ts';
import type { Wiring } from '../../../src/wiring.ts';
import { type DeliveryHarness, eventually, startDeliveryHarness } from '../../support/delivery-harness.ts';
import { addIssues, beijing, buildArticleDistrict, type DigestOrg } from '../../support/digest-fixtures.ts';
import {
  blockText,
  digestPosts,
  entries,
  handlerDeps,
  runJob,
  subscribe,
} from '../../support/digest-harness.ts';

let h: DeliveryHarness;
let org: DigestOrg;
let wiring: Wiring;

beforeEach(async () => {
  h = await startDeliveryHarness();
  org = await buildArticleDistrict(h.db.prisma);
  wiring = h.wiring();
});
afterEach(() => h.close());

const FRIDAY = beijing('2026-06-05T08:30:00');
const MONDAY = beijing('2026-06-08T08:30:00');

async function sentEntries(count: number) {
  return eventually(
    async () => {
      const rows = await entries(h.db.prisma);
      return rows.filter((r) => r.status === 'sent').length >= count && rows;
    },
    15_000,
    `${count} digests sent`,
  );
}

describe('daily digest', () => {
  it('posts on working days only: not on a weekend or a holiday, but on the make-up Saturday', async () => {
    await subscribe(h.db.prisma, 'C0DISTRICT', 'digest');
    for (const instant of [
      '2026-06-06T08:30:00',
      '2026-06-07T08:30:00',
      '2026-06-19T08:30:00',
      '2026-10-01T08:30:00',
    ]) {
      const result = await runJob(wiring, 'daily', beijing(instant));
      expect(result, instant).toMatchObject({ skipped: 'not_a_working_day', stored: 0 });
    }
    expect(await entries(h.db.prisma)).toEqual([]);

    // Saturday 9 May 2026 is a make-up working day (调休) after Labour Day.
    const result = await runJob(wiring, 'daily', beijing('2026-05-09T08:30:00'));
    expect(result).toMatchObject({ localDate: '2026-05-09', stored: 1, existing: 0, failed: [] });
    await h.startWorkers();
    await sentEntries(1);
    expect(digestPosts(h.fake, 'C0DISTRICT')).toHaveLength(1);
    expect(digestPosts(h.fake, 'C0DISTRICT', '2026-05-09')).toHaveLength(1);
  });

  it('shows the change against the stored previous digest, even after the first day’s data changed', async () => {
    await subscribe(h.db.prisma, 'C0DISTRICT', 'digest', 'district', 'zh-CN');
    await subscribe(h.db.prisma, 'C0ENGLISH1', 'digest', 'district', 'en');
    await h.startWorkers();
    await runJob(wiring, 'daily', FRIDAY);
    await sentEntries(2);

    // After Friday's digest: one of Friday's problems is withdrawn as a duplicate (so recomputing Friday
    // now would say 174), 10 new ones arrive (4 kept by the team, 1 handed up, 5 sent to FG-02), and
    // three of FG-01's resolved problems are closed out.
    const db = h.db.prisma;
    const duplicate = await db.issue.findFirstOrThrow({
      where: { ownerUnitId: org.unit['FG-02'] },
      orderBy: { id: 'asc' },
    });
    await db.issue.update({ where: { id: duplicate.id }, data: { status: 'withdrawn' } });
    await addIssues(db, org, {
      n: 4,
      level: 'team',
      status: 'in_progress',
      owner: 'teamHead',
      ownerUnit: 'T01',
      due: ['2026-06-15'],
    });
    await addIssues(db, org, {
      n: 1,
      level: 'self',
      status: 'awaiting_dispatch',
      owner: null,
      ownerUnit: null,
    });
    await addIssues(db, org, {
      n: 5,
      level: 'function_group',
      status: 'in_progress',
      owner: 'fg2',
      ownerUnit: 'FG-02',
      due: ['2026-06-20'],
    });
    const resolved = await db.issue.findMany({
      where: { ownerUnitId: org.unit['FG-01'], status: 'resolved' },
      orderBy: { id: 'asc' },
      take: 3,
    });
    await db.issue.updateMany({
      where: { id: { in: resolved.map((r) => r.id) } },
      data: { status: 'closed' },
    });

    await runJob(wiring, 'daily', MONDAY);
    const rows = await sentEntries(4);
    const friday = rows.find(
      (r) => r.channelId === 'C0DISTRICT' && r.localDate.toISOString().startsWith('2026-06-05'),
    );
    expect((friday?.figures as { issues?: { collected: number } } | undefined)?.issues?.collected).toBe(175);

    const [zh] = digestPosts(h.fake, 'C0DISTRICT', '2026-06-08');
    const zhText = blockText(zh ?? {});
    expect(zhText).toContain(
      '共收集问题184个，现场解决5个，其余179个中，4个由服务队组自行办理、129个转区服务功能组、45个报市总调度室、1个待调度室分办。',
    );
    expect(zhText).toContain('累计收集：184　▲9');
    expect(zhText).toContain('服务队组自行办理：4　▲4');
    expect(zhText).toContain('规划用地服务组：44　▲4');
    expect(zhText).toContain('已销号：29　▲3');
    expect(zhText).toContain('已解决：44　—');
    expect(zhText).toContain('较上期（2026年6月5日）的变化');
    const [en] = digestPosts(h.fake, 'C0ENGLISH1', '2026-06-08');
    expect(blockText(en ?? {})).toContain('Collected: 184  ▲9');
    expect(en?.text).toContain('184 problems collected');
    // Friday's own digest had nothing to compare with.
    expect(blockText(digestPosts(h.fake, 'C0DISTRICT', '2026-06-05')[0] ?? {})).toContain(
      '本频道的第一期进展',
    );
  });

  it('gives each channel the figures of its scope', async () => {
    await subscribe(h.db.prisma, 'C0DISTRICT', 'digest', 'district', 'en');
    await subscribe(h.db.prisma, 'C0FINANCE1', 'digest', 'function_group:FG-01', 'en');
    await subscribe(h.db.prisma, 'C0SERVICES', 'digest', 'task_force:TF-01', 'en');
    await subscribe(h.db.prisma, 'C0NOSUCHFG', 'digest', 'function_group:FG-99', 'en');
    await h.startWorkers();
    const result = await runJob(wiring, 'daily', FRIDAY);
    expect(result.stored).toBe(3);
    expect(result.failed).toEqual([
      { channelId: 'C0NOSUCHFG', error: 'no function_group unit with code FG-99' },
    ]);
    await sentEntries(3);

    const text = (channel: string) => blockText(digestPosts(h.fake, channel, '2026-06-05')[0] ?? {});
    expect(text('C0DISTRICT')).toContain('175 problems collected');
    expect(text('C0DISTRICT')).toContain('Enterprises assigned: 8');
    expect(text('C0FINANCE1')).toContain('Function group: 金融服务组');
    expect(text('C0FINANCE1')).toContain(
      '60 problems collected; 0 resolved on the spot; of the other 60, 60 sent to district function groups.',
    );
    expect(text('C0FINANCE1')).not.toContain('Enterprises assigned');
    expect(text('C0FINANCE1')).not.toContain('Key projects');
    expect(text('C0SERVICES')).toContain('Task force: 现代服务业项目专班');
    expect(text('C0SERVICES')).toContain('Key projects: 3');
    expect(text('C0SERVICES')).toContain('Project problems found: 6');
    expect(digestPosts(h.fake, 'C0NOSUCHFG')).toEqual([]);
  });
});

describe('exactly once', () => {
  it('two sweeps at once, and two worker sets delivering: one post per channel and date', async () => {
    await subscribe(h.db.prisma, 'C0DISTRICT', 'digest');
    await subscribe(h.db.prisma, 'C0FINANCE1', 'digest', 'function_group:FG-01');
    const other = h.wiring();
    const [a, b] = await Promise.all([runJob(wiring, 'daily', FRIDAY), runJob(other, 'daily', FRIDAY)]);
    expect(a.stored + b.stored).toBe(2);
    expect(a.stored + a.existing).toBe(2);
    expect(await h.db.prisma.outboxMessage.count({ where: { topic: 'digest.post' } })).toBe(2);

    await Promise.all([h.startWorkers(), h.startWorkers()]);
    await sentEntries(2);
    // And the same job run again by hand, after it was posted.
    expect(await runJob(other, 'daily', beijing('2026-06-05T15:00:00'))).toMatchObject({
      stored: 0,
      existing: 2,
    });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(digestPosts(h.fake, 'C0DISTRICT')).toHaveLength(1);
    expect(digestPosts(h.fake, 'C0FINANCE1')).toHaveLength(1);
  });

  it('two handlers racing for the same entry: one posts, the other finds it taken or sent', async () => {
    await subscribe(h.db.prisma, 'C0DISTRICT', 'digest');
    await runJob(wiring, 'daily', FRIDAY);
    const [entry] = await entries(h.db.prisma);
    const payload = { entryId: String(entry?.id) };
    const outcomes = await Promise.allSettled([
      postDigest(payload, handlerDeps(wiring)),
      postDigest(payload, handlerDeps(h.wiring())),
      postDigest(payload, handlerDeps(h.wiring())),
    ]);
    for (const o of outcomes)
      if (o.status === 'rejected') expect(String(o.reason)).toMatch(/being sent by another/);
    expect(outcomes.some((o) => o.status === 'fulfilled')).toBe(true);
    await postDigest(payload, handlerDeps(wiring));
    expect(digestPosts(h.fake, 'C0DISTRICT')).toHaveLength(1);
    expect(h.fake.calls('chat.postMessage')).toHaveLength(1);
  });

  it('resumes a send that died after Slack accepted the post: finds it in the history, does not post again', async () => {
    await subscribe(h.db.prisma, 'C0DISTRICT', 'digest');
    await runJob(wiring, 'daily', FRIDAY);
    const [entry] = await entries(h.db.prisma);
    const id = entry?.id as bigint;
    // What a worker killed between the post and the write of its result leaves behind.
    await h.db.prisma.digestEntry.update({ where: { id }, data: { status: 'sending' } });
    await wiring.slack.call('chat.postMessage', {
      channel: 'C0DISTRICT',
      text: 'the digest the dead worker posted',
      metadata: {
        event_type: 'zhuqi_digest',
        event_payload: { entryId: String(id), kind: 'daily', localDate: '2026-06-05' },
      },
    });
    h.fake.reset();

    await postDigest({ entryId: String(id) }, handlerDeps(wiring));
    expect(h.fake.calls('conversations.history')).toHaveLength(1);
    expect(h.fake.calls('chat.postMessage')).toHaveLength(0);
    const [posted] = digestPosts(h.fake, 'C0DISTRICT');
    expect(await h.db.prisma.digestEntry.findUnique({ where: { id } })).toMatchObject({
      status: 'sent',
      ts: posted?.ts,
    });
  });

  it('resumes a send that died before the post reached Slack: looks, then posts once', async () => {
    await subscribe(h.db.prisma, 'C0DISTRICT', 'digest');
    await runJob(wiring, 'daily', FRIDAY);
    const [entry] = await entries(h.db.prisma);
    const id = entry?.id as bigint;
    await h.db.prisma.digestEntry.update({ where: { id }, data: { status: 'sending' } });
    // Some chatter in the channel since, over more than one page of history.
    for (let i = 0; i < 3; i++)
      await wiring.slack.call('chat.postMessage', { channel: 'C0DISTRICT', text: `chatter ${i}` });
    h.fake.reset();

    await postDigest({ entryId: String(id) }, handlerDeps(wiring));
    await postDigest({ entryId: String(id) }, handlerDeps(wiring));
    expect(h.fake.calls('conversations.history')).toHaveLength(1);
    expect(h.fake.calls('chat.postMessage')).toHaveLength(1);
    expect(digestPosts(h.fake, 'C0DISTRICT')).toHaveLength(1);
  });

  it('a post Slack rate-limited goes back to pending and is posted later, with no history search', async () => {
    await subscribe(h.db.prisma, 'C0DISTRICT', 'digest');
    await runJob(wiring, 'daily', FRIDAY);
    h.fake.failNext('chat.postMessage', { status: 429, retryAfter: 4 });
    await h.startWorkers();
    await eventually(
      async () =>
        (await entries(h.db.prisma))[0]?.status === 'pending' &&
        h.fake.calls('chat.postMessage').length === 1,
      10_000,
      'deferred',
    );
    await sentEntries(1);
    expect(h.fake.calls('conversations.history')).toHaveLength(0);
    expect(h.fake.calls('chat.postMessage')).toHaveLength(2);
    expect(digestPosts(h.fake, 'C0DISTRICT')).toHaveLength(1);
  });

  it('an unreadable history after a crash settles the entry as dead rather than risk a second post', async () => {
    await subscribe(h.db.prisma, 'C0DISTRICT', 'digest');
    await runJob(wiring, 'daily', FRIDAY);
    const [entry] = await entries(h.db.prisma);
    const id = entry?.id as bigint;
    await h.db.prisma.digestEntry.update({ where: { id }, data: { status: 'sending' } });
    h.fake.failNext('conversations.history', { error: 'not_in_channel' });
    await expect(postDigest({ entryId: String(id) }, handlerDeps(wiring))).rejects.toThrow(/not_in_channel/);
    expect((await entries(h.db.prisma))[0]?.status).toBe('dead');
    await postDigest({ entryId: String(id) }, handlerDeps(wiring));
    expect(h.fake.calls('chat.postMessage')).toHaveLength(0);
  });

  it('a channel Slack refuses for good is settled as dead and never retried into a duplicate', async () => {
    await subscribe(h.db.prisma, 'C0DISTRICT', 'digest');
    await runJob(wiring, 'daily', FRIDAY);
    h.fake.failNext('chat.postMessage', { error: 'channel_not_found' });
    await h.startWorkers();
    await eventually(async () => (await entries(h.db.prisma))[0]?.status === 'dead', 10_000, 'entry dead');
    await eventually(
      async () =>
        (await h.db.prisma.outboxMessage.findFirst({ where: { topic: 'digest.post' } }))?.status === 'dead',
      10_000,
      'outbox row dead',
    );
    expect(digestPosts(h.fake, 'C0DISTRICT')).toHaveLength(0);
  });
});
