import type { Db } from '../../src/persistence/prisma.ts';

/**
 * Forgets Slack deliveries old enough that Slack can no longer retry them, and visit submissions
 * settled that long ago (written, or handed back to the user). A pending submission is never
 * forgotten: it still waits for its write.
 */
export async function pruneProcessedRequests(
  db: Db,
  payload: { olderThanDays: number },
  now: Date,
): Promise<{ deleted: number; submissionsDeleted: number }> {
  const cutoff = new Date(now.getTime() - payload.olderThanDays * 86_400_000);
  const [requests, submissions] = await Promise.all([
    db.processedRequest.deleteMany({ where: { createdAt: { lt: cutoff } } }),
    db.visitSubmission.deleteMany({ where: { status: { not: 'pending' }, finishedAt: { lt: cutoff } } }),
  ]);
  return { deleted: requests.count, submissionsDeleted: submissions.count };
}
