import { describe, expect, it } from 'vitest';
import { COLUMNS, headerLine, mapHeaders, normaliseHeader } from '../../../src/domain/directory/columns.ts';
import { DIRECTORY_KINDS } from '../../../src/domain/directory/records.ts';

describe('header mapping', () => {
  it.each(DIRECTORY_KINDS)('maps the English headers of %s', (kind) => {
    const headers = COLUMNS[kind].map((c) => c.key);
    const result = mapHeaders(kind, headers);
    expect(result).toEqual({
      ok: true,
      mapping: { indexOf: Object.fromEntries(headers.map((h, i) => [h, i])), ignored: [] },
    });
  });

  it.each(DIRECTORY_KINDS)('maps every Chinese header of %s', (kind) => {
    const longest = Math.max(...COLUMNS[kind].map((c) => c.chinese.length));
    for (let variant = 0; variant < longest; variant++) {
      const headers = COLUMNS[kind].map((c) => c.chinese[Math.min(variant, c.chinese.length - 1)] as string);
      const result = mapHeaders(kind, headers);
      expect(result.ok, headers.join(',')).toBe(true);
    }
  });

  it('maps the headers of the usage text in either language', () => {
    expect(headerLine('units', 'zh')).toBe('编码, 名称, 类型, 上级编码, 负责人编码');
    expect(mapHeaders('units', headerLine('units', 'zh').split(', ')).ok).toBe(true);
    expect(mapHeaders('units', headerLine('units', 'en').split(', ')).ok).toBe(true);
  });

  it('accepts any order, mixed languages, a BOM, case, spaces, asterisks and full-width brackets', () => {
    const result = mapHeaders('projects', [
      '\uFEFF项目编码',
      '  Name ',
      'Task Force Code',
      '投资额(元)*',
      'STATUS',
      '负责人编码',
    ]);
    expect(result).toEqual({
      ok: true,
      mapping: {
        indexOf: { code: 0, name: 1, task_force_code: 2, amount_yuan: 3, status: 4, lead_cadre_code: 5 },
        ignored: [],
      },
    });
  });

  it('ignores unknown columns and says which', () => {
    const result = mapHeaders('policies', ['序号', ...COLUMNS.policies.map((c) => c.key), '备注', '']);
    expect(result.ok && result.mapping.ignored).toEqual(['序号', '备注']);
    expect(result.ok && result.mapping.indexOf.code).toBe(1);
  });

  it('refuses a file that lacks a column, naming it in both languages', () => {
    expect(mapHeaders('units', ['code', 'name', 'kind'])).toEqual({
      ok: false,
      problem: 'missing columns: parent_code (上级编码), lead_cadre_code (负责人编码)',
    });
  });

  it('refuses a column given twice under two names', () => {
    const result = mapHeaders('units', ['code', '编码', 'name', 'kind', 'parent_code', 'lead_cadre_code']);
    expect(result).toEqual({ ok: false, problem: 'column given twice: code' });
  });

  it('normalises headers for comparison only', () => {
    expect(normaliseHeader('\uFEFF Credit_Code *')).toBe('creditcode');
    expect(normaliseHeader('Ｓｌａｃｋ用户ＩＤ')).toBe('slack用户id');
  });
});
