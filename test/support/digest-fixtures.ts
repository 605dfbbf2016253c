// A district small enough to count by hand, written straight into PostgreSQL, whose digest figures are
// known by construction: 175 problems collected, 5 resolved on the spot, of the other 170, 125 sent to
// three function groups (60 / 40 / 25) and 45 to the city — the 2019 report's split. Every other figure
// of the digest is stated in the comments of `buildArticleDistrict` and asserted in the tests.
import type { Db } from '../../src/persistence/prisma.ts';

type Status = 'in_progress' | 'awaiting_dispatch' | 'deferred' | 'resolved' | 'closed' | 'withdrawn';
type Level = 'self' | 'team' | 'function_group' | 'city';
type Verdict = 'satisfied' | 'basically_satisfied' | 'dissatisfied';
type Mode = 'on_site' | 'phone' | 'video' | 'meeting';

const date = (d: string) => new Date(`${d}T00:00:00.000Z`);
/** An instant written as Beijing wall-clock time. */
export const beijing = (local: string) => new Date(`${local}+08:00`);

export interface DigestOrg {
  unit: Record<string, number>;
  cadre: Record<string, number>;
  enterprise: Record<string, number>;
  project: Record<string, number>;
}

export interface IssueGroup {
  n: number;
  level: Level;
  status: Status;
  owner: string | null;
  ownerUnit: string | null;
  finder?: string;
  enterprise?: string;
  project?: string;
  onSpot?: boolean;
  /** Due dates, cycled through the group. */
  due?: (string | null)[];
  createdAt?: Date[];
  resolvedAt?: Date;
  /** Null report-back clock for the first `notInformed` issues of the group. */
  notInformed?: number;
  /** Feedback rows per issue (oldest first), cycled through the group. */
  feedback?: Verdict[][];
  title?: string;
}

const UNITS: [code: string, name: string, kind: string, parent?: string][] = [
  ['LEAD', '助企行动领导小组', 'leadership'],
  ['TF-01', '现代服务业项目专班', 'task_force', 'LEAD'],
  ['TF-02', '招商引资项目专班', 'task_force', 'LEAD'],
  ['DISP', '区调度室', 'dispatch', 'LEAD'],
  ['FG-01', '金融服务组', 'function_group', 'LEAD'],
  ['FG-02', '规划用地服务组', 'function_group', 'LEAD'],
  ['FG-03', '审批服务组', 'function_group', 'LEAD'],
  ['T01', '助企服务第一队', 'team', 'LEAD'],
  ['G01', '第一组', 'group', 'T01'],
  ['G02', '第二组', 'group', 'T01'],
];

/** key → [name, Slack user, unit memberships, leads]. */
const CADRES: Record<string, [string, string | null, string[], string[]]> = {
  leader: ['王区长', 'U0LEADER01', ['T01'], []],
  teamHead: ['李队长', 'U0TEAMHEAD', ['T01'], ['T01']],
  a: ['张伟', 'U0CADREA01', ['G01'], ['G01']],
  b: ['刘洋', 'U0CADREB01', ['G02'], ['G02']],
  c: ['陈静', 'U0CADREC01', ['G01'], []],
  fg1: ['赵金融', 'U0FG1LEAD1', ['FG-01'], ['FG-01']],
  fg2: ['钱规划', 'U0FG2LEAD1', ['FG-02'], ['FG-02']],
  fg3: ['孙审批', 'U0FG3LEAD1', ['FG-03'], ['FG-03']],
  liaison: ['周联络', 'U0LIAISON1', ['DISP'], ['DISP']],
};

