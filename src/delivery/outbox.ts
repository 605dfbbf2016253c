// Whatever a request must cause to be sent is written here, inside the request's own database
// transaction: the change and its messages commit together or not at all. A worker relays committed
// rows to BullMQ (./relay.ts), so a Redis outage while a user submits loses nothing.
//
//   await db.$transaction(async (tx) => {
//     await tx.issue.update(…);
//     await writeOutbox(tx, [outboxMessage('issue.moved', { issueId, recipientId }, `issue:${issueId}:…`)]);
//   });
//   void nudgeRelay(queues); // optional: relay now rather than at the next tick
import type { z } from 'zod';
import type { Prisma } from '../generated/prisma/client.ts';
import type { Tx } from '../persistence/prisma.ts';
import type { TopicDefinition } from './topics.ts';

export interface OutboxMessage {
  topic: string;
  payload: Prisma.InputJsonObject;
  /** Names the message: writing the same key twice stores it once (a retried request, a double submit). */
  dedupeKey: string;
  /** Not relayed before this instant (absent: at once). */
  availableAt?: Date;
}

export interface OutboxOptions {
  /** Send no earlier than this. */
  notBefore?: Date;
}

const MAX_KEY_LENGTH = 500;

/** A message for `topic`; with a topic definition the payload is checked against its schema now. */
export function outboxMessage<S extends z.ZodType>(
  topic: TopicDefinition<S>,
  payload: z.input<S> & Prisma.InputJsonObject,
  dedupeKey: string,
  options?: OutboxOptions,
): OutboxMessage;
export function outboxMessage(
  topic: string,
  payload: Prisma.InputJsonObject,
  dedupeKey: string,
  options?: OutboxOptions,
): OutboxMessage;
export function outboxMessage(
  topic: string | TopicDefinition,
  payload: Prisma.InputJsonObject,
  dedupeKey: string,
  options: OutboxOptions = {},
): OutboxMessage {
  if (dedupeKey === '' || dedupeKey.length > MAX_KEY_LENGTH) {
    throw new Error(`outbox dedupe key must be 1 to ${MAX_KEY_LENGTH} characters, got ${dedupeKey.length}`);
  }
  // A payload its handler would refuse is a bug of the writer: fail the request, not the delivery.
  if (typeof topic !== 'string') topic.payload.parse(payload);
  return {
    topic: typeof topic === 'string' ? topic : topic.name,
    payload,
    dedupeKey,
    ...(options.notBefore ? { availableAt: options.notBefore } : {}),
  };
}

/**
 * Stores messages as part of the caller's transaction. A key already stored is skipped, so a request
 * replayed after a crash writes each message once. Returns how many rows were new.
 */
export async function writeOutbox(tx: Tx, messages: readonly OutboxMessage[]): Promise<number> {
  if (messages.length === 0) return 0;
  const { count } = await tx.outboxMessage.createMany({
    data: messages.map((m) => ({
      topic: m.topic,
      payload: m.payload,
      dedupeKey: m.dedupeKey,
      ...(m.availableAt ? { availableAt: m.availableAt } : {}),
    })),
    skipDuplicates: true,
  });
  return count;
}
