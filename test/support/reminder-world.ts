// A small district for the reminder tests: one team with two groups (a district leader leading it), a
// function group, the dispatch room, and issues written straight into the tables with the dates a test
// needs. Every cadre has a Slack account; `locale` decides the language of their reminders.
import type { LocalDate } from '../../src/calendar/index.ts';
import { toDbDate } from '../../src/persistence/dates.ts';
import type { Db } from '../../src/persistence/prisma.ts';

export const PEOPLE = {
  leadLeader: { code: 'L0', rank: 'district_leader', locale: 'zh-CN' },
  leader: { code: 'LEADER', rank: 'district_leader', locale: 'zh-CN' },
  teamHead: { code: 'TEAMHEAD', rank: 'division', locale: 'en-US' },
  groupHead: { code: 'GROUPHEAD', rank: 'deputy_division', locale: 'en-US' },
  owner: { code: 'OWNER', rank: 'staff', locale: 'zh-CN' },
  owner2: { code: 'OWNER2', rank: 'staff', locale: 'en-US' },
  finder: { code: 'FINDER', rank: 'staff', locale: 'en-US' },
  fgLead: { code: 'FGLEAD', rank: 'division', locale: 'en-US' },
  fgMember: { code: 'FGMEMBER', rank: 'staff', locale: 'en-US' },
  liaison: { code: 'LIAISON', rank: 'deputy_division', locale: 'en-US' },
  dispatchLead: { code: 'DISPLEAD', rank: 'division', locale: 'en-US' },
} as const;

export type Person = keyof typeof PEOPLE;

export interface ReminderWorld {
  cadre: Record<Person, number>;
  /** The Slack user id of each person: `U` + their code. */
  slack: Record<Person, string>;
  unit: { lead: number; team: number; group: number; group2: number; fg: number; dispatch: number };
  enterpriseId: number;
}

export const slackIdOf = (person: Person) => `U${PEOPLE[person].code}`;

export async function seedReminderWorld(db: Db): Promise<ReminderWorld> {
  const cadre = {} as Record<Person, number>;
  const slack = {} as Record<Person, string>;
  for (const [person, p] of Object.entries(PEOPLE) as [Person, (typeof PEOPLE)[Person]][]) {
    const row = await db.cadre.create({
      data: {
        code: p.code,
        name: `${p.code.toLowerCase()}`,
        slackUserId: slackIdOf(person),
        rank: p.rank,
        locale: p.locale,
      },
    });
    cadre[person] = row.id;
    slack[person] = slackIdOf(person);
  }
  const unit = async (
    code: string,
    kind: 'leadership' | 'team' | 'group' | 'function_group' | 'dispatch',
    lead: Person,
    parentId: number | null,
  ) => (await db.unit.create({ data: { code, name: code, kind, parentId, leadCadreId: cadre[lead] } })).id;
  const lead = await unit('LEAD', 'leadership', 'leadLeader', null);
  const team = await unit('T1', 'team', 'teamHead', lead);
  const group = await unit('T1-G1', 'group', 'groupHead', team);
  const group2 = await unit('T1-G2', 'group', 'teamHead', team);
  const fg = await unit('FG1', 'function_group', 'fgLead', lead);
  const dispatch = await unit('DISPATCH', 'dispatch', 'dispatchLead', lead);
  const member = (unitId: number, ...people: Person[]) => people.map((p) => ({ unitId, cadreId: cadre[p] }));
  await db.membership.createMany({
    data: [
      ...member(lead, 'leadLeader', 'leader'),
      ...member(team, 'teamHead', 'leader'),
      ...member(group, 'groupHead', 'owner', 'owner2', 'finder'),
      ...member(fg, 'fgLead', 'fgMember'),
      ...member(dispatch, 'dispatchLead', 'liaison'),
    ],
  });
  const enterprise = await db.enterprise.create({
    data: { name: '长春市春城热力有限公司', shortName: '春城热力' },
  });
  return { cadre, slack, unit: { lead, team, group, group2, fg, dispatch }, enterpriseId: enterprise.id };
}

export interface IssueSpec {
  title?: string;
  owner?: Person;
  finder?: Person;
  level?: 'self' | 'team' | 'function_group' | 'city';
  ownerUnit?: keyof ReminderWorld['unit'];
  status?: 'in_progress' | 'deferred' | 'resolved' | 'closed' | 'awaiting_dispatch';
  due?: LocalDate | null;
  /** A deferred issue's plan: the step dates, in order. */
  plan?: LocalDate[];
  /** When the issue was last moved (its one history row); default long ago. */
  movedAt?: Date;
  /** Null: the finder still owes the enterprise news of the last move. Default: told long ago. */
  enterpriseInformedAt?: Date | null;
}

const LONG_AGO = new Date('2026-01-05T02:00:00Z');

/** Writes an issue and one history row, as if raised and moved at `movedAt`. */
export async function addIssue(db: Db, world: ReminderWorld, spec: IssueSpec = {}): Promise<number> {
  const status = spec.status ?? 'in_progress';
  const movedAt = spec.movedAt ?? LONG_AGO;
  const issue = await db.issue.create({
    data: {
      enterpriseId: world.enterpriseId,
      title: spec.title ?? '供热管网改造审批',
      category: 'approvals_permits',
      finderId: world.cadre[spec.finder ?? 'finder'],
      ownerId: status === 'awaiting_dispatch' ? null : world.cadre[spec.owner ?? 'owner'],
      ownerUnitId: world.unit[spec.ownerUnit ?? 'group'],
      level: spec.level ?? 'self',
      status,
      dueDate: spec.due === undefined || spec.due === null ? null : toDbDate(spec.due),
      enterpriseInformedAt: spec.enterpriseInformedAt === undefined ? LONG_AGO : spec.enterpriseInformedAt,
      createdAt: movedAt,
    },
  });
  await db.issueEvent.create({
    data: {
      issueId: issue.id,
      actorId: world.cadre[spec.finder ?? 'finder'],
      at: movedAt,
      move: 'keep',
      toStatus: status,
    },
  });
  if (spec.plan) {
    await db.planStep.createMany({
      data: spec.plan.map((d, i) => ({
        issueId: issue.id,
        seq: i + 1,
        description: `step ${i + 1}`,
        dueDate: toDbDate(d),
      })),
    });
  }
  return issue.id;
}
