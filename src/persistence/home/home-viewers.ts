// Whose Homes a `home.refresh` message redraws, as the Home needs them: the cadres it names, the
// cadres assigned to the firms it names, and with `dispatch` the dispatch room's staff. Only active
// cadres with a Slack account: nobody else has a Home of ours.
import type { CadreRank, Role } from '../../domain/org/people.ts';
import type { Db } from '../prisma.ts';

export interface HomeViewerRow {
  id: number;
  name: string;
  rank: CadreRank;
  roles: Role[];
  slackUserId: string;
  locale: string | null;
}

export async function homeViewers(
  db: Db,
  which: { cadreIds: readonly number[]; enterpriseIds: readonly number[]; dispatch: boolean },
): Promise<HomeViewerRow[]> {
  const rows = await db.cadre.findMany({
    where: {
      active: true,
      slackUserId: { not: null },
      OR: [
        { id: { in: [...which.cadreIds] } },
        { enterprises: { some: { id: { in: [...which.enterpriseIds] } } } },
        ...(which.dispatch ? [{ roles: { has: 'dispatch' as const } }] : []),
      ],
    },
    select: { id: true, name: true, rank: true, roles: true, slackUserId: true, locale: true },
    orderBy: { id: 'asc' },
  });
  return rows.map((r) => ({ ...r, slackUserId: r.slackUserId as string }));
}
