// A cadre's App Home over signed HTTP, real PostgreSQL and the fake Slack: the four lists, their
// order, escaping of what users typed, the caller's language, and "more" paging.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import {
  clickHome,
  headers,
  homeText,
  issueIds,
  openHome,
  pagingButton,
  sectionOf,
} from '../support/home-driver.ts';
import { homeFixtures } from '../support/home-fixtures.ts';
import { events } from '../support/slack-payloads.ts';
import { startZhuqiApp, type ZhuqiApp } from '../support/zhuqi-app.ts';

const WANG = 'U0WANGWEI1';
const ANNA = 'U0ANNA0001';
// Thursday 2026-11-26, 10:00 in Shanghai.
const NOW = '2026-11-26T02:00:00Z';

let app: ZhuqiApp;

beforeAll(async () => {
  app = await startZhuqiApp({
    now: NOW,
    users: [
      { id: WANG, name: 'wangwei', locale: 'zh-CN' },
      { id: ANNA, name: 'anna', locale: 'en-US' },
    ],
  });
});

afterAll(async () => {
  await app?.stop();
});

beforeEach(async () => {
  await app.db.reset();
});

async function seedCadre() {
  const f = homeFixtures(app.db.prisma);
  const wang = await f.cadre({ name: '王伟', slackUserId: WANG });
  const other = await f.cadre({ name: '李娜', slackUserId: 'U0LINA0001' });
  const a = await f.enterprise('长春一汽富维', wang);
  const b = await f.enterprise('吉林亚泰', wang);
  const c = await f.enterprise('长春高新', wang);
  await f.enterprise('别人的企业', other);
  await f.visit({ enterpriseId: a, cadreId: wang, date: '2026-11-20', summary: '了解用电需求' });
  await f.visit({ enterpriseId: a, cadreId: wang, date: '2026-11-25', mode: 'phone', summary: '电话回访' });
  // An on-site visit by someone else counts for the enterprise too.
  await f.visit({ enterpriseId: c, cadreId: other, date: '2026-10-01', summary: '座谈' });
  const issue = (title: string, extra: Partial<Parameters<typeof f.issue>[0]>) =>
    f.issue({ title, finderId: wang, ownerId: wang, enterpriseId: a, status: 'in_progress', ...extra });
  const normalLater = await issue('普通-12月5日到期', { dueDate: '2026-12-05' });
  const urgentLater = await issue('紧急-12月10日到期', { urgency: 'urgent', dueDate: '2026-12-10' });
  const overdue = await issue('普通-已逾期', { dueDate: '2026-11-20' });
  const urgentOverdue = await issue('紧急-已逾期-暂缓', {
    urgency: 'urgent',
    dueDate: '2026-11-24',
    status: 'deferred',
  });
  const noDue = await issue('无期限', { dueDate: null });
  // Resolved by himself: no longer his to move, but as its finder he owes the feedback call.
  const resolvedByHimself = await issue('已办结-自己发现', {
    status: 'resolved',
    resolvedAt: new Date('2026-11-25T02:00:00Z'),
  });
  await issue('已销号-不在列表', { status: 'closed' });
  await issue('别人负责', { ownerId: other, dueDate: '2026-11-01' });
  const found = await f.issue({
    title: '已办结待反馈',
    finderId: wang,
    ownerId: other,
    enterpriseId: b,
    status: 'resolved',
    resolvedAt: new Date('2026-11-25T17:00:00Z'), // 01:00 on the 26th in Shanghai
  });
  await f.issue({ title: '别人发现的', finderId: other, ownerId: wang, status: 'resolved', enterpriseId: b });
  return {
    wang,
    order: [urgentOverdue, urgentLater, overdue, normalLater, noDue],
    found: [resolvedByHimself, found],
  };
}

