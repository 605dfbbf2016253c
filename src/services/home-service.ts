// The App Home's reads (issue "Cadres' flows in Slack", point 7): for every cadre their issues,
// enterprises and visits; for dispatch the triage queue; for leaders and observers the district's
// headline figures. A person with several roles gets the lists of each. Every list is paged.
import { type LocalDate, localDateOf, localMinutesOf } from '../calendar/index.ts';
import type { CadreRank, Role } from '../domain/org/people.ts';
import {
  type EnterpriseRow,
  enterprisesWithLastVisit,
  type FoundIssueRow,
  foundAwaitingFeedback,
  type OwnedIssueRow,
  ownedIssues,
  recentVisits,
  type VisitRow,
} from '../persistence/home/cadre-lists.ts';
import {
  type ExtensionRow,
  pendingExtensions,
  type QueueRow,
  triageQueue,
} from '../persistence/home/dispatch-lists.ts';
import { type HeadlineFigures, headlineFigures } from '../persistence/home/figures.ts';
import { markHomeOpened } from '../persistence/home/home-viewers.ts';
import type { Page } from '../persistence/home/paged.ts';
import type { Db } from '../persistence/prisma.ts';

export type { EnterpriseRow, ExtensionRow, HeadlineFigures, Page, VisitRow };

/** Items per page of each list, chosen so that every section at once stays far below 100 blocks. */
export const HOME_PAGE_SIZES = {
  owned: 10,
  found: 5,
  enterprises: 10,
  visits: 5,
  queue: 10,
  extensions: 5,
} as const;

export type HomeList = keyof typeof HOME_PAGE_SIZES;
export const HOME_LISTS = Object.keys(HOME_PAGE_SIZES) as HomeList[];
/** The page (0-based) shown of each list. */
export type HomePages = Record<HomeList, number>;
export const FIRST_PAGES: HomePages = {
  owned: 0,
  found: 0,
  enterprises: 0,
  visits: 0,
  queue: 0,
  extensions: 0,
};

export interface OwnedIssue extends OwnedIssueRow {
  overdue: boolean;
}

export interface FoundIssue extends Omit<FoundIssueRow, 'resolvedAt'> {
  /** The local date it was resolved. */
  resolvedOn: LocalDate | null;
}

export interface QueueItem extends Omit<QueueRow, 'queuedAt'> {
  queuedOn: LocalDate | null;
}

export interface HomeViewer {
  id: number;
  name: string;
  rank: CadreRank;
  roles: readonly Role[];
}

export interface HomeModel {
  viewerName: string;
  today: LocalDate;
  /** When the Home was drawn, on the district's clock. */
  generatedAt: { date: LocalDate; time: string; timeZone: string };
  cadre: {
    owned: Page<OwnedIssue>;
    found: Page<FoundIssue>;
    enterprises: Page<EnterpriseRow>;
    visits: Page<VisitRow>;
  };
  /** Only for the dispatch room's staff. */
  dispatch: { queue: Page<QueueItem>; extensions: Page<ExtensionRow> } | null;
  /** Only for district leaders, observers and supervision. */
  figures: HeadlineFigures | null;
}

export const isDispatch = (viewer: Pick<HomeViewer, 'roles'>): boolean => viewer.roles.includes('dispatch');

export const seesFigures = (viewer: Pick<HomeViewer, 'rank' | 'roles'>): boolean =>
  viewer.rank === 'district_leader' ||
  viewer.roles.includes('observer') ||
  viewer.roles.includes('supervision');

function clockTime(instant: Date, timeZone: string): string {
  const minutes = localMinutesOf(instant, timeZone);
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

export interface HomeServiceDeps {
  db: Db;
  clock: () => Date;
  timeZone: string;
}

export function createHomeService(deps: HomeServiceDeps) {
  const { db, timeZone } = deps;
  const localDate = (instant: Date | null) => (instant === null ? null : localDateOf(instant, timeZone));

  return {
    async build(viewer: HomeViewer, pages: HomePages = FIRST_PAGES): Promise<HomeModel> {
      const now = deps.clock();
      const today = localDateOf(now, timeZone);
      const size = HOME_PAGE_SIZES;
      const [owned, found, enterprises, visits, dispatch, figures] = await Promise.all([
        ownedIssues(db, viewer.id, today, pages.owned, size.owned),
        foundAwaitingFeedback(db, viewer.id, pages.found, size.found),
        enterprisesWithLastVisit(db, viewer.id, pages.enterprises, size.enterprises),
        recentVisits(db, viewer.id, pages.visits, size.visits),
        isDispatch(viewer)
          ? Promise.all([
              triageQueue(db, pages.queue, size.queue),
              pendingExtensions(db, pages.extensions, size.extensions),
            ])
          : null,
        seesFigures(viewer) ? headlineFigures(db, today) : null,
      ]);
      return {
        viewerName: viewer.name,
        today,
        generatedAt: { date: today, time: clockTime(now, timeZone), timeZone },
        cadre: {
          owned: {
            ...owned,
            items: owned.items.map((i) => ({ ...i, overdue: i.dueDate !== null && i.dueDate < today })),
          },
          found: {
            ...found,
            items: found.items.map(({ resolvedAt, ...i }) => ({ ...i, resolvedOn: localDate(resolvedAt) })),
          },
          enterprises,
          visits,
        },
        dispatch: dispatch && {
          queue: {
            ...dispatch[0],
            items: dispatch[0].items.map(({ queuedAt, ...i }) => ({ ...i, queuedOn: localDate(queuedAt) })),
          },
          extensions: dispatch[1],
        },
        figures,
      };
    },

    /** The cadre opened their Home: from now on it is redrawn after changes that touch it. */
    noteOpened(cadreId: number): Promise<void> {
      return markHomeOpened(db, cadreId, deps.clock());
    },
  };
}

export type HomeService = ReturnType<typeof createHomeService>;
