// Visits with their companions and policies. Writes join the caller's transaction (the visit and the
// issues raised in it commit together); reads serve the form's checks.
import type { CheckedVisit, VisitMode } from '../../domain/visits/index.ts';
import { toDbDate } from '../dates.ts';
import type { Db, Tx } from '../prisma.ts';

export interface SameDayVisit {
  id: number;
  mode: VisitMode;
  summary: string;
  createdAt: Date;
}

export interface Companion {
  slackUserId: string;
  /** Set when the companion is in the cadre directory. */
  cadreId: number | null;
}

export function createVisitRepository(db: Db) {
  return {
    /** The companions, each with their cadre id when the directory knows their Slack account. */
    async companions(slackUserIds: readonly string[]): Promise<Companion[]> {
      if (slackUserIds.length === 0) return [];
      const cadres = await db.cadre.findMany({
        where: { slackUserId: { in: [...slackUserIds] } },
        select: { id: true, slackUserId: true },
      });
      const bySlack = new Map(cadres.map((c) => [c.slackUserId, c.id]));
      return slackUserIds.map((slackUserId) => ({ slackUserId, cadreId: bySlack.get(slackUserId) ?? null }));
    },
  };
}

export type VisitRepository = ReturnType<typeof createVisitRepository>;

export async function insertVisit(
  tx: Tx,
  input: {
    cadreId: number;
    visit: CheckedVisit;
    companions: readonly Companion[];
    idempotencyKey: string;
    at: Date;
  },
): Promise<number> {
  const { visit } = input;
  const row = await tx.visit.create({
    data: {
      enterpriseId: visit.enterpriseId,
      cadreId: input.cadreId,
      visitDate: toDbDate(visit.date),
      mode: visit.mode,
      summary: visit.summary,
      aboveScaleCandidate: visit.aboveScaleCandidate,
      investmentToCount: visit.investmentToCount,
      idempotencyKey: input.idempotencyKey,
      createdAt: input.at,
      companions: {
        create: input.companions.map((c) => ({ slackUserId: c.slackUserId, cadreId: c.cadreId })),
      },
      policies: { create: visit.policyIds.map((policyId) => ({ policyId })) },
    },
    select: { id: true },
  });
  return row.id;
}
