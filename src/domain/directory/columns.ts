// The columns of each directory file, by their English key and the Chinese headers accepted for it.
// Every column must be present (a blank cell means "empty"): a file that merely lacks a column would
// otherwise clear that field on every row it updates.
import type { DirectoryKind } from './records.ts';

export interface ColumnSpec {
  key: string;
  /** Chinese headers, the first being the one templates use. */
  chinese: readonly string[];
}

export const COLUMNS: Record<DirectoryKind, readonly ColumnSpec[]> = {
  units: [
    { key: 'code', chinese: ['编码', '单位编码'] },
    { key: 'name', chinese: ['名称', '单位名称'] },
    { key: 'kind', chinese: ['类型', '单位类型'] },
    { key: 'parent_code', chinese: ['上级编码', '上级单位编码'] },
    { key: 'lead_cadre_code', chinese: ['负责人编码'] },
  ],
  cadres: [
    { key: 'code', chinese: ['编码', '干部编码'] },
    { key: 'name', chinese: ['姓名'] },
    { key: 'slack_user_id', chinese: ['Slack用户ID', 'Slack ID'] },
    { key: 'rank', chinese: ['职级'] },
    { key: 'unit_codes', chinese: ['单位编码', '所属单位编码'] },
    { key: 'roles', chinese: ['角色'] },
  ],
  enterprises: [
    { key: 'credit_code', chinese: ['统一社会信用代码', '信用代码'] },
    { key: 'name', chinese: ['企业名称', '名称'] },
    { key: 'short_name', chinese: ['简称', '企业简称'] },
    { key: 'address', chinese: ['地址', '注册地址'] },
    { key: 'industry', chinese: ['行业', '所属行业'] },
    { key: 'above_scale', chinese: ['规上企业', '是否规上'] },
    { key: 'cadre_code', chinese: ['包保干部编码', '干部编码'] },
  ],
  projects: [
    { key: 'code', chinese: ['编码', '项目编码'] },
    { key: 'name', chinese: ['名称', '项目名称'] },
    { key: 'task_force_code', chinese: ['专班编码'] },
    { key: 'amount_yuan', chinese: ['投资额（元）', '总投资（元）', '金额（元）'] },
    { key: 'status', chinese: ['状态', '建设状态'] },
    { key: 'lead_cadre_code', chinese: ['负责人编码'] },
  ],
  policies: [
    { key: 'code', chinese: ['编码', '政策编码'] },
    { key: 'title', chinese: ['标题', '政策名称'] },
    { key: 'issuer', chinese: ['发布机关', '发文机关'] },
    { key: 'summary', chinese: ['摘要'] },
    { key: 'url', chinese: ['链接', '网址'] },
    { key: 'tags', chinese: ['标签'] },
  ],
};

/**
 * Headers compare without case, spaces, underscores, hyphens, a leading BOM or a required-field
 * asterisk, and with full-width forms folded (投资额(元) = 投资额（元）, Ｓｌａｃｋ = Slack).
 */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKC')
    .replace(/^\uFEFF/, '')
    .toLowerCase()
    .replace(/[\s_*-]+/g, '');
}

export interface HeaderMapping {
  /** Column key → index of its cell in each row. */
  indexOf: Record<string, number>;
  /** Headers that name no column: ignored (a sequence-number column 序号, notes). */
  ignored: string[];
}

export type HeaderResult = { ok: true; mapping: HeaderMapping } | { ok: false; problem: string };

export function mapHeaders(kind: DirectoryKind, headers: readonly string[]): HeaderResult {
  const keyByHeader = new Map<string, string>();
  for (const column of COLUMNS[kind]) {
    for (const name of [column.key, ...column.chinese]) keyByHeader.set(normaliseHeader(name), column.key);
  }
  const indexOf: Record<string, number> = {};
  const ignored: string[] = [];
  const repeated: string[] = [];
  headers.forEach((header, index) => {
    const key = keyByHeader.get(normaliseHeader(header));
    if (key === undefined) {
      if (header.trim() !== '') ignored.push(header.trim());
    } else if (key in indexOf) {
      repeated.push(key);
    } else {
      indexOf[key] = index;
    }
  });
  const missing = COLUMNS[kind].filter((column) => !(column.key in indexOf));
  if (missing.length > 0) {
    const names = missing.map((c) => `${c.key} (${c.chinese[0]})`).join(', ');
    return { ok: false, problem: `missing column${missing.length > 1 ? 's' : ''}: ${names}` };
  }
  if (repeated.length > 0) return { ok: false, problem: `column given twice: ${repeated.join(', ')}` };
  return { ok: true, mapping: { indexOf, ignored } };
}

/** "code, name, kind, …" and "编码, 名称, 类型, …", for usage texts and templates. */
export function headerLine(kind: DirectoryKind, language: 'en' | 'zh'): string {
  return COLUMNS[kind].map((c) => (language === 'en' ? c.key : c.chinese[0])).join(', ');
}
