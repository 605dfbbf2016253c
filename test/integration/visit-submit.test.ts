// A visit with its companions, policies and three problems (resolved on the spot, kept, handed up),
// written once however often Slack delivers it; a second visit the same day asks first.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import { issueBlockId, VISIT_BLOCKS } from '../../src/slack/ids/visit.ts';
import type { StoredView } from '../support/fake-slack/index.ts';
import { blockOf, mrkdwnTexts, type VisitInput, viewText, visitDriver } from '../support/visit-driver.ts';
import { ANNA, seedVisitDistrict, VISIT_USERS, type VisitDistrict, WANG } from '../support/visit-fixtures.ts';
import { startZhuqiApp, type ZhuqiApp } from '../support/zhuqi-app.ts';

const TODAY = '2026-06-04';
const GUEST = 'U0GUEST001'; // a Slack user outside the cadre directory

describe('submitting a visit', () => {
  let sut: ZhuqiApp;
  let district: VisitDistrict;
  let driver: ReturnType<typeof visitDriver>;

  beforeAll(async () => {
    sut = await startZhuqiApp({ users: VISIT_USERS, now: `${TODAY}T10:00:00+08:00` });
    district = await seedVisitDistrict(sut.db.prisma);
    driver = visitDriver(sut);
  });

  afterAll(async () => {
    await sut?.stop();
  });

  beforeEach(async () => {
    sut.fake.reset();
    const db = sut.db.prisma;
    await db.outboxMessage.deleteMany();
    await db.issue.deleteMany();
    await db.visit.deleteMany();
    await db.processedRequest.deleteMany();
    await db.visitSubmission.deleteMany();
  });

  /** Opens the form and adds `n` problems with the button, as a user would. */
  async function formWithProblems(userId: string, n: number, text = ''): Promise<StoredView> {
    let { view } = await driver.open(userId, text);
    for (let i = 0; i < n; i++) view = (await driver.click(userId, view, 'add')).view;
    return view;
  }

  const full = (): VisitInput => ({
    enterpriseId: district.enterprises.chuncheng,
    enterpriseText: '长春市春城热力有限公司 · 91220101MA14XY2Q3K',
    date: TODAY,
    mode: 'on_site',
    companions: [ANNA, GUEST, WANG],
    summary: '供热管网老化，<!channel> 急需改造 <@U0ANNALI01>',
    policies: [district.policies.heating, district.policies.smallFirms],
    flags: ['above_scale_candidate'],
    issues: {
      1: {
        title: '供热补贴申报流程不清',
        category: 'policy_subsidies',
        outcome: 'resolve_on_spot',
        note: '现场讲解了申报流程',
      },
      2: { title: '用工缺口 30 人', category: 'labour_hiring', urgency: 'urgent', outcome: 'keep' },
      3: {
        title: '管网改造需要占道审批',
        category: 'approvals_permits',
        description: '涉及三条市政道路',
        outcome: 'hand_to_dispatch',
        note: '需住建和交警部门协调，本级无法解决',
      },
    },
  });

  async function counts() {
    const db = sut.db.prisma;
    const [visits, companions, policies, issues, events, outbox, requests] = await Promise.all([
      db.visit.count(),
      db.visitCompanion.count(),
      db.visitPolicy.count(),
      db.issue.count(),
      db.issueEvent.count(),
      db.outboxMessage.count(),
      db.processedRequest.count(),
    ]);
    return { visits, companions, policies, issues, events, outbox, requests };
  }

  it('writes the visit, its companions and policies, and its problems with history and outbox rows', async () => {
    await sut.db.prisma.cadre.updateMany({ data: { homeOpenedAt: new Date() } }); // everyone has opened their Home
    const view = await formWithProblems(WANG, 3);
    expect(JSON.parse(view.private_metadata)).toMatchObject({ s: [1, 2, 3] });
    const reply = await driver.submit(WANG, view, full());
    expect(reply.status).toBe(200);
    expect(reply.ackRefusal).toBeUndefined();
    // The ack answers at once with "saving…"; the write follows, then the "visit logged" view.
    expect(reply.body?.response_action).toBe('update');
    expect(reply.body?.view).toMatchObject({ callback_id: 'visit.saving' });
    expect(reply.final?.callback_id).toBe('visit.logged');

    const db = sut.db.prisma;
    const visit = await db.visit.findFirstOrThrow({
      include: { companions: true, policies: true, issues: true },
    });
    expect(visit).toMatchObject({
      enterpriseId: district.enterprises.chuncheng,
      cadreId: district.cadres.wang,
      mode: 'on_site',
      summary: full().summary,
      aboveScaleCandidate: true,
      investmentToCount: false,
    });
    expect(visit.visitDate.toISOString().slice(0, 10)).toBe(TODAY);
    // Logged under the submitter, who is never their own companion; outsiders are kept by Slack id.
    expect(visit.companions.map((c) => [c.slackUserId, c.cadreId]).sort()).toEqual(
      [
        [ANNA, district.cadres.anna],
        [GUEST, null],
      ].sort(),
    );
    expect(visit.policies.map((p) => p.policyId).sort()).toEqual(
      [district.policies.heating, district.policies.smallFirms].sort(),
    );

    const issues = await db.issue.findMany({
      where: { visitId: visit.id },
      orderBy: { id: 'asc' },
      include: { events: true },
    });
    expect(issues.map((i) => [i.title, i.status, i.level, i.ownerId, i.resolvedOnSpot])).toEqual([
      ['供热补贴申报流程不清', 'resolved', 'self', district.cadres.wang, true],
      ['用工缺口 30 人', 'in_progress', 'self', district.cadres.wang, false],
      ['管网改造需要占道审批', 'awaiting_dispatch', 'self', null, false],
    ]);
    for (const issue of issues) {
      expect(issue.finderId).toBe(district.cadres.wang);
      expect(issue.enterpriseId).toBe(district.enterprises.chuncheng);
      expect(issue.events).toHaveLength(1);
    }
    expect(issues[1]?.urgency).toBe('urgent');
    expect(issues[1]?.dueDate).not.toBeNull();
    expect(issues.map((i) => i.events[0]?.move)).toEqual(['resolve_on_spot', 'keep', 'hand_to_dispatch']);
    expect(issues[2]?.events[0]?.comment).toBe('需住建和交警部门协调，本级无法解决');
    expect(issues[2]?.description).toBe('涉及三条市政道路');

    const outbox = await db.outboxMessage.findMany();
    expect(outbox.filter((m) => m.topic === 'issue.dispatch')).toHaveLength(1);
    expect(outbox.filter((m) => m.topic === 'issue.card')).toHaveLength(3);
    // One Home redraw for the whole visit: the visitor's, the firm's own cadre's (found by the worker),
    // and the dispatch room's, whose queue the third problem joined.
    expect(outbox.filter((m) => m.topic === 'home.refresh').map((m) => m.payload)).toEqual([
      { cadreIds: [district.cadres.wang], dispatch: true, enterpriseIds: [district.enterprises.chuncheng] },
    ]);

    // The "visit logged" view: what was recorded, everything typed escaped.
    const logged = reply.final as unknown as Record<string, unknown>;
    const text = viewText(logged);
    expect(text).toContain('长春市春城热力有限公司');
    expect(text).toContain(`#${issues[0]?.id}`);
    expect(text).toContain(t('zh-CN', 'visit.result.coverage.on_site'));
    const mrkdwn = mrkdwnTexts(logged).join('\n');
    expect(mrkdwn).toContain('&lt;!channel&gt;');
    expect(mrkdwn).not.toContain('<!channel>');
    expect(mrkdwn).toContain('&lt;@U0ANNALI01&gt;'); // typed into the summary: no mention
    expect(mrkdwn).toContain(
      `${t('zh-CN', 'visit.result.companions', { people: `<@${ANNA}> <@${GUEST}>` })}`,
    );
    expect(sut.fake.isViewOpen(view.id)).toBe(true);
    expect(sut.fake.view(view.id)?.callback_id).toBe('visit.logged');
  });

  it('writes nothing more for a delivery Slack repeats, and answers it the same', async () => {
    const view = await formWithProblems(WANG, 3);
    const first = await driver.submit(WANG, view, full());
    const before = await counts();
    expect(before).toMatchObject({ visits: 1, issues: 3, events: 3, requests: 1 });

    const retry = await driver.submit(WANG, view, full(), { retryNum: 1, retryReason: 'http_timeout' });
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual(first.body);
    expect(viewText(retry.final)).toEqual(viewText(first.final));
    expect(await counts()).toEqual(before);
  });

  it('writes once when Slack repeats a delivery while the first write is still running', async () => {
    // The first write is held inside its transaction until the retry has been acked and has started
    // its own write, which must wait for the first and then replay it.
    await sut.db.prisma.$executeRawUnsafe(`
      CREATE OR REPLACE FUNCTION visit_test_slow() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM pg_sleep(0.6); RETURN NEW; END $$;
      CREATE TRIGGER visit_test_slow BEFORE INSERT ON visits FOR EACH ROW EXECUTE FUNCTION visit_test_slow();`);
    try {
      const view = await formWithProblems(WANG, 3);
      const first = driver.submit(WANG, view, full());
      await new Promise((resolve) => setTimeout(resolve, 150));
      const retry = await driver.submit(WANG, view, full(), { retryNum: 1, retryReason: 'http_timeout' });
      expect(retry.body?.view).toMatchObject({ callback_id: 'visit.saving' });
      const done = await first;
      // One stored submission, one write: the retry's job is the first's, still running.
      await expect.poll(() => sut.fake.view(view.id)?.callback_id).toBe('visit.logged');
      await expect.poll(() => sut.db.prisma.visitSubmission.findMany()).toMatchObject([{ status: 'done' }]);
      expect(viewText(retry.final)).toEqual(viewText(done.final));
      expect(await counts()).toMatchObject({ visits: 1, issues: 3, events: 3, requests: 1 });
    } finally {
      await sut.db.prisma.$executeRawUnsafe('DROP TRIGGER IF EXISTS visit_test_slow ON visits');
      await sut.db.prisma.$executeRawUnsafe('DROP FUNCTION IF EXISTS visit_test_slow()');
    }
  });

  it('writes one visit for a double click on Submit, however the two requests interleave', async () => {
    const view = await formWithProblems(WANG, 3);
    const replies = await Promise.all([driver.submit(WANG, view, full()), driver.submit(WANG, view, full())]);
    expect(replies.map((r) => r.body?.response_action)).toEqual(['update', 'update']);
    expect(replies[0]?.body).toEqual(replies[1]?.body);
    // One stored submission; whichever write runs second (if any) replays the first.
    await expect.poll(() => sut.fake.view(view.id)?.callback_id).toBe('visit.logged');
    await expect.poll(() => sut.db.prisma.visitSubmission.findMany()).toMatchObject([{ status: 'done' }]);
    expect(await counts()).toMatchObject({
      visits: 1,
      companions: 2,
      policies: 2,
      issues: 3,
      events: 3,
      requests: 1,
    });
  });

  it('asks before logging the same firm on the same date again, and writes only once confirmed', async () => {
    await driver.submit(WANG, await formWithProblems(WANG, 0), { ...full(), issues: {} });
    expect(await sut.db.prisma.visit.count()).toBe(1);

    const second = await formWithProblems(WANG, 1);
    const input: VisitInput = {
      ...full(),
      mode: 'phone',
      summary: '电话回访 <!here>',
      issues: { 1: { title: '补贴到账时间', category: 'policy_subsidies', outcome: 'keep' } },
    };
    const ask = await driver.submit(WANG, second, input);
    expect(ask.body?.response_action).toBe('update');
    const confirm = sut.fake.view(second.id) as StoredView;
    expect(confirm.submit).toMatchObject({ text: t('zh-CN', 'visit.modal.submit_anyway') });
    const warning = mrkdwnTexts(confirm).join('\n');
    expect(warning).toContain('长春市春城热力有限公司');
    expect(warning).toContain('&lt;!channel&gt;'); // the earlier visit's summary, escaped
    expect(warning).not.toContain('<!channel>');
    // What the user typed is still there, as initial values of the same blocks.
    expect(blockOf(confirm, VISIT_BLOCKS.summary)?.element).toMatchObject({
      initial_value: '电话回访 <!here>',
    });
    expect(blockOf(confirm, issueBlockId(1, 'title'))?.element).toMatchObject({
      initial_value: '补贴到账时间',
    });
    expect(await counts()).toMatchObject({ visits: 1, issues: 0 });
    // Stored with its check, then set aside once the question was asked: no worker will write it.
    const submission = () => sut.db.prisma.visitSubmission.findFirst({ where: { viewId: second.id } });
    await expect
      .poll(submission)
      .toMatchObject({ status: 'failed', holds: 1, lastError: 'answered at the ack: duplicate' });

    const logged = await driver.submit(WANG, confirm, input);
    expect(logged.body?.response_action).toBe('update');
    expect(logged.final).toMatchObject({ callback_id: 'visit.logged' });
    expect(await counts()).toMatchObject({ visits: 2, issues: 1 });
    // "Log anyway" is the same submission again: the same row, stored a second time, then written.
    await expect.poll(submission).toMatchObject({ status: 'done', holds: 2 });
  });

  it('answers in the language the form was opened in, whatever Slack says of the user now', async () => {
    const view = await formWithProblems(WANG, 0); // opened in Chinese: Wang's Slack is zh-CN
    expect(JSON.parse(view.private_metadata)).toMatchObject({ l: 'zh-CN' });
    const asEnglish = {
      ...view,
      private_metadata: JSON.stringify({ ...JSON.parse(view.private_metadata), l: 'en' }),
    };
    const usersInfo = sut.fake.calls('users.info').length;
    const reply = await driver.submit(WANG, asEnglish, { ...full(), issues: {} });
    expect(reply.body?.view).toMatchObject({ title: { text: t('en', 'visit.saving.title') } });
    expect(reply.final?.title).toMatchObject({ text: t('en', 'visit.result.title') });
    expect(sut.fake.calls('users.info')).toHaveLength(usersInfo);
  });

  it('asks again when the user changes the date after confirming', async () => {
    await driver.submit(WANG, await formWithProblems(WANG, 0), { ...full(), issues: {}, date: '2026-06-03' });
    await driver.submit(WANG, await formWithProblems(WANG, 0), { ...full(), issues: {} });
    const view = await formWithProblems(WANG, 0);
    await driver.submit(WANG, view, { ...full(), issues: {} });
    const confirm = sut.fake.view(view.id) as StoredView;
    const again = await driver.submit(WANG, confirm, { ...full(), issues: {}, date: '2026-06-03' });
    expect(again.body?.response_action).toBe('update');
    expect(viewText(again.body?.view)).toContain('2026-06-03');
    expect(await sut.db.prisma.visit.count()).toBe(2);
  });

  it('keeps the typed values when problems are added and removed', async () => {
    let { view } = await driver.open(ANNA);
    view = (await driver.click(ANNA, view, 'add')).view;
    view = (await driver.click(ANNA, view, 'add')).view;
    const typed = {
      [VISIT_BLOCKS.summary]: { value: { type: 'plain_text_input', value: 'Talked about heating' } },
      [issueBlockId(2, 'title')]: { value: { type: 'plain_text_input', value: 'Second problem' } },
    };
    const { view: after } = await driver.click(ANNA, view, { remove: 1 }, typed);
    expect(JSON.parse(after.private_metadata)).toMatchObject({ s: [2], n: 3 });
    expect(blockOf(after, issueBlockId(1, 'title'))).toBeUndefined();
    expect(blockOf(after, issueBlockId(2, 'title'))?.element).toMatchObject({
      initial_value: 'Second problem',
    });
    expect(blockOf(after, VISIT_BLOCKS.summary)?.element).toMatchObject({
      initial_value: 'Talked about heating',
    });
    expect(viewText(after)).toContain(t('en', 'visit.issue.heading', { n: 1 }));

    for (let i = 0; i < 4; i++) view = (await driver.click(ANNA, after, 'add')).view;
    expect(JSON.parse(view.private_metadata).s).toHaveLength(5);
    expect((view.blocks as unknown[]).length).toBeLessThanOrEqual(100);
    expect(viewText(view)).toContain(t('en', 'visit.issues.full', { max: 5 }));
  });
});
