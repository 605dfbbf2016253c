// HomeModel builders for the view tests: full pages of the longest texts, or nothing at all.
import type { LocalDate } from '../../../src/calendar/index.ts';
import {
  HOME_PAGE_SIZES,
  type HomeList,
  type HomeModel,
  type Page,
} from '../../../src/services/home-service.ts';

const date = (d: string) => d as LocalDate;

export function page<T>(list: HomeList, items: T[], total = items.length, pageIndex = 0): Page<T> {
  return { items, page: pageIndex, pageSize: HOME_PAGE_SIZES[list], total };
}

const full = <T>(list: HomeList, make: (i: number) => T, total = 300): Page<T> =>
  page(
    list,
    Array.from({ length: HOME_PAGE_SIZES[list] }, (_, i) => make(i)),
    total,
  );

/** Every role, every list full, every text longer than it may be shown, with markup in all of them. */
export function worstCaseModel(filler = '长'): HomeModel {
  const long = (what: string) => `${what} <!channel> & <@U0BOSS0001> ${filler.repeat(5000)}`;
  return {
    viewerName: long('name'),
    today: date('2026-11-26'),
    generatedAt: { date: date('2026-11-26'), time: '10:00', timeZone: 'Asia/Shanghai' },
    cadre: {
      owned: full('owned', (i) => ({
        id: 100000 + i,
        title: long('title'),
        urgency: 'urgent' as const,
        status: 'deferred' as const,
        subject: long('subject'),
        dueDate: date('2026-11-20'),
        extensionPending: true,
        overdue: true,
      })),
      found: full('found', (i) => ({
        id: 200000 + i,
        title: long('title'),
        urgency: 'urgent' as const,
        subject: long('subject'),
        resolvedOn: date('2026-11-20'),
        ownerName: long('owner'),
      })),
      enterprises: full('enterprises', (i) => ({ id: i, name: long('firm'), lastOnSiteVisit: null })),
      visits: full('visits', (i) => ({
        id: i,
        enterpriseName: long('firm'),
        visitDate: date('2026-11-20'),
        mode: 'on_site' as const,
        summary: long('summary'),
      })),
    },
    dispatch: {
      queue: full('queue', (i) => ({
        id: 300000 + i,
        title: long('title'),
        urgency: 'urgent' as const,
        subject: long('subject'),
        level: 'function_group' as const,
        finderName: long('finder'),
        queuedOn: date('2026-11-20'),
        reason: long('reason'),
      })),
      extensions: full('extensions', (i) => ({
        id: i,
        issueId: 400000 + i,
        title: long('title'),
        requesterName: long('requester'),
        currentDue: date('2026-11-20'),
        requestedDue: date('2026-12-20'),
        reason: long('reason'),
      })),
    },
    figures: {
      assigned: 554,
      visitedOnSite: 554,
      collected: 175,
      resolvedOnSpot: 5,
      open: 161,
      overdue: 12,
      closed: 9,
    },
  };
}

/** A cadre with nothing yet, and no other role. */
export function emptyCadreModel(): HomeModel {
  return {
    viewerName: '王伟',
    today: date('2026-11-26'),
    generatedAt: { date: date('2026-11-26'), time: '10:00', timeZone: 'Asia/Shanghai' },
    cadre: {
      owned: page('owned', []),
      found: page('found', []),
      enterprises: page('enterprises', []),
      visits: page('visits', []),
    },
    dispatch: null,
    figures: null,
  };
}