export async function buildOrganisation(db: Db): Promise<DigestOrg> {
  const unit: Record<string, number> = {};
  for (const [code, name, kind, parent] of UNITS) {
    const row = await db.unit.create({
      data: { code, name, kind: kind as never, parentId: parent ? unit[parent] : null },
    });
    unit[code] = row.id;
  }
  const cadre: Record<string, number> = {};
  let n = 0;
  for (const [key, [name, slackUserId, members, leads]] of Object.entries(CADRES)) {
    n += 1;
    const rank = key === 'leader' ? 'district_leader' : key === 'teamHead' ? 'division' : 'staff';
    const row = await db.cadre.create({
      data: { code: `C${String(n).padStart(3, '0')}`, name, slackUserId, rank },
    });
    cadre[key] = row.id;
    await db.membership.createMany({
      data: members.map((m) => ({ unitId: unit[m] as number, cadreId: row.id })),
    });
    for (const l of leads) await db.unit.update({ where: { id: unit[l] }, data: { leadCadreId: row.id } });
  }
  // E1–E4 to a, E5–E7 to b, E8 to c; E9 and E10 are in the directory but assigned to nobody.
  const owners: (string | null)[] = ['a', 'a', 'a', 'a', 'b', 'b', 'b', 'c', null, null];
  const enterprise: Record<string, number> = {};
  for (const [i, owner] of owners.entries()) {
    const row = await db.enterprise.create({
      data: { name: `测试企业${i + 1}`, cadreId: owner === null ? null : (cadre[owner] as number) },
    });
    enterprise[`E${i + 1}`] = row.id;
  }
  const projects: [string, string, number, string][] = [
    ['P1', 'TF-01', 200_000_000, 'started'],
    ['P2', 'TF-01', 150_000_000, 'planned'],
    ['P3', 'TF-01', 50_000_000, 'resumed'],
    ['P4', 'TF-02', 300_000_000, 'resumed'],
    ['P5', 'TF-02', 100_000_000, 'under_construction'],
  ];
  const project: Record<string, number> = {};
  for (const [code, tf, amount, status] of projects) {
    const row = await db.project.create({
      data: {
        code,
        name: `项目${code}`,
        taskForceId: unit[tf] as number,
        amountYuan: amount,
        status: status as never,
      },
    });
    project[code] = row.id;
  }
  return { unit, cadre, enterprise, project };
}

export async function addVisits(
  db: Db,
  org: DigestOrg,
  visits: [enterprise: string, cadre: string, date: string, mode: Mode][],
): Promise<void> {
  await db.visit.createMany({
    data: visits.map(([e, c, d, mode]) => ({
      enterpriseId: org.enterprise[e] as number,
      cadreId: org.cadre[c] as number,
      visitDate: date(d),
      mode,
      summary: 'test',
    })),
  });
}

const OLD = beijing('2026-05-15T10:00:00');

/** Writes `group.n` issues; returns their ids in order. */
export async function addIssues(db: Db, org: DigestOrg, group: IssueGroup): Promise<number[]> {
  const ids: number[] = [];
  for (let k = 0; k < group.n; k++) {
    const due = group.due ? group.due[k % group.due.length] : null;
    const createdAt = group.createdAt?.[k] ?? OLD;
    const settled = group.status === 'resolved' || group.status === 'closed';
    const row = await db.issue.create({
      data: {
        title: `${group.title ?? '问题'} ${k + 1}`,
        category: 'other',
        finderId: org.cadre[group.finder ?? 'a'] as number,
        ownerId: group.owner === null ? null : (org.cadre[group.owner] as number),
        ownerUnitId: group.ownerUnit === null ? null : (org.unit[group.ownerUnit] as number),
        level: group.level,
        status: group.status,
        dueDate: due ? date(due) : null,
        resolvedOnSpot: group.onSpot ?? false,
        enterpriseId: group.project ? null : (org.enterprise[group.enterprise ?? 'E1'] as number),
        projectId: group.project ? (org.project[group.project] as number) : null,
        enterpriseInformedAt: k < (group.notInformed ?? 0) ? null : createdAt,
        resolvedAt: settled ? (group.resolvedAt ?? createdAt) : null,
        closedAt: group.status === 'closed' ? createdAt : null,
        createdAt,
      },
    });
    ids.push(row.id);
    const verdicts = group.feedback ? (group.feedback[k % group.feedback.length] ?? []) : [];
    for (const [v, verdict] of verdicts.entries()) {
      await db.feedback.create({
        data: {
          issueId: row.id,
          verdict,
          recordedById: org.cadre[group.finder ?? 'a'] as number,
          recordedAt: new Date(createdAt.getTime() + (v + 1) * 60_000),
        },
      });
    }
  }
  return ids;
}