describe('App Home of a cadre', () => {
  it('lists owned issues most urgent first, found issues awaiting feedback, enterprises and visits', async () => {
    const { order, found } = await seedCadre();
    // The Messages tab is not ours to draw: only the Home tab gets published.
    await app.client.event(events.appHomeOpened(WANG, 'messages'));
    const home = await openHome(app, WANG);
    expect(home.ok).toBe(true);
    expect(app.fake.calls('views.publish')).toHaveLength(1);

    expect(headers(home)).toEqual([
      t('zh-CN', 'home.title'),
      `${t('zh-CN', 'home.owned.title')}（5）`,
      `${t('zh-CN', 'home.found.title')}（2）`,
      `${t('zh-CN', 'home.enterprises.title')}（3）`,
      `${t('zh-CN', 'home.visits.title')}（2）`,
    ]);
    const owned = sectionOf(home, t('zh-CN', 'home.owned.title'));
    expect(issueIds(owned)).toEqual(order);
    const ownedText = owned.map((b) => b.text?.text ?? '').join('\n');
    expect(ownedText).toContain('已逾期（2026-11-24 到期）');
    expect(ownedText).toContain('2026-12-05 到期');
    // Rows carry the issue listeners' own button.
    expect(owned[0]?.accessory).toMatchObject({ action_id: 'issue.open', value: String(order[0]) });

    const foundRows = sectionOf(home, t('zh-CN', 'home.found.title'));
    // Longest waiting first.
    expect(issueIds(foundRows)).toEqual(found);
    expect(foundRows[1]?.text?.text).toContain('2026-11-26 办结'); // the local date in APP_TIMEZONE
    expect(foundRows[1]?.text?.text).toContain('责任人 李娜');
    expect(foundRows[1]?.accessory).toMatchObject({
      action_id: 'issue.move.close_out',
      value: String(found[1]),
    });

    // Never visited first, then the longest ago; a phone call is not an on-site visit.
    const enterprises = sectionOf(home, t('zh-CN', 'home.enterprises.title'))[0]?.text?.text as string;
    expect(enterprises.split('\n')).toEqual([
      '• *吉林亚泰* — :small_orange_diamond: 尚未实地走访',
      '• *长春高新* — 最近实地走访 2026-10-01',
      '• *长春一汽富维* — 最近实地走访 2026-11-20',
    ]);
    const visits = sectionOf(home, t('zh-CN', 'home.visits.title'))[0]?.text?.text as string;
    expect(visits.split('\n')).toEqual([
      '• 2026-11-25 · 电话 · *长春一汽富维* — 电话回访',
      '• 2026-11-20 · 实地 · *长春一汽富维* — 了解用电需求',
    ]);
    expect(homeText(home)).toContain('10:00（Asia/Shanghai）');
  });

  it('speaks the language of the user’s Slack locale', async () => {
    const f = homeFixtures(app.db.prisma);
    const anna = await f.cadre({ name: 'Anna', slackUserId: ANNA });
    const e = await f.enterprise('Changchun Heating', anna);
    await f.issue({
      title: 'Pipe permit',
      finderId: anna,
      ownerId: anna,
      enterpriseId: e,
      status: 'in_progress',
      dueDate: '2026-11-25',
    });
    const home = await openHome(app, ANNA);
    expect(headers(home)).toEqual([
      'zhuqi home',
      'Open issues you own (1)',
      `${t('en', 'home.found.title')} (0)`,
      'Your enterprises (1)',
      'Your recent visits (0)',
    ]);
    const text = homeText(home);
    expect(text).toContain('overdue (due 2026-11-25)');
    expect(text).toContain(t('en', 'home.visits.empty'));
    expect(text).not.toMatch(/[\u4e00-\u9fff]/); // nothing in Chinese but names users typed
  });

  it('escapes what users typed, so an issue title cannot ping the channel', async () => {
    const f = homeFixtures(app.db.prisma);
    const wang = await f.cadre({ name: '王伟 <@U0BOSS0001>', slackUserId: WANG });
    const e = await f.enterprise('<https://evil.example|长春银行>', wang);
    await f.issue({
      title: '停电 <!channel> & <@U0BOSS0001>',
      finderId: wang,
      ownerId: wang,
      enterpriseId: e,
      status: 'in_progress',
    });
    await f.visit({ enterpriseId: e, cadreId: wang, date: '2026-11-25', summary: '<!here> 请大家注意' });
    const home = await openHome(app, WANG);
    const json = JSON.stringify(home.blocks);
    for (const raw of ['<!channel>', '<@U0BOSS0001>', '<https://evil', '<!here>'])
      expect(json).not.toContain(raw);
    const text = homeText(home);
    expect(text).toContain('停电 &lt;!channel&gt; &amp; &lt;@U0BOSS0001&gt;');
    expect(text).toContain('&lt;!here&gt; 请大家注意');
  });

  it('pages a long list with "more" and keeps the other lists where they were', async () => {
    const f = homeFixtures(app.db.prisma);
    const wang = await f.cadre({ name: '王伟', slackUserId: WANG });
    const e = await f.enterprise('长春一汽富维', wang);
    // 23 issues due on consecutive days: the order is the id order.
    await f.issues(
      Array.from({ length: 23 }, (_, i) => ({
        title: `问题 ${i + 1}`,
        finderId: wang,
        ownerId: wang,
        enterpriseId: e,
        status: 'in_progress' as const,
        dueDate: `2026-12-${String(i + 1).padStart(2, '0')}`,
      })),
    );
    for (let d = 1; d <= 7; d++)
      await f.visit({ enterpriseId: e, cadreId: wang, date: `2026-11-${String(d + 10)}` });
    const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
    const owned = (home: Awaited<ReturnType<typeof openHome>>) =>
      sectionOf(home, t('zh-CN', 'home.owned.title'));

    const first = await openHome(app, WANG);
    expect(headers(first)[1]).toBe('我负责的未办结问题（第 1–10 条，共 23 条）');
    expect(issueIds(owned(first))).toEqual(range(1, 10));
    expect(pagingButton(owned(first), 'home.page.previous')).toBeUndefined();

    // Page the visits list first, then the issues: the visits stay on their second page.
    const visitsMore = pagingButton(sectionOf(first, t('zh-CN', 'home.visits.title')), 'home.page.next');
    const visitsPaged = await clickHome(app, WANG, visitsMore);
    expect(headers(visitsPaged)).toContain('我的近期走访（第 6–7 条，共 7 条）');

    const second = await clickHome(app, WANG, pagingButton(owned(visitsPaged), 'home.page.next'));
    expect(issueIds(owned(second))).toEqual(range(11, 20));
    expect(headers(second)).toContain('我的近期走访（第 6–7 条，共 7 条）');

    const third = await clickHome(app, WANG, pagingButton(owned(second), 'home.page.next'));
    expect(issueIds(owned(third))).toEqual(range(21, 23));
    expect(pagingButton(owned(third), 'home.page.next')).toBeUndefined();

    const back = await clickHome(app, WANG, pagingButton(owned(third), 'home.page.previous'));
    expect(issueIds(owned(back))).toEqual(range(11, 20));

    // A value naming a page past the end (the list shrank, or it was forged) shows the last page.
    const beyond = await clickHome(app, WANG, { action_id: 'home.page.next', value: '9999.0.0.0.0.0' });
    expect(issueIds(owned(beyond))).toEqual(range(21, 23));
    const garbage = await clickHome(app, WANG, { action_id: 'home.page.next', value: 'DROP TABLE issues' });
    expect(issueIds(owned(garbage))).toEqual(range(1, 10));
  });

  it('stays within 100 blocks for a cadre with 300 of everything', async () => {
    const f = homeFixtures(app.db.prisma);
    const wang = await f.cadre({ name: '王伟', slackUserId: WANG });
    const other = await f.cadre({ name: '李娜' });
    await f.enterprises(
      Array.from({ length: 300 }, (_, i) => `企业 ${i + 1}`),
      wang,
    );
    const e = await f.enterprise('长春一汽富维', wang);
    const many = (status: 'in_progress' | 'resolved', ownerId: number) =>
      Array.from({ length: 300 }, (_, i) => ({
        title: `${'很长的问题标题'.repeat(30)} ${i}`,
        finderId: wang,
        ownerId,
        enterpriseId: e,
        status,
        urgency: i % 3 === 0 ? ('urgent' as const) : ('normal' as const),
        dueDate: `2026-${i % 2 === 0 ? '11' : '12'}-${String((i % 28) + 1).padStart(2, '0')}`,
      }));
    await f.issues([...many('in_progress', wang), ...many('resolved', other)]);
    await app.db.prisma.visit.createMany({
      data: Array.from({ length: 300 }, (_, i) => ({
        enterpriseId: e,
        cadreId: wang,
        visitDate: new Date(Date.UTC(2026, 10, 1 + (i % 25))),
        mode: 'on_site' as const,
        summary: '走访纪要'.repeat(200),
      })),
    });
    const home = await openHome(app, WANG);
    expect(home.ok).toBe(true); // the fake refuses a Home over 100 blocks, like Slack
    expect(home.blocks.length).toBeLessThanOrEqual(100);
    expect(headers(home)[1]).toBe('我负责的未办结问题（第 1–10 条，共 300 条）');
    // Urgent and overdue first: the first rows are urgent issues due in November.
    const first = sectionOf(home, t('zh-CN', 'home.owned.title'))[0]?.text?.text as string;
    expect(first).toContain(':rotating_light:');
    expect(first).toContain(':warning:');
  });
});
