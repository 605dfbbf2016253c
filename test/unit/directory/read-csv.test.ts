import { describe, expect, it } from 'vitest';
import { decodeUtf8, FileFormatError, parseCsv } from '../../../src/cli/import/read-csv.ts';

describe('reading CSV', () => {
  it('drops a BOM and numbers rows as in the file, blank lines included', () => {
    const table = parseCsv('\uFEFF编码,名称\r\nA,甲\r\n\r\nB,"乙\n(two lines)"\r\nC,丙\r\n');
    expect(table.headers).toEqual(['编码', '名称']);
    expect(table.rows).toEqual([
      { row: 2, cells: ['A', '甲'] },
      { row: 4, cells: ['B', '乙\n(two lines)'] },
      { row: 5, cells: ['C', '丙'] },
    ]);
  });

  it('takes the first non-blank row as the header', () => {
    const table = parseCsv('\n,,\ncode,name\nA,a\n');
    expect(table.headers).toEqual(['code', 'name']);
    expect(table.rows).toEqual([{ row: 4, cells: ['A', 'a'] }]);
  });

  it('keeps short and long rows (the row parser reports what is missing)', () => {
    expect(parseCsv('a,b\n1\n1,2,3\n').rows.map((r) => r.cells)).toEqual([['1'], ['1', '2', '3']]);
  });

  it('refuses text that is not UTF-8, with the hint Excel users need', () => {
    const gbk = Uint8Array.from([0xb1, 0xe0, 0xc2, 0xeb]); // 编码 in GBK
    expect(() => decodeUtf8(gbk)).toThrow(FileFormatError);
    expect(() => decodeUtf8(gbk)).toThrow('CSV UTF-8');
  });

  it('refuses a broken quote', () => {
    expect(() => parseCsv('a,b\n"x,y\n')).toThrow(FileFormatError);
  });
});
