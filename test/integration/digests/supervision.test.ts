// The weekly supervision report (督查): its figures against the district built to known totals, posted
// on the first working day of the week only, with the change against the previous week's report.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { asLocalDate } from '../../../src/calendar/index.ts';
import type { Wiring } from '../../../src/wiring.ts';
import { type DeliveryHarness, eventually, startDeliveryHarness } from '../../support/delivery-harness.ts';
import { addVisits, beijing, buildArticleDistrict, type DigestOrg } from '../../support/digest-fixtures.ts';
import { blockText, digestPosts, entries, runJob, subscribe } from '../../support/digest-harness.ts';

let h: DeliveryHarness;
let org: DigestOrg;
let wiring: Wiring;

beforeEach(async () => {
  h = await startDeliveryHarness();
  org = await buildArticleDistrict(h.db.prisma);
  const db = h.db.prisma;
  // Two more cadres with enterprises: e's last on-site visit was in April; d has left (inactive).
  const e = await db.cadre.create({
    data: { code: 'C100', name: '吴敏', slackUserId: 'U0CADREE01', rank: 'staff' },
  });
  const d = await db.cadre.create({ data: { code: 'C101', name: '郑离', rank: 'staff', active: false } });
  org.cadre.e = e.id;
  org.enterprise.E11 = (await db.enterprise.create({ data: { name: '测试企业11', cadreId: e.id } })).id;
  await db.enterprise.create({ data: { name: '测试企业12', cadreId: d.id } });
  await addVisits(db, org, [
    ['E11', 'e', '2026-04-20', 'on_site'],
    ['E11', 'e', '2026-06-02', 'phone'],
  ]);
  wiring = h.wiring();
});
afterEach(() => h.close());

describe('weekly supervision', () => {
  it('lists overdue work by unit and owner, idle cadres and resolutions not closed out', async () => {
    const f = await wiring.services.digests.supervisionFigures(
      { kind: 'district' },
      asLocalDate('2026-06-08'),
    );
    expect(f.overdue.total).toBe(15);
    expect(f.overdue.byUnit).toEqual({
      total: 3,
      shown: [
        { code: 'FG-01', name: '金融服务组', count: 10, oldestOverdueDays: 6 },
        { code: 'FG-03', name: '审批服务组', count: 3, oldestOverdueDays: 13 },
        { code: 'DISP', name: '区调度室', count: 2, oldestOverdueDays: 2 },
      ],
    });
    expect(f.overdue.byOwner.shown).toEqual([
      { name: '赵金融', slackUserId: 'U0FG1LEAD1', count: 10, oldestOverdueDays: 6 },
      { name: '孙审批', slackUserId: 'U0FG3LEAD1', count: 3, oldestOverdueDays: 13 },
      { name: '周联络', slackUserId: 'U0LIAISON1', count: 2, oldestOverdueDays: 2 },
    ]);
    expect(f.overdue.escalateAt).toBe(10);
    expect(f.overdue.escalated.total).toBe(3);
    expect(f.overdue.escalated.shown.map((i) => [i.title, i.overdueDays])).toEqual([
      ['久拖问题 1', 13],
      ['久拖问题 2', 13],
      ['久拖问题 3', 13],
    ]);
    // a and b made on-site visits within 30 days; c only phoned; e's last on-site visit was 20 April;
    // d is no longer active.
    expect(f.idleCadres).toEqual({
      total: 2,
      shown: [
        { name: '陈静', slackUserId: 'U0CADREC01', enterprises: 1, lastOnSiteVisit: null },
        { name: '吴敏', slackUserId: 'U0CADREE01', enterprises: 1, lastOnSiteVisit: '2026-04-20' },
      ],
    });
    // Resolved 29 May (FG-01, 10) and Sunday 31 May (FG-03, 5): 6 working days by Monday 8 June. The
    // three resolved on the spot on 1 June have waited 5: not more than 5, not listed yet.
    expect(f.unclosed.total).toBe(15);
    expect(f.unclosed.shown[0]).toMatchObject({
      resolvedOn: '2026-05-29',
      waitingDays: 6,
      finderSlackUserId: 'U0CADREA01',
    });
    expect(f.unclosed.shown.at(-1)).toMatchObject({ resolvedOn: '2026-05-31', waitingDays: 6 });
    const tuesday = await wiring.services.digests.supervisionFigures(
      { kind: 'district' },
      asLocalDate('2026-06-09'),
    );
    expect(tuesday.unclosed.total).toBe(18);
  });

  it('posts on the first working day of the week only, compared with the previous report', async () => {
    await subscribe(h.db.prisma, 'C0SUPERVIS', 'supervision', 'district', 'zh-CN');
    await subscribe(h.db.prisma, 'C0SUPERVEN', 'supervision', 'district', 'en');
    await h.startWorkers();
    // Labour Day: Monday 4 May is a holiday, Tuesday 5 May too; the week's report waits for Wednesday.
    expect(await runJob(wiring, 'weekly_supervision', beijing('2026-05-04T09:00:00'))).toMatchObject({
      skipped: 'not_a_working_day',
    });
    expect(await runJob(wiring, 'weekly_supervision', beijing('2026-05-06T09:00:00'))).toMatchObject({
      stored: 2,
    });
    expect(await runJob(wiring, 'weekly_supervision', beijing('2026-05-07T09:00:00'))).toMatchObject({
      skipped: 'not_first_working_day_of_week',
    });
    await eventually(
      async () => (await entries(h.db.prisma)).filter((r) => r.status === 'sent').length === 2,
    );
    expect(await runJob(wiring, 'weekly_supervision', beijing('2026-06-08T09:00:00'))).toMatchObject({
      stored: 2,
    });
    expect(await runJob(wiring, 'weekly_supervision', beijing('2026-06-09T09:00:00'))).toMatchObject({
      skipped: 'not_first_working_day_of_week',
    });
    await eventually(
      async () => (await entries(h.db.prisma)).filter((r) => r.status === 'sent').length === 4,
    );

    expect(digestPosts(h.fake, 'C0SUPERVIS')).toHaveLength(2);
    const zh = blockText(digestPosts(h.fake, 'C0SUPERVIS', '2026-06-08')[0] ?? {});
    // On 6 May nothing was overdue yet: the week-on-week change is the whole count.
    expect(zh).toContain('逾期未办结问题 15 个（▲15）');
    expect(zh).toContain('<@U0FG1LEAD1>：10 个，最久逾期 6 个工作日');
    expect(zh).toContain('审批服务组：3 个，最久逾期 13 个工作日');
    expect(zh).toContain('<@U0CADREE01>：包联企业 1 家，最近一次实地走访 2026年4月20日');
    const en = blockText(digestPosts(h.fake, 'C0SUPERVEN', '2026-06-08')[0] ?? {});
    expect(en).toContain('Overdue: 15 (▲15)');
    expect(en).toContain('<@U0CADREC01>: enterprises assigned 1, last on-site visit never');
    expect(en).toContain('(resolved 29 May 2026, 6 working days ago; finder <@U0CADREA01>)');
    expect(blockText(digestPosts(h.fake, 'C0SUPERVEN', '2026-05-06')[0] ?? {})).toContain('(first report)');
  });
});
