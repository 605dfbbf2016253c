// The daily digest's figures, computed by SQL on real PostgreSQL against a district whose every figure
// is known by construction (test/support/digest-fixtures.ts), in each of the three scopes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asLocalDate } from '../../../src/calendar/index.ts';
import { dailyMetrics, parseScopeKey } from '../../../src/domain/digests/index.ts';
import { createServices } from '../../../src/services/index.ts';
import { dailyDigestMessage } from '../../../src/slack/views/digests/daily.ts';
import { freshDatabase, type TestDatabase } from '../../support/database.ts';
import { buildArticleDistrict } from '../../support/digest-fixtures.ts';

let db: TestDatabase;
const friday = asLocalDate('2026-06-05');

beforeAll(async () => {
  db = await freshDatabase();
  await buildArticleDistrict(db.prisma);
});
afterAll(() => db.close());

const services = () =>
  createServices({ db: db.prisma, timeZone: 'Asia/Shanghai', clock: () => new Date(), cacheMs: 0 });
const figuresFor = (key: string) =>
  services().digests.dailyFigures(parseScopeKey(key) ?? (0 as never), friday);

describe('district digest figures', () => {
  it('match the district built to known totals', async () => {
    const f = await figuresFor('district');
    expect(f.visits).toEqual({ assigned: 8, visitedOnSite: 5, yesterday: 3, total: 10, onSite: 7 });
    const { oldestOverdue, functionGroups, ...issues } = f.issues;
    expect(issues).toEqual({
      collected: 175,
      newYesterday: 7,
      resolvedOnSpot: 5,
      keptAtServiceLevel: 0,
      awaitingDispatch: 0,
      sentToFunctionGroups: 125,
      sentToCity: 45,
      resolved: 44,
      closedOut: 26,
      overdue: 15,
      withFeedback: 28,
      satisfied: 25,
      notInformed: 6,
    });
    expect(functionGroups).toEqual([
      { code: 'FG-01', name: '金融服务组', count: 60 },
      { code: 'FG-02', name: '规划用地服务组', count: 40 },
      { code: 'FG-03', name: '审批服务组', count: 25 },
    ]);
    expect(oldestOverdue.map((o) => [o.title, o.dueDate, o.overdueDays, o.ownerSlackUserId])).toEqual([
      ['久拖问题 1', '2026-05-20', 12, 'U0FG3LEAD1'],
      ['久拖问题 2', '2026-05-20', 12, 'U0FG3LEAD1'],
      ['久拖问题 3', '2026-05-20', 12, 'U0FG3LEAD1'],
      ['暂缓问题 1', '2026-05-29', 5, 'U0FG1LEAD1'],
      ['暂缓问题 2', '2026-05-29', 5, 'U0FG1LEAD1'],
    ]);
    expect(f.projects).toEqual({
      keyProjects: 5,
      large: 4,
      largeStartedOrResumed: 2,
      problemsFound: 10,
      problemsSolved: 2,
    });
    const metrics = dailyMetrics(f);
    expect(metrics.get('visits.coverage')?.value).toBeCloseTo(0.625);
    expect(metrics.get('visits.onSiteShare')?.value).toBeCloseTo(0.7);
    expect(metrics.get('issues.closeOutRate')?.value).toBeCloseTo(26 / 175);
    expect(metrics.get('issues.satisfaction')?.value).toBeCloseTo(25 / 28);
  });

  it('render as the report reads, in Chinese and English, within Slack limits', async () => {
    const f = await figuresFor('district');
    const zh = dailyDigestMessage(f, null, 'zh-CN');
    const en = dailyDigestMessage(f, null, 'en');
    const zhText = JSON.stringify(zh.blocks);
    expect(zhText).toContain(
      '共收集问题175个，现场解决5个，其余170个中，125个转区服务功能组、45个报市总调度室。',
    );
    expect(JSON.stringify(en.blocks)).toContain(
      '175 problems collected; 5 resolved on the spot; of the other 170, 125 sent to district function groups and 45 to the city.',
    );
    expect(zhText).toContain('走访覆盖率：62.5%');
    expect(zhText).toContain('销号率：14.9%');
    expect(zhText).toContain('企业满意率：89.3%');
    expect(zhText).toContain('<@U0FG3LEAD1>');
    expect(zhText).toContain('另有 10 个逾期问题。');
    expect(JSON.stringify(en.blocks)).toContain('Satisfaction: 89.3%');
    for (const message of [zh, en]) {
      expect(message.blocks.length).toBeLessThanOrEqual(50);
      for (const block of message.blocks) {
        const text = (block as { text?: { text: string } }).text?.text ?? '';
        expect([...text].length).toBeLessThanOrEqual(3000);
      }
    }
  });
});

describe('scoped digest figures', () => {
  it('a function group sees the issues it holds, and no visits or projects', async () => {
    const f = await figuresFor('function_group:FG-01');
    expect(f.scopeName).toBe('金融服务组');
    expect(f.visits).toBeNull();
    expect(f.projects).toBeNull();
    const { oldestOverdue, ...issues } = f.issues;
    expect(issues).toEqual({
      collected: 60,
      newYesterday: 0,
      resolvedOnSpot: 0,
      keptAtServiceLevel: 0,
      awaitingDispatch: 0,
      sentToFunctionGroups: 60,
      functionGroups: [{ code: 'FG-01', name: '金融服务组', count: 60 }],
      sentToCity: 0,
      resolved: 30,
      closedOut: 20,
      overdue: 10,
      withFeedback: 22,
      satisfied: 20,
      notInformed: 4,
    });
    expect(oldestOverdue.map((o) => o.dueDate)).toEqual([
      '2026-05-29',
      '2026-05-29',
      '2026-06-01',
      '2026-06-01',
      '2026-06-01',
    ]);
  });

  it('a task force sees its projects and the problems raised on them', async () => {
    const f = await figuresFor('task_force:TF-01');
    expect(f.visits).toBeNull();
    expect(f.projects).toEqual({
      keyProjects: 3,
      large: 2,
      largeStartedOrResumed: 1,
      problemsFound: 6,
      problemsSolved: 0,
    });
    expect(f.issues.collected).toBe(6);
    expect(f.issues.sentToFunctionGroups).toBe(6);
    expect(f.issues.functionGroups.map((g) => g.count)).toEqual([0, 6, 0]);
    const tf2 = await figuresFor('task_force:TF-02');
    expect(tf2.projects).toMatchObject({
      keyProjects: 2,
      large: 2,
      largeStartedOrResumed: 1,
      problemsFound: 4,
    });
    expect(tf2.issues).toMatchObject({
      collected: 4,
      sentToCity: 4,
      closedOut: 2,
      withFeedback: 2,
      satisfied: 1,
    });
  });

  it('an unknown unit is refused', async () => {
    await expect(figuresFor('function_group:FG-99')).rejects.toThrow(
      /no function_group unit with code FG-99/,
    );
  });
});
