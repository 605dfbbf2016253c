import { describe, expect, it } from 'vitest';
import { FIRST_PAGES, HOME_LISTS } from '../../../src/services/home-service.ts';
import { decodePages, encodePages, MAX_PAGE, withPage } from '../../../src/slack/views/home/page-state.ts';
import {
  hasNextPage,
  hasPreviousPage,
  listHeader,
  pageRange,
  pagingBlock,
} from '../../../src/slack/views/home/paging.ts';

const shape = (pageIndex: number, shown: number, total: number, pageSize = 10) => ({
  page: pageIndex,
  pageSize,
  total,
  items: Array.from({ length: shown }),
});

describe('paging math', () => {
  it.each([
    { p: shape(0, 0, 0), range: { from: 0, to: 0 }, next: false, prev: false },
    { p: shape(0, 7, 7), range: { from: 1, to: 7 }, next: false, prev: false },
    { p: shape(0, 10, 10), range: { from: 1, to: 10 }, next: false, prev: false },
    { p: shape(0, 10, 11), range: { from: 1, to: 10 }, next: true, prev: false },
    { p: shape(1, 1, 11), range: { from: 11, to: 11 }, next: false, prev: true },
    { p: shape(29, 10, 300), range: { from: 291, to: 300 }, next: false, prev: true },
    { p: shape(3, 5, 300, 5), range: { from: 16, to: 20 }, next: true, prev: true },
  ])('page $p.page of $p.total by $p.pageSize', ({ p, range, next, prev }) => {
    expect(pageRange(p)).toEqual(range);
    expect(hasNextPage(p)).toBe(next);
    expect(hasPreviousPage(p)).toBe(prev);
  });

  it('titles a list with its count, and with the range once it spans pages', () => {
    expect(listHeader('en', 'home.owned.title', shape(0, 3, 3))).toMatchObject({
      text: { text: 'Open issues you own (3)' },
    });
    expect(listHeader('en', 'home.owned.title', shape(1, 10, 25))).toMatchObject({
      text: { text: 'Open issues you own (11–20 of 25)' },
    });
    expect(listHeader('zh-CN', 'home.owned.title', shape(2, 5, 25))).toMatchObject({
      text: { text: '我负责的未办结问题（第 21–25 条，共 25 条）' },
    });
  });

  it('draws no paging block for a list on one page', () => {
    expect(pagingBlock('en', 'owned', shape(0, 10, 10), FIRST_PAGES)).toBeNull();
    expect(pagingBlock('en', 'owned', shape(0, 10, 11), FIRST_PAGES)).toMatchObject({
      type: 'actions',
      block_id: 'home.paging.owned',
      elements: [{ action_id: 'home.page.next', text: { text: 'More' }, value: '1.0.0.0.0.0' }],
    });
  });
});

describe('page state in button values', () => {
  it('round-trips', () => {
    const pages = { owned: 3, found: 0, enterprises: 12, visits: 1, queue: 0, extensions: 9999 };
    expect(encodePages(pages)).toBe('3.0.12.1.0.9999');
    expect(decodePages(encodePages(pages))).toEqual(pages);
    expect(HOME_LISTS).toHaveLength(6);
  });

  it.each([
    undefined,
    '',
    'x',
    '1.2.3',
    '1.2.3.4.5.6.7',
    '-1.0.0.0.0.0',
    '1.0.0.0.0.0x',
    '99999.0.0.0.0.0',
    '1e3.0.0.0.0.0',
  ])('reads %j, which Slack should never send back, as the first pages', (value) => {
    expect(decodePages(value)).toEqual(FIRST_PAGES);
  });

  it('keeps page numbers within bounds', () => {
    expect(withPage(FIRST_PAGES, 'owned', -1).owned).toBe(0);
    expect(withPage(FIRST_PAGES, 'owned', MAX_PAGE + 5).owned).toBe(MAX_PAGE);
  });
});
