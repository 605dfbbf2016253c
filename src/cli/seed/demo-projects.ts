import type { ProjectRecord, ProjectStatus } from '../../domain/directory/records.ts';
import type { TASK_FORCES } from './demo-organisation.ts';
import { createRandom, type Random } from './prng.ts';

/** The report's figures: 74 key projects, 50 of 100 million yuan or more, 34 of those started or resumed. */
export const DEMO_PROJECTS = { total: 74, large: 50, largeUnderWay: 34 } as const;
const PROJECTS_PER_TASK_FORCE = [20, 22, 18, 14] as const;
const HUNDRED_MILLION = 100_000_000;

type Theme = (typeof TASK_FORCES)[number]['theme'];

const PLACES = [
  '南关',
  '南湖',
  '伊通河',
  '净月',
  '长春',
  '永吉',
  '曙光',
  '东岭',
  '亚泰',
  '民康',
  '全安',
  '幸福',
];
const SUBJECTS: Record<Theme, readonly string[]> = {
  modern_services: [
    '商业综合体',
    '金融商务中心',
    '文旅街区',
    '养老服务中心',
    '总部大厦',
    '星级酒店',
    '会展中心',
  ],
  investment: [
    '电商产业园',
    '区域总部基地',
    '冷链物流园',
    '汽车后市场产业园',
    '跨境贸易中心',
    '科创孵化基地',
  ],
  emerging_industries: [
    '生物医药产业园',
    '光电子产业园',
    '大数据中心',
    '智能制造基地',
    '新材料研发中心',
    '氢能装备基地',
  ],
  infrastructure: [
    '道路改造工程',
    '供热管网改造工程',
    '棚户区改造工程',
    '污水处理厂扩建工程',
    '地下综合管廊',
    '立体停车场',
  ],
};

function amount(random: Random, large: boolean): string {
  const yuan = large
    ? random.int(1, 48) * HUNDRED_MILLION + random.int(0, 99) * 1_000_000
    : random.int(8, 99) * 1_000_000;
  return String(yuan);
}

/** Statuses for the 74 slots: the 50 large ones first, so the report's counts hold exactly. */
function statuses(random: Random): { large: boolean; status: ProjectStatus }[] {
  const slots: { large: boolean; status: ProjectStatus }[] = [];
  for (let i = 0; i < DEMO_PROJECTS.large; i++) {
    const underWay = i < DEMO_PROJECTS.largeUnderWay;
    const status: ProjectStatus = underWay
      ? i < 22
        ? 'started'
        : 'resumed'
      : random.pick(['planned', 'under_construction', 'completed'] as const);
    slots.push({ large: true, status });
  }
  while (slots.length < DEMO_PROJECTS.total) {
    slots.push({
      large: false,
      status: random.pick(['planned', 'under_construction', 'started', 'completed'] as const),
    });
  }
  return random.shuffle(slots);
}

export function demoProjects(
  taskForces: typeof TASK_FORCES,
  taskForceLeaders: ReadonlyMap<string, readonly string[]>,
): ProjectRecord[] {
  const random = createRandom('zhuqi-demo/projects');
  const slots = statuses(random);
  const names = new Set<string>();
  const projects: ProjectRecord[] = [];
  taskForces.forEach((taskForce, t) => {
    const leaders = taskForceLeaders.get(taskForce.code) ?? [];
    for (let i = 0; i < (PROJECTS_PER_TASK_FORCE[t] ?? 0); i++) {
      let name: string;
      do name = `${random.pick(PLACES)}${random.pick(SUBJECTS[taskForce.theme])}项目`;
      while (names.has(name));
      names.add(name);
      const slot = slots[projects.length] as { large: boolean; status: ProjectStatus };
      projects.push({
        code: `XM-${String(projects.length + 1).padStart(3, '0')}`,
        name,
        taskForceCode: taskForce.code,
        amountYuan: amount(random, slot.large),
        status: slot.status,
        leadCadreCode: leaders.length > 0 ? random.pick(leaders) : null,
      });
    }
  });
  return projects;
}