const repeat = <T>(n: number, value: T): T[] => Array.from({ length: n }, () => value);

/**
 * The district of the tests, as of Friday 5 June 2026 08:30 (Beijing). Its daily digest, by construction:
 *   visits: assigned 8 (E1–E8); visited on site 5 (E1, E2, E3, E5, E6; E9 is unassigned) → 62.5 %;
 *           yesterday (4 June) 3; total 10; on site 7 → 70.0 %.
 *   issues: collected 175 (3 withdrawn left out); new yesterday 7 (created 4 June 00:00–23:59 local);
 *           on the spot 5; kept 0; awaiting 0; function groups 125 (FG-01 60, FG-02 40, FG-03 25);
 *           city 45; resolved 44 (5 + 30 + 5 + 4); closed 26 (2 + 20 + 4) → 14.9 %; overdue 15
 *           (due on or before 4 June: FG-01 8 + 2 deferred, FG-03 3, city 2); the five oldest: FG-03's
 *           three due 20 May (12 working days), FG-01's two deferred due 29 May (5);
 *           feedback on 28 issues, latest satisfied or basically satisfied on 25 → 89.3 %;
 *           not informed 6 (FG-01 4, FG-03 2; closed ones and project issues never count).
 *   projects: 5 key, 4 of 100 million or more, 2 of those started or resumed; 10 project problems, 2 solved.
 */
