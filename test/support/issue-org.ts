// A small district for the issue flow tests: one service team (head, one group with its head and two
// cadres, a district leader), a dispatch room with a triage channel and two staff, two function groups
// with a lead and a member each, one enterprise and one key project. Every person is a Slack user of
// the fake workspace.
import { searchGrams } from '../../src/domain/directory/search-grams.ts';
import type { Db } from '../../src/persistence/prisma.ts';
import type { FakeUser } from './fake-slack/index.ts';

export const DISPATCH_CHANNEL = 'C0DISPATCH1';

/** Slack user ids by role; cadre codes are the same without the leading U0. */
export const U = {
  teamHead: 'U0TEAMHEAD',
  groupHead: 'U0GRPHEAD1',
  cadreA: 'U0CADREA01',
  cadreB: 'U0CADREB01',
  leader: 'U0LEADER01',
  dispatch1: 'U0DISPATC1',
  dispatch2: 'U0DISPATC2',
  fg1Lead: 'U0FG1LEAD1',
  fg1Member: 'U0FG1MEMB1',
  fg2Lead: 'U0FG2LEAD1',
  fg2Member: 'U0FG2MEMB1',
  /** In the workspace, not in the cadre directory. */
  stranger: 'U0STRANGER',
} as const;
export type Person = Exclude<keyof typeof U, 'stranger'>;

/** cadreA reads Chinese; everyone else English (drives both the app's localeOf and the cached locale). */
const ZH: readonly string[] = [U.cadreA];

export const ISSUE_USERS: FakeUser[] = Object.entries(U).map(([name, id]) => ({
  id,
  name,
  locale: ZH.includes(id) ? 'zh-CN' : 'en-US',
}));

export interface IssueOrg {
  cadre: Record<Person, number>;
  unit: { team: number; group: number; dispatch: number; fg1: number; fg2: number; taskForce: number };
  enterpriseId: number;
  projectId: number;
}

const RANKS: Record<Person, 'district_leader' | 'division' | 'deputy_division' | 'staff'> = {
  teamHead: 'division',
  groupHead: 'deputy_division',
  cadreA: 'staff',
  cadreB: 'staff',
  leader: 'district_leader',
  dispatch1: 'staff',
  dispatch2: 'staff',
  fg1Lead: 'division',
  fg1Member: 'staff',
  fg2Lead: 'division',
  fg2Member: 'staff',
};

export async function seedIssueOrg(db: Db): Promise<IssueOrg> {
  const cadre = {} as Record<Person, number>;
  for (const person of Object.keys(RANKS) as Person[]) {
    const slackUserId = U[person];
    const row = await db.cadre.create({
      data: {
        code: slackUserId.slice(2),
        name: person,
        slackUserId,
        rank: RANKS[person],
        roles: person.startsWith('dispatch') ? ['dispatch'] : [],
        locale: ZH.includes(slackUserId) ? 'zh-CN' : 'en',
      },
    });
    cadre[person] = row.id;
  }
  const unit = (
    code: string,
    kind: 'team' | 'group' | 'dispatch' | 'function_group' | 'task_force',
    extra = {},
  ) => db.unit.create({ data: { code, name: code, kind, ...extra } });
  const team = await unit('T1', 'team', { leadCadreId: cadre.teamHead });
  const group = await unit('G1', 'group', { parentId: team.id, leadCadreId: cadre.groupHead });
  const dispatch = await unit('DISPATCH', 'dispatch', {
    slackChannelId: DISPATCH_CHANNEL,
    leadCadreId: cadre.dispatch1,
  });
  const fg1 = await unit('FG1', 'function_group', { leadCadreId: cadre.fg1Lead });
  const fg2 = await unit('FG2', 'function_group', { leadCadreId: cadre.fg2Lead });
  const taskForce = await unit('TF1', 'task_force');
  await db.membership.createMany({
    data: [
      { unitId: group.id, cadreId: cadre.cadreA },
      { unitId: group.id, cadreId: cadre.cadreB },
      { unitId: team.id, cadreId: cadre.leader },
      { unitId: dispatch.id, cadreId: cadre.dispatch1 },
      { unitId: dispatch.id, cadreId: cadre.dispatch2 },
      { unitId: fg1.id, cadreId: cadre.fg1Member },
      { unitId: fg2.id, cadreId: cadre.fg2Member },
    ],
  });
  const enterprise = await db.enterprise.create({
    data: {
      name: '长春市春城热力有限公司',
      shortName: '春城热力',
      creditCode: '91220101MA0000001X',
      cadreId: cadre.cadreA,
      searchGrams: searchGrams(['长春市春城热力有限公司', '春城热力', '91220101MA0000001X']),
    },
  });
  const project = await db.project.create({
    data: {
      code: 'P1',
      name: '南关区供热管网改造',
      taskForceId: taskForce.id,
      amountYuan: '150000000',
      status: 'started',
    },
  });
  return {
    cadre,
    unit: {
      team: team.id,
      group: group.id,
      dispatch: dispatch.id,
      fg1: fg1.id,
      fg2: fg2.id,
      taskForce: taskForce.id,
    },
    enterpriseId: enterprise.id,
    projectId: project.id,
  };
}

/** Row counts of everything a move may write: a refusal must leave them all unchanged. */
export async function writeCounts(db: Db) {
  const [issues, events, outbox, plans, feedback, extensions, processed] = await Promise.all([
    db.issue.count(),
    db.issueEvent.count(),
    db.outboxMessage.count(),
    db.planStep.count(),
    db.feedback.count(),
    db.extensionRequest.count(),
    db.processedRequest.count(),
  ]);
  return { issues, events, outbox, plans, feedback, extensions, processed };
}
