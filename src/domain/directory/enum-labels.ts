// Spreadsheets kept by district offices say 服务队 or 在建, not `team` or `under_construction`:
// each enum value is accepted in English or by its Chinese label(s).
import type { CadreRank, ProjectStatus, Role, UnitKind } from './records.ts';

export const UNIT_KIND_LABELS: Record<UnitKind, readonly string[]> = {
  leadership: ['领导小组'],
  task_force: ['项目专班', '专班'],
  dispatch: ['调度室'],
  function_group: ['服务功能组', '功能组'],
  team: ['助企服务队', '服务队'],
  group: ['助企服务组', '服务组'],
  supervision: ['督查组', '督查'],
};

export const CADRE_RANK_LABELS: Record<CadreRank, readonly string[]> = {
  district_leader: ['区级领导', '区领导'],
  division: ['处级', '正处级'],
  deputy_division: ['副处级'],
  staff: ['科级及以下', '一般干部', '工作人员'],
};

export const ROLE_LABELS: Record<Role, readonly string[]> = {
  dispatch: ['调度'],
  admin: ['管理员'],
  observer: ['观察员'],
  supervision: ['督查'],
};

export const PROJECT_STATUS_LABELS: Record<ProjectStatus, readonly string[]> = {
  planned: ['谋划', '计划', '拟建'],
  under_construction: ['在建', '续建'],
  started: ['开工', '新开工'],
  resumed: ['复工'],
  completed: ['竣工', '完工'],
};

/** The enum value a cell names (English, any case, or a Chinese label), or undefined. */
export function parseEnumValue<T extends string>(
  raw: string,
  labels: Record<T, readonly string[]>,
): T | undefined {
  const text = raw.trim();
  const lower = text.toLowerCase().replace(/[\s-]+/g, '_');
  for (const [value, names] of Object.entries(labels) as [T, readonly string[]][]) {
    if (value === lower || names.includes(text)) return value;
  }
  return undefined;
}

/** "team, group" for error messages. */
export function enumValuesList<T extends string>(labels: Record<T, readonly string[]>): string {
  return Object.keys(labels).join(', ');
}
