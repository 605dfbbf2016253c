// Which page of each Home list is shown, carried in the paging buttons' values as "1.0.0.2.0.0" (one
// number per list, HOME_LISTS order). A click publishes exactly the state its button names, so the
// other lists stay where the user left them. Values come back from Slack: anything malformed or
// absurd means the first pages, never an error.
import { FIRST_PAGES, HOME_LISTS, type HomeList, type HomePages } from '../../../services/home-service.ts';

/** Far beyond any real list (10,000 pages); keeps a forged value from asking for a huge OFFSET. */
export const MAX_PAGE = 9999;

export function encodePages(pages: HomePages): string {
  return HOME_LISTS.map((list) => pages[list]).join('.');
}

export function decodePages(value: string | undefined): HomePages {
  const parts = value?.split('.') ?? [];
  if (parts.length !== HOME_LISTS.length || !parts.every((p) => /^\d{1,4}$/.test(p)))
    return { ...FIRST_PAGES };
  return Object.fromEntries(
    HOME_LISTS.map((list, i) => [list, Math.min(Number(parts[i]), MAX_PAGE)]),
  ) as HomePages;
}

export function withPage(pages: HomePages, list: HomeList, page: number): HomePages {
  return { ...pages, [list]: Math.max(0, Math.min(page, MAX_PAGE)) };
}
