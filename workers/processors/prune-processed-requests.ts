import type { Db } from '../../src/persistence/prisma.ts';

/** Forgets Slack deliveries old enough that Slack can no longer retry them. */
export async function pruneProcessedRequests(
  db: Db,
  payload: { olderThanDays: number },
  now: Date,
): Promise<{ deleted: number }> {
  const cutoff = new Date(now.getTime() - payload.olderThanDays * 86_400_000);
  const { count } = await db.processedRequest.deleteMany({ where: { createdAt: { lt: cutoff } } });
  return { deleted: count };
}
