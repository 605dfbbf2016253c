// The issue service on real PostgreSQL: a raise and a move write the issue, one history row and the
// outbox rows in one transaction, exactly once per request key; racing moves cannot both win.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type AppServices, createServices } from '../../src/services/index.ts';
import { freshDatabase, type TestDatabase } from '../support/database.ts';

let db: TestDatabase;
let services: AppServices;
const ids = { team: 0, group: 0, dispatch: 0, head: 0, finder: 0, mate: 0, dispatcher: 0, enterprise: 0 };

// Thursday 2026-09-24, 10:00 in Shanghai: the Mid-Autumn holiday (Sep 25–27) follows.
const now = new Date('2026-09-24T02:00:00Z');

async function seedOrganisation(): Promise<void> {
  const p = db.prisma;
  const cadre = (code: string, rank: 'division' | 'deputy_division' | 'staff', roles: 'dispatch'[] = []) =>
    p.cadre.create({ data: { code, name: code, slackUserId: `U${code}`, rank, roles } });
  const head = await cadre('HEAD', 'deputy_division');
  const finder = await cadre('FINDER', 'staff');
  const mate = await cadre('MATE', 'staff');
  const dispatcher = await cadre('DISP', 'staff', ['dispatch']);
  const team = await p.unit.create({ data: { code: 'T1', name: 'team', kind: 'team' } });
  const group = await p.unit.create({
    data: { code: 'G1', name: 'group', kind: 'group', parentId: team.id, leadCadreId: head.id },
  });
  const dispatch = await p.unit.create({
    data: { code: 'D', name: 'dispatch', kind: 'dispatch', slackChannelId: 'CDISPATCH' },
  });
  await p.membership.createMany({
    data: [
      { unitId: group.id, cadreId: finder.id },
      { unitId: group.id, cadreId: mate.id },
      { unitId: dispatch.id, cadreId: dispatcher.id },
    ],
  });
  const enterprise = await p.enterprise.create({
    data: { name: '长春市春城热力有限公司', cadreId: finder.id },
  });
  Object.assign(ids, {
    team: team.id,
    group: group.id,
    dispatch: dispatch.id,
    head: head.id,
    finder: finder.id,
    mate: mate.id,
    dispatcher: dispatcher.id,
    enterprise: enterprise.id,
  });
}

async function actor(code: string) {
  const cadre = await services.org.findCadreBySlackUser(`U${code}`);
  if (!cadre) throw new Error(`no cadre ${code}`);
  return services.org.actorOf(cadre);
}

const details = {
  title: '供热管网改造审批',
  description: '需协调规划许可',
  category: 'approvals_permits',
  urgency: 'normal',
} as const;

beforeAll(async () => {
  db = await freshDatabase();
  services = createServices({ db: db.prisma, timeZone: 'Asia/Shanghai', clock: () => now, cacheMs: 0 });
});
beforeEach(async () => {
  await db.reset();
  await seedOrganisation();
});
afterAll(async () => db.close());

describe('organisation', () => {
  it('flattens the tree into the actor the rules need', async () => {
    const head = await actor('HEAD');
    expect(head.headOfGroupIds).toEqual([ids.group]);
    expect(head.groupIds).toEqual([ids.group]);
    expect(head.teamIds).toEqual([ids.team]);
    const finder = await actor('FINDER');
    expect(finder.groupIds).toEqual([ids.group]);
    expect(finder.teamIds).toEqual([ids.team]);
    expect(finder.headOfGroupIds).toEqual([]);
    expect((await actor('DISP')).roles).toEqual(['dispatch']);
  });
});

describe('issue service', () => {
  it('raises an issue kept at the group with its deadline counted in working days', async () => {
    await db.prisma.cadre.updateMany({ data: { homeOpenedAt: new Date() } }); // everyone has opened their Home
    const finder = await actor('FINDER');
    const mate = await services.org.memberOf(ids.mate);
    if (!mate) throw new Error('no member');
    const outcome = await services.issues.raise(finder, {
      subject: { enterpriseId: ids.enterprise },
      command: { move: 'keep', details, assignee: mate },
      key: 'raise-1',
    });
    const issue = await db.prisma.issue.findUniqueOrThrow({ where: { id: outcome.issueId } });
    expect(issue).toMatchObject({
      status: 'in_progress',
      level: 'self',
      ownerId: ids.mate,
      ownerUnitId: ids.group,
    });
    // Thursday + 5 working days, skipping Fri–Sun of Mid-Autumn: Mon 28, Tue 29, Wed 30, then the
    // National Day week (Oct 1–7) and Thu 8, Fri 9.
    expect(issue.dueDate?.toISOString().slice(0, 10)).toBe('2026-10-09');
    const events = await db.prisma.issueEvent.findMany({ where: { issueId: outcome.issueId } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      move: 'keep',
      fromStatus: null,
      toStatus: 'in_progress',
      actorId: ids.finder,
    });
    const outbox = await db.prisma.outboxMessage.findMany({ orderBy: { id: 'asc' } });
    expect(outbox.map((o) => o.topic)).toEqual(['issue.moved', 'issue.card', 'home.refresh']);
    expect(outbox[0]?.payload).toMatchObject({ issueId: outcome.issueId, recipientId: ids.mate });
    expect(outbox[2]?.payload).toEqual({
      cadreIds: [ids.finder, ids.mate],
      dispatch: false,
      enterpriseIds: [],
    });
  });

  it('replays a repeated request key without writing again', async () => {
    const finder = await actor('FINDER');
    const command = { move: 'hand_to_dispatch', details, reason: '超出本组职权' } as const;
    const first = await services.issues.raise(finder, {
      subject: { enterpriseId: ids.enterprise },
      command,
      key: 'k',
    });
    const again = await services.issues.raise(finder, {
      subject: { enterpriseId: ids.enterprise },
      command,
      key: 'k',
    });
    expect(again).toEqual({ ...first, replayed: true });
    expect(await db.prisma.issue.count()).toBe(1);
    expect(await db.prisma.issueEvent.count()).toBe(1);
    const topics = (await db.prisma.outboxMessage.findMany()).map((o) => o.topic).sort();
    // Nobody here has opened their Home: no redraw is asked for.
    expect(topics).toEqual(['issue.card', 'issue.dispatch']);
  });

  it('lets only one of two racing moves win and refuses a forbidden one without writing', async () => {
    const finder = await actor('FINDER');
    const self = await services.org.memberOf(ids.finder);
    if (!self) throw new Error('no member');
    const { issueId } = await services.issues.raise(finder, {
      subject: { enterpriseId: ids.enterprise },
      command: { move: 'keep', details, assignee: self },
      key: 'raise',
    });
    const stranger = await actor('DISP');
    await expect(
      services.issues.move(stranger, issueId, { move: 'resolve', note: '已办' }, 'x'),
    ).rejects.toMatchObject({
      code: 'forbidden',
    });
    const results = await Promise.allSettled([
      services.issues.move(finder, issueId, { move: 'resolve', note: '已协调解决' }, 'a'),
      services.issues.move(finder, issueId, { move: 'hand_to_dispatch', reason: '需区级协调' }, 'b'),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const events = await db.prisma.issueEvent.count({ where: { issueId } });
    expect(events).toBe(2);
    const issue = await db.prisma.issue.findUniqueOrThrow({ where: { id: issueId } });
    expect(issue.version).toBe(1);
  });
});