export async function buildArticleDistrict(db: Db): Promise<DigestOrg> {
  const org = await buildOrganisation(db);
  await addVisits(db, org, [
    ['E1', 'a', '2026-05-20', 'on_site'],
    ['E1', 'a', '2026-06-04', 'on_site'],
    ['E2', 'a', '2026-05-21', 'on_site'],
    ['E3', 'a', '2026-05-22', 'on_site'],
    ['E4', 'a', '2026-06-04', 'phone'],
    ['E5', 'b', '2026-05-25', 'on_site'],
    ['E6', 'b', '2026-05-26', 'on_site'],
    ['E8', 'c', '2026-06-01', 'phone'],
    ['E9', 'b', '2026-06-04', 'on_site'],
    ['E7', 'b', '2026-06-05', 'video'],
  ]);
  const fg = (owner: string, unit: string) => ({
    level: 'function_group' as const,
    owner,
    ownerUnit: unit,
    finder: 'a',
  });
  // On the spot: 3 still resolved (on 1 June: 5 working days before 8 June, not yet listed for close-out),
  // 2 closed with the enterprise satisfied.
  await addIssues(db, org, {
    n: 3,
    level: 'self',
    status: 'resolved',
    owner: 'a',
    ownerUnit: 'G01',
    onSpot: true,
    resolvedAt: beijing('2026-06-01T08:00:00'),
  });
  await addIssues(db, org, {
    n: 2,
    level: 'self',
    status: 'closed',
    owner: 'a',
    ownerUnit: 'G01',
    onSpot: true,
    feedback: [['satisfied']],
  });
  // FG-01 (60): 20 closed (16 satisfied, 2 basically, 2 dissatisfied then satisfied), 10 resolved on
  // 29 May (2 with a dissatisfied verdict), 25 in progress (8 overdue), 5 deferred (2 overdue).
  await addIssues(db, org, {
    ...fg('fg1', 'FG-01'),
    n: 20,
    status: 'closed',
    enterprise: 'E2',
    notInformed: 5,
    feedback: [
      ...repeat(16, ['satisfied' as const]),
      ...repeat(2, ['basically_satisfied' as const]),
      ...repeat(2, ['dissatisfied' as const, 'satisfied' as const]),
    ],
  });
  await addIssues(db, org, {
    ...fg('fg1', 'FG-01'),
    n: 10,
    status: 'resolved',
    enterprise: 'E2',
    resolvedAt: beijing('2026-05-29T15:00:00'),
    feedback: [['dissatisfied'], ['dissatisfied'], ...repeat(8, [])],
  });
  await addIssues(db, org, {
    ...fg('fg1', 'FG-01'),
    n: 25,
    status: 'in_progress',
    enterprise: 'E2',
    notInformed: 4,
    due: [
      ...repeat(3, '2026-06-01'),
      ...repeat(2, '2026-06-02'),
      ...repeat(2, '2026-06-03'),
      '2026-06-04',
      ...repeat(17, '2026-06-10'),
    ],
  });
  await addIssues(db, org, {
    ...fg('fg1', 'FG-01'),
    n: 5,
    status: 'deferred',
    enterprise: 'E2',
    title: '暂缓问题',
    due: ['2026-05-29', '2026-05-29', '2026-06-15', '2026-06-15', '2026-06-15'],
  });
  // FG-02 (40): all in progress, due later; 5 raised yesterday; the last 6 are problems of project P1.
  await addIssues(db, org, {
    ...fg('fg2', 'FG-02'),
    n: 34,
    status: 'in_progress',
    enterprise: 'E3',
    due: ['2026-06-12'],
    createdAt: repeat(5, beijing('2026-06-04T10:00:00')),
  });
  await addIssues(db, org, {
    ...fg('fg2', 'FG-02'),
    n: 6,
    status: 'in_progress',
    project: 'P1',
    due: ['2026-06-12'],
  });
  // FG-03 (25): 5 resolved on Sunday 31 May, 3 overdue since 20 May (2 not told), 17 due later.
  await addIssues(db, org, {
    ...fg('fg3', 'FG-03'),
    n: 5,
    status: 'resolved',
    enterprise: 'E5',
    resolvedAt: beijing('2026-05-31T20:00:00'),
  });
  await addIssues(db, org, {
    ...fg('fg3', 'FG-03'),
    n: 3,
    status: 'in_progress',
    enterprise: 'E5',
    due: ['2026-05-20'],
    notInformed: 2,
    title: '久拖问题',
  });
  await addIssues(db, org, {
    ...fg('fg3', 'FG-03'),
    n: 17,
    status: 'in_progress',
    enterprise: 'E5',
    due: ['2026-06-11'],
  });
  // City (45): 4 closed (2 satisfied, 1 basically, 1 dissatisfied; 2 of them problems of P4), 2 overdue
  // (due 4 June), 39 due later (2 of them P4's). Created: 2 at the very start of 4 June (count as
  // yesterday), 1 a second before it and 1 at the start of 5 June (neither does).
  const city = { level: 'city' as const, owner: 'liaison', ownerUnit: 'DISP', finder: 'b' };
  await addIssues(db, org, {
    ...city,
    n: 2,
    status: 'closed',
    enterprise: 'E6',
    feedback: [['satisfied'], ['basically_satisfied']],
  });
  await addIssues(db, org, {
    ...city,
    n: 2,
    status: 'closed',
    project: 'P4',
    feedback: [['satisfied'], ['dissatisfied']],
  });
  await addIssues(db, org, {
    ...city,
    n: 2,
    status: 'in_progress',
    enterprise: 'E6',
    due: ['2026-06-04'],
    createdAt: [beijing('2026-06-04T00:00:00'), beijing('2026-06-04T00:00:00')],
  });
  await addIssues(db, org, {
    ...city,
    n: 37,
    status: 'in_progress',
    enterprise: 'E6',
    due: ['2026-06-19'],
    createdAt: [beijing('2026-06-03T23:59:59'), beijing('2026-06-05T00:00:00')],
  });
  await addIssues(db, org, { ...city, n: 2, status: 'in_progress', project: 'P4', due: ['2026-06-19'] });
  // Withdrawn (duplicates): in no figure.
  await addIssues(db, org, { n: 3, level: 'self', status: 'withdrawn', owner: null, ownerUnit: null });
  return org;
}
