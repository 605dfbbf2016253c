// The organisation of the report: a leadership group, 28 district leaders, 4 task forces, a dispatch
// room, 7 function groups, 63 service teams with 192 service groups, a supervision group; 540 cadres.
//
// Who is who in the data: a unit's lead is the cadre who owns it (the team head 包队 of a team,
// the group head 包组 of a group, a function group's lead); the district leader who leads (带队) a
// team is a member of that team with rank district_leader. The city liaison who tracks problems sent
// to the city is a dispatch-room member with the dispatch role (the deputy-division one), like the
// other dispatch staff: the schema has no separate mark for it.
import type { CadreRank, CadreRecord, Role, UnitKind, UnitRecord } from '../../domain/directory/records.ts';
import { chineseNumeral } from './chinese-numerals.ts';
import { distinctPersonNames, distinctSlackUserIds } from './person-names.ts';
import { createRandom } from './prng.ts';

export const DEMO_COUNTS = {
  districtLeaders: 28,
  teams: 63,
  groups: 192,
  functionGroups: 7,
  cadres: 540,
} as const;

export const TASK_FORCES = [
  { code: 'TF-01', name: '现代服务业项目专班', theme: 'modern_services' },
  { code: 'TF-02', name: '招商引资项目专班', theme: 'investment' },
  { code: 'TF-03', name: '战略性新兴产业项目专班', theme: 'emerging_industries' },
  { code: 'TF-04', name: '基础设施项目专班', theme: 'infrastructure' },
] as const;

/** One per issue category but "other", which the dispatch room keeps. */
const FUNCTION_GROUPS = [
  ['FG-01', '金融服务组'],
  ['FG-02', '规划用地服务组'],
  ['FG-03', '审批服务组'],
  ['FG-04', '水电气暖保障组'],
  ['FG-05', '用工服务组'],
  ['FG-06', '政策兑现服务组'],
  ['FG-07', '市场开拓服务组'],
] as const;

export interface DemoOrganisation {
  units: UnitRecord[];
  cadres: CadreRecord[];
  /** Team heads, group heads and group members: the cadres enterprises are assigned to. */
  teamCadreCodes: string[];
  /** Task force code → codes of its district leaders (the first leads it). */
  taskForceLeaders: Map<string, string[]>;
}

export function demoOrganisation(): DemoOrganisation {
  const random = createRandom('zhuqi-demo/organisation');
  const names = distinctPersonNames(random, DEMO_COUNTS.cadres);
  const slackIds = distinctSlackUserIds(random, DEMO_COUNTS.cadres);
  const units: UnitRecord[] = [];
  const cadres: CadreRecord[] = [];

  const unit = (code: string, name: string, kind: UnitKind, parentCode: string | null) => {
    const record: UnitRecord = { code, name, kind, parentCode, leadCadreCode: null };
    units.push(record);
    return record;
  };
  const cadre = (rank: CadreRank, unitCodes: string[], roles: Role[] = []) => {
    const index = cadres.length;
    const code = `C${String(index + 1).padStart(4, '0')}`;
    const name = names[index] as string;
    cadres.push({ code, name, slackUserId: slackIds[index] as string, rank, unitCodes, roles });
    return code;
  };

  const leadership = unit('LEAD', '南关区助企行动领导小组', 'leadership', null);
  const taskForces = TASK_FORCES.map((tf) => unit(tf.code, tf.name, 'task_force', leadership.code));
  const teams = Array.from({ length: DEMO_COUNTS.teams }, (_, i) =>
    unit(
      `T${String(i + 1).padStart(2, '0')}`,
      `助企服务第${chineseNumeral(i + 1)}队`,
      'team',
      leadership.code,
    ),
  );
  // 192 = 63 × 3 + 3: the first three teams have a fourth group.
  const groups = teams.flatMap((team, t) =>
    Array.from({ length: t < 3 ? 4 : 3 }, (_, g) =>
      unit(`${team.code}-G${g + 1}`, `${team.name}第${chineseNumeral(g + 1)}组`, 'group', team.code),
    ),
  );
  const dispatch = unit('DISPATCH', '助企行动调度室', 'dispatch', leadership.code);
  const functionGroups = FUNCTION_GROUPS.map(([code, name]) =>
    unit(code, name, 'function_group', leadership.code),
  );
  const supervision = unit('SUPERVISION', '区委办区政府办联合督查组', 'supervision', leadership.code);

  // District leaders: seven to a task force; team t is led by leader t mod 28.
  const leaders = Array.from({ length: DEMO_COUNTS.districtLeaders }, (_, i) => {
    const taskForce = taskForces[Math.floor(i / 7)] as UnitRecord;
    const ledTeams = teams.filter((_, t) => t % DEMO_COUNTS.districtLeaders === i).map((team) => team.code);
    return cadre('district_leader', [leadership.code, taskForce.code, ...ledTeams], ['observer']);
  });
  leadership.leadCadreCode = leaders[0] as string;
  const taskForceLeaders = new Map(
    taskForces.map((tf, i) => [tf.code, leaders.slice(i * 7, i * 7 + 7)] as [string, string[]]),
  );
  for (const tf of taskForces) tf.leadCadreCode = (taskForceLeaders.get(tf.code) as string[])[0] as string;

  const teamCadreCodes: string[] = [];
  for (const team of teams) {
    team.leadCadreCode = cadre('division', [team.code]);
    teamCadreCodes.push(team.leadCadreCode);
  }
  for (const group of groups) {
    group.leadCadreCode = cadre('deputy_division', [group.code]);
    teamCadreCodes.push(group.leadCadreCode);
  }
  for (const fg of functionGroups) {
    fg.leadCadreCode = cadre('division', [fg.code]);
    cadre('staff', [fg.code]);
    cadre('staff', [fg.code]);
  }
  dispatch.leadCadreCode = cadre('division', [dispatch.code], ['dispatch']);
  for (let i = 0; i < 3; i++) cadre('staff', [dispatch.code], ['dispatch']);
  cadre('deputy_division', [dispatch.code], ['dispatch']); // the city liaison
  cadre('staff', [dispatch.code], ['admin']);
  supervision.leadCadreCode = cadre('division', [supervision.code], ['supervision']);
  cadre('staff', [supervision.code], ['supervision']);
  cadre('staff', [supervision.code], ['supervision']);

  // Everyone left is a member of a service group, spread evenly.
  for (let i = 0; cadres.length < DEMO_COUNTS.cadres; i++) {
    teamCadreCodes.push(cadre('staff', [(groups[i % groups.length] as UnitRecord).code]));
  }
  return { units, cadres, teamCadreCodes, taskForceLeaders };
}
