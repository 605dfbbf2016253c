// Exactly-once for Slack deliveries: a retried request (X-Slack-Retry-Num) or a double click on
// Submit carries the same key; the first transaction to record the key wins, the others replay its result.
import type { Prisma } from '../generated/prisma/client.ts';
import { type Db, isUniqueViolation, type Tx } from './prisma.ts';

export type Once<T> = { replayed: false; result: T } | { replayed: true; result: T };

/**
 * Runs `work` in a transaction that also records `key`; if the key was already recorded (before or
 * concurrently), nothing is written and the first run's result is returned instead.
 */
export async function once<T extends Prisma.InputJsonValue>(
  db: Db,
  key: string,
  work: (tx: Tx) => Promise<T>,
): Promise<Once<T>> {
  const earlier = await db.processedRequest.findUnique({ where: { key } });
  if (earlier) return { replayed: true, result: earlier.result as T };
  try {
    const result = await db.$transaction(async (tx) => {
      const value = await work(tx);
      await tx.processedRequest.create({ data: { key, result: value } });
      return value;
    });
    return { replayed: false, result };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const winner = await db.processedRequest.findUnique({ where: { key } });
    if (!winner) throw error;
    return { replayed: true, result: winner.result as T };
  }
}
