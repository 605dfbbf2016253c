// "More" paging of the Home lists: the numbers (pure, unit-tested) and the blocks that show them.
import type { KnownBlock } from '@slack/types';
import { type Locale, type MessageKey, t } from '../../../i18n/index.ts';
import type { HomeList, HomePages, Page } from '../../../services/home-service.ts';
import { HOME_ACTIONS, homePagingBlockId } from '../../ids/home.ts';
import { encodePages, withPage } from './page-state.ts';

type PageShape = Pick<Page<unknown>, 'page' | 'pageSize' | 'total'> & { items: readonly unknown[] };

export const hasNextPage = (p: PageShape): boolean => (p.page + 1) * p.pageSize < p.total;
export const hasPreviousPage = (p: PageShape): boolean => p.page > 0;

/** 1-based positions of the shown items in the whole list ({from: 0, to: 0} when empty). */
export function pageRange(p: PageShape): { from: number; to: number } {
  if (p.items.length === 0) return { from: 0, to: 0 };
  const from = p.page * p.pageSize + 1;
  return { from, to: from + p.items.length - 1 };
}

/** "Open issues you own (12)", or "(11–20 of 300)" once the list needs more than one page. */
export function listHeader(locale: Locale, titleKey: MessageKey, p: PageShape): KnownBlock {
  const title = t(locale, titleKey);
  const paged = hasNextPage(p) || hasPreviousPage(p);
  const text = paged
    ? t(locale, 'home.count_paged', { title, ...pageRange(p), total: p.total })
    : t(locale, 'home.count', { title, total: p.total });
  return { type: 'header', text: { type: 'plain_text', text } };
}

/** Previous / More buttons under a list, or nothing when it fits on one page. */
export function pagingBlock(
  locale: Locale,
  list: HomeList,
  p: PageShape,
  pages: HomePages,
): KnownBlock | null {
  const buttons = [];
  if (hasPreviousPage(p)) {
    buttons.push({
      type: 'button' as const,
      action_id: HOME_ACTIONS.previous,
      text: { type: 'plain_text' as const, text: t(locale, 'home.previous') },
      value: encodePages(withPage(pages, list, p.page - 1)),
    });
  }
  if (hasNextPage(p)) {
    buttons.push({
      type: 'button' as const,
      action_id: HOME_ACTIONS.next,
      text: { type: 'plain_text' as const, text: t(locale, 'home.more') },
      value: encodePages(withPage(pages, list, p.page + 1)),
    });
  }
  if (buttons.length === 0) return null;
  return { type: 'actions', block_id: homePagingBlockId(list), elements: buttons };
}

/** Header, rows, paging: the frame every Home list shares. */
export function listSection(
  locale: Locale,
  options: { list: HomeList; titleKey: MessageKey; emptyKey: MessageKey; page: PageShape; pages: HomePages },
  rows: KnownBlock[],
): KnownBlock[] {
  const { list, titleKey, emptyKey, page, pages } = options;
  const blocks: KnownBlock[] = [listHeader(locale, titleKey, page)];
  if (page.items.length === 0) {
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: t(locale, emptyKey) }] });
  } else {
    blocks.push(...rows);
  }
  const paging = pagingBlock(locale, list, page, pages);
  if (paging) blocks.push(paging);
  blocks.push({ type: 'divider' });
  return blocks;
}
