// The App Home's own controls. Rows of issues carry the issue buttons of ids/issue-actions.ts instead,
// so the issue listeners handle them wherever they are clicked.
import type { HomeList } from '../../services/home-service.ts';

export const HOME_ACTIONS = {
  /** Next page of one list; the button's value is the whole page state to publish (page-state.ts). */
  next: 'home.page.next',
  /** Previous page of one list; same value format. */
  previous: 'home.page.previous',
} as const;

/** Matches both paging buttons, for one listener. */
export const HOME_PAGE_ACTION = /^home\.page\.(next|previous)$/;

/** The paging block of a list: block ids must be unique in a view, action ids only within a block. */
export const homePagingBlockId = (list: HomeList): string => `home.paging.${list}`;
