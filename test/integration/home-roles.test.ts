// The App Home by role: dispatch sees the triage queue and extension requests, leaders and observers
// the district's headline figures, and someone with every role all of it within 100 blocks.
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
import { startZhuqiApp, type ZhuqiApp } from '../support/zhuqi-app.ts';

const DISPATCHER = 'U0DISPATCH';
const LEADER = 'U0LEADER01';
const OBSERVER = 'U0OBSERVE1';
const EVERYTHING = 'U0ALLROLES';
const NOW = '2026-11-26T02:00:00Z'; // Thursday, 10:00 in Shanghai

let app: ZhuqiApp;

beforeAll(async () => {
  app = await startZhuqiApp({
    now: NOW,
    defaultLocale: 'en',
    users: [
      { id: DISPATCHER, name: 'zhao', locale: 'zh-CN' },
      { id: LEADER, name: 'leader', locale: 'zh-CN' },
      { id: OBSERVER, name: 'observer', locale: 'en-US' },
      { id: EVERYTHING, name: 'all', locale: 'en-US' },
    ],
  });
});

afterAll(async () => {
  await app?.stop();
});

beforeEach(async () => {
  await app.db.reset();
});

describe('App Home of the dispatch room', () => {
  it('shows the triage queue, urgent first then longest waiting, and the extensions to decide', async () => {
    const f = homeFixtures(app.db.prisma);
    const zhao = await f.cadre({ name: '赵敏', slackUserId: DISPATCHER, roles: ['dispatch'] });
    const finder = await f.cadre({ name: '王伟' });
    const e = await f.enterprise('长春一汽富维', finder);
    const queued = (title: string, urgency: 'normal' | 'urgent' = 'normal') =>
      f.issue({
        title,
        finderId: finder,
        enterpriseId: e,
        status: 'awaiting_dispatch',
        urgency,
        level: 'team',
      });
    const older = await queued('用地指标');
    const newer = await queued('融资担保');
    const urgent = await queued('停水', 'urgent');
    await f.event({
      issueId: older,
      actorId: finder,
      at: new Date('2026-11-20T02:00:00Z'),
      toStatus: 'awaiting_dispatch',
      comment: '队里无法协调',
    });
    // Routed and returned as misrouted: it queues from the return, with the return's reason.
    await f.event({
      issueId: newer,
      actorId: finder,
      at: new Date('2026-11-18T02:00:00Z'),
      toStatus: 'awaiting_dispatch',
      comment: '第一次',
    });
    await f.event({
      issueId: newer,
      actorId: zhao,
      at: new Date('2026-11-24T02:00:00Z'),
      toStatus: 'awaiting_dispatch',
      move: 'return_misrouted',
      comment: '不属本组 <!channel>',
    });
    await f.event({
      issueId: urgent,
      actorId: finder,
      at: new Date('2026-11-25T02:00:00Z'),
      toStatus: 'awaiting_dispatch',
    });

    const working = await f.issue({
      title: '审批延期',
      finderId: finder,
      ownerId: finder,
      enterpriseId: e,
      status: 'in_progress',
      dueDate: '2026-11-30',
    });
    await f.extension({
      issueId: working,
      requestedById: finder,
      requestedDue: '2026-12-15',
      reason: '等待市里批复',
    });
    const done = await f.issue({
      title: '已办结',
      finderId: finder,
      ownerId: finder,
      enterpriseId: e,
      status: 'resolved',
    });
    await f.extension({
      issueId: done,
      requestedById: finder,
      requestedDue: '2026-12-15',
      reason: '过时的申请',
    });

    const home = await openHome(app, DISPATCHER);
    expect(home.ok).toBe(true);
    const queue = sectionOf(home, t('zh-CN', 'home.queue.title'));
    expect(headers(home)).toContain('调度室待分派（3）');
    expect(issueIds(queue)).toEqual([urgent, older, newer]);
    expect(queue[2]?.text?.text).toContain('王伟 于 2026-11-24 提交（服务队）');
    expect(queue[2]?.text?.text).toContain('原因：不属本组 &lt;!channel&gt;');
    expect(queue[0]?.accessory).toMatchObject({ action_id: 'issue.move.route', value: String(urgent) });

    const extensions = sectionOf(home, t('zh-CN', 'home.extensions.title'));
    expect(issueIds(extensions)).toEqual([working]);
    expect(extensions[0]?.text?.text).toContain('王伟 申请由 2026-11-30 延至 2026-12-15：等待市里批复');
    expect(extensions[0]?.accessory).toMatchObject({ action_id: 'issue.move.decide_extension' });
    // No figures for dispatch alone; its empty cadre lists are left out.
    expect(headers(home)).toEqual(['助企工作台', '调度室待分派（3）', '待审批的延期申请（1）']);
  });

  it('pages the queue', async () => {
    const f = homeFixtures(app.db.prisma);
    await f.cadre({ name: '赵敏', slackUserId: DISPATCHER, roles: ['dispatch'] });
    const finder = await f.cadre({ name: '王伟' });
    await f.issues(
      Array.from({ length: 12 }, (_, i) => ({
        title: `排队 ${i + 1}`,
        finderId: finder,
        status: 'awaiting_dispatch' as const,
      })),
    );
    const first = await openHome(app, DISPATCHER);
    const queue = (home: typeof first) => sectionOf(home, t('zh-CN', 'home.queue.title'));
    expect(issueIds(queue(first))).toHaveLength(10);
    const second = await clickHome(app, DISPATCHER, pagingButton(queue(first), 'home.page.next'));
    expect(issueIds(queue(second))).toEqual([11, 12]);
    expect(headers(second)).toContain('调度室待分派（第 11–12 条，共 12 条）');
  });
});

