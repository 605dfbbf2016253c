// Cadres and where they sit: the organisation tree flattened into the id lists the domain's Actor and
// Member need (src/domain/org/people.ts). A district leader who leads (带队) a team is a member of that
// team with rank district_leader; a team's or group's head is its lead.
import type { Actor, CadreRank, Member, Role, ServiceUnits } from '../../domain/org/people.ts';
import type { Db } from '../prisma.ts';

export interface CadreRecord {
  id: number;
  code: string;
  name: string;
  slackUserId: string | null;
  rank: CadreRank;
  roles: Role[];
  locale: string | null;
  active: boolean;
}

interface UnitFacts {
  id: number;
  kind: string;
  parentId: number | null;
}

interface Placement {
  member: UnitFacts[];
  led: UnitFacts[];
}

const cadreSelect = {
  id: true,
  code: true,
  name: true,
  slackUserId: true,
  rank: true,
  roles: true,
  locale: true,
  active: true,
} as const;

const ids = (units: UnitFacts[], kind: string) => units.filter((u) => u.kind === kind).map((u) => u.id);
const unique = (values: number[]) => [...new Set(values)].sort((a, b) => a - b);

function serviceUnits(p: Placement): ServiceUnits {
  const groups = [...p.member, ...p.led].filter((u) => u.kind === 'group');
  return {
    groupIds: unique(groups.map((g) => g.id)),
    // A group sits inside its team: a group's member belongs to the team too.
    teamIds: unique([
      ...ids(p.member, 'team'),
      ...ids(p.led, 'team'),
      ...groups.flatMap((g) => (g.parentId === null ? [] : [g.parentId])),
    ]),
  };
}

function toMember(cadre: CadreRecord, p: Placement): Member {
  return {
    cadreId: cadre.id,
    roles: cadre.roles,
    ...serviceUnits(p),
    functionGroupIds: unique([...ids(p.member, 'function_group'), ...ids(p.led, 'function_group')]),
  };
}

function toActor(cadre: CadreRecord, p: Placement): Actor {
  return {
    ...toMember(cadre, p),
    headOfGroupIds: unique(ids(p.led, 'group')),
    headOfTeamIds: unique(ids(p.led, 'team')),
    leadsTeamIds: cadre.rank === 'district_leader' ? unique(ids(p.member, 'team')) : [],
    leadsFunctionGroupIds: unique(ids(p.led, 'function_group')),
  };
}

export function createOrgRepository(db: Db) {
  async function placements(cadreIds: number[]): Promise<Map<number, Placement>> {
    const unitSelect = { id: true, kind: true, parentId: true } as const;
    const [memberships, led] = await Promise.all([
      db.membership.findMany({
        where: { cadreId: { in: cadreIds } },
        select: { cadreId: true, unit: { select: unitSelect } },
      }),
      db.unit.findMany({
        where: { leadCadreId: { in: cadreIds } },
        select: { ...unitSelect, leadCadreId: true },
      }),
    ]);
    const byCadre = new Map<number, Placement>(cadreIds.map((id) => [id, { member: [], led: [] }]));
    for (const m of memberships) byCadre.get(m.cadreId)?.member.push(m.unit);
    for (const u of led) if (u.leadCadreId !== null) byCadre.get(u.leadCadreId)?.led.push(u);
    return byCadre;
  }

  return {
    async findCadreBySlackUser(slackUserId: string): Promise<CadreRecord | null> {
      return db.cadre.findFirst({ where: { slackUserId, active: true }, select: cadreSelect });
    },

    async findCadres(cadreIds: number[]): Promise<CadreRecord[]> {
      return db.cadre.findMany({ where: { id: { in: cadreIds } }, select: cadreSelect });
    },

    async actorOf(cadre: CadreRecord): Promise<Actor> {
      const p = (await placements([cadre.id])).get(cadre.id) as Placement;
      return toActor(cadre, p);
    },

    async memberOf(cadreId: number): Promise<Member | null> {
      const [cadre] = await db.cadre.findMany({ where: { id: cadreId, active: true }, select: cadreSelect });
      if (!cadre) return null;
      const p = (await placements([cadre.id])).get(cadre.id) as Placement;
      return toMember(cadre, p);
    },

    /** Where each of these cadres sits on the service line (for an issue's finder and owner). */
    async serviceUnitsOf(cadreIds: number[]): Promise<Map<number, ServiceUnits>> {
      const byCadre = await placements(unique(cadreIds));
      return new Map([...byCadre].map(([id, p]) => [id, serviceUnits(p)]));
    },

    /** The dispatch room: its unit and its triage channel, when configured. */
    async dispatchRoom(): Promise<{
      id: number;
      slackChannelId: string | null;
      leadCadreId: number | null;
    } | null> {
      return db.unit.findFirst({
        where: { kind: 'dispatch' },
        orderBy: { id: 'asc' },
        select: { id: true, slackChannelId: true, leadCadreId: true },
      });
    },
  };
}

export type OrgRepository = ReturnType<typeof createOrgRepository>;
