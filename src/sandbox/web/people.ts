// The people the sandbox lets you be: the cadre directory, grouped by the part each plays in the story.
import type { Db } from '../../persistence/prisma.ts';

export type PersonKind = 'leader' | 'dispatch' | 'group_head' | 'function_group' | 'cadre';

export interface Person {
  slackUserId: string;
  name: string;
  kind: PersonKind;
  /** The units the person belongs to, by name. */
  units: string[];
}

const ORDER: readonly PersonKind[] = ['cadre', 'group_head', 'dispatch', 'function_group', 'leader'];

export async function listPeople(db: Db): Promise<Person[]> {
  const cadres = await db.cadre.findMany({
    where: { active: true, slackUserId: { not: null } },
    select: {
      slackUserId: true,
      name: true,
      rank: true,
      roles: true,
      leads: { select: { kind: true } },
      memberships: { select: { unit: { select: { name: true, kind: true } } } },
    },
    orderBy: { code: 'asc' },
  });
  const people = cadres.map((c): Person => {
    const unitKinds = c.memberships.map((m) => m.unit.kind);
    let kind: PersonKind = 'cadre';
    if (c.rank === 'district_leader') kind = 'leader';
    else if (c.roles.includes('dispatch')) kind = 'dispatch';
    else if (c.leads.some((u) => u.kind === 'group')) kind = 'group_head';
    else if (unitKinds.includes('function_group')) kind = 'function_group';
    return {
      slackUserId: c.slackUserId as string,
      name: c.name,
      kind,
      units: c.memberships.map((m) => m.unit.name),
    };
  });
  return people.sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));
}