describe('App Home of leaders and observers', () => {
  async function seedKnownTotals() {
    const f = homeFixtures(app.db.prisma);
    const cadre = await f.cadre({ name: '王伟' });
    const assigned: number[] = [];
    for (let i = 1; i <= 8; i++) assigned.push(await f.enterprise(`包保企业 ${i}`, cadre));
    const unassigned = await f.enterprise('未分配企业');
    await f.enterprise('未分配企业 2');
    // 5 of the 8 assigned enterprises visited on site (one twice); one only by phone; an unassigned
    // enterprise's on-site visit is outside coverage.
    for (const e of assigned.slice(0, 5))
      await f.visit({ enterpriseId: e, cadreId: cadre, date: '2026-11-10' });
    await f.visit({ enterpriseId: assigned[0] as number, cadreId: cadre, date: '2026-11-12' });
    await f.visit({ enterpriseId: assigned[5] as number, cadreId: cadre, date: '2026-11-12', mode: 'phone' });
    await f.visit({ enterpriseId: unassigned, cadreId: cadre, date: '2026-11-12' });

    const base = { finderId: cadre, ownerId: cadre, enterpriseId: assigned[0] as number };
    await f.issues([
      { ...base, title: '现场解决 1', status: 'resolved', resolvedOnSpot: true },
      { ...base, title: '现场解决 2', status: 'resolved', resolvedOnSpot: true },
      { ...base, title: '现场解决并销号', status: 'closed', resolvedOnSpot: true },
      { ...base, title: '逾期 1', status: 'in_progress', dueDate: '2026-11-20' },
      { ...base, title: '逾期 2', status: 'in_progress', dueDate: '2026-11-25' },
      { ...base, title: '今天到期', status: 'in_progress', dueDate: '2026-11-26' },
      { ...base, title: '下月到期', status: 'in_progress', dueDate: '2026-12-01' },
      { ...base, title: '暂缓逾期', status: 'deferred', dueDate: '2026-11-01' },
      { ...base, title: '待调度 1', status: 'awaiting_dispatch', ownerId: null },
      { ...base, title: '待调度 2', status: 'awaiting_dispatch', ownerId: null },
      { ...base, title: '销号 1', status: 'closed' },
      { ...base, title: '销号 2', status: 'closed' },
      { ...base, title: '已办结', status: 'resolved' },
      { ...base, title: '撤销重复', status: 'withdrawn', resolvedOnSpot: true },
      { ...base, title: '撤销无效', status: 'withdrawn', dueDate: '2026-11-01' },
    ]);
  }

  const field = (home: Awaited<ReturnType<typeof openHome>>, label: string): string | undefined => {
    const fields = home.blocks.flatMap((b) => (b.fields ?? []) as { text: string }[]);
    return fields.find((x) => x.text.startsWith(`*${label}*`))?.text.split('\n')[1];
  };

  it('gives a district leader the headline figures, matching data built to known totals', async () => {
    await seedKnownTotals();
    await homeFixtures(app.db.prisma).cadre({ name: '区领导', slackUserId: LEADER, rank: 'district_leader' });
    const home = await openHome(app, LEADER);
    expect(home.ok).toBe(true);
    expect(headers(home)).toEqual(['助企工作台', '全区概况']);
    const l = (key: Parameters<typeof t>[1]) => t('zh-CN', key);
    expect(field(home, l('home.figures.assigned'))).toBe('8');
    expect(field(home, l('home.figures.visited'))).toBe('5（62.5%）');
    expect(field(home, l('home.figures.collected'))).toBe('13');
    expect(field(home, l('home.figures.on_spot'))).toBe('3');
    expect(field(home, l('home.figures.open'))).toBe('10');
    expect(field(home, l('home.figures.overdue'))).toBe('3');
    expect(field(home, l('home.figures.closed'))).toBe('3');
    expect(field(home, l('home.figures.close_rate'))).toBe('23.1%');
    expect(homeText(home)).toContain('截至 2026-11-26');
  });

  it('gives observers the figures too, in their language', async () => {
    await seedKnownTotals();
    await homeFixtures(app.db.prisma).cadre({ name: 'Observer', slackUserId: OBSERVER, roles: ['observer'] });
    const home = await openHome(app, OBSERVER);
    expect(headers(home)).toEqual(['zhuqi home', 'District headline figures']);
    expect(field(home, 'Visited on site (coverage)')).toBe('5 (62.5%)');
    expect(field(home, 'Close-out rate')).toBe('23.1%');
  });

  it('shows someone with every role each section, still within 100 blocks', async () => {
    const f = homeFixtures(app.db.prisma);
    const me = await f.cadre({
      name: 'All Roles',
      slackUserId: EVERYTHING,
      rank: 'district_leader',
      roles: ['dispatch', 'observer', 'supervision'],
    });
    const e = await f.enterprise('Changchun Heating', me);
    await f.enterprises(
      Array.from({ length: 300 }, (_, i) => `Firm ${i}`),
      me,
    );
    const many = (status: 'in_progress' | 'resolved' | 'awaiting_dispatch', ownerId: number | null) =>
      Array.from({ length: 300 }, (_, i) => ({
        title: `Issue ${status} ${i} ${'x'.repeat(200)}`,
        finderId: me,
        ownerId,
        enterpriseId: e,
        status,
        dueDate: status === 'in_progress' ? '2026-11-20' : null,
      }));
    await f.issues([...many('in_progress', me), ...many('resolved', me), ...many('awaiting_dispatch', null)]);
    await app.db.prisma.extensionRequest.createMany({
      data: Array.from({ length: 300 }, (_, i) => ({
        issueId: i + 1,
        requestedById: me,
        requestedDue: new Date('2026-12-31T00:00:00Z'),
        reason: 'r'.repeat(500),
      })),
    });
    await app.db.prisma.visit.createMany({
      data: Array.from({ length: 300 }, () => ({
        enterpriseId: e,
        cadreId: me,
        visitDate: new Date('2026-11-20T00:00:00Z'),
        mode: 'on_site' as const,
        summary: 's'.repeat(1000),
      })),
    });
    const home = await openHome(app, EVERYTHING);
    expect(home.ok).toBe(true);
    expect(home.blocks.length).toBeLessThanOrEqual(100);
    expect(headers(home)).toEqual([
      'zhuqi home',
      'District headline figures',
      'Dispatch triage queue (1–10 of 300)',
      'Extension requests to decide (1–5 of 300)',
      'Open issues you own (1–10 of 300)',
      `${t('en', 'home.found.title')} (1–5 of 300)`,
      'Your enterprises (1–10 of 301)',
      'Your recent visits (1–5 of 300)',
    ]);
  });
});
