import { Queue } from 'bullmq';
import { Redis, type RedisOptions } from 'ioredis';
import { QUEUE_NAMES, type QueueName } from './definitions.ts';

/**
 * BullMQ's blocking worker connections must retry forever (`maxRetriesPerRequest: null`);
 * queues used from a web request fail fast instead, so a Redis outage never hangs a Slack ack.
 */
export function createRedis(url: string, role: 'worker' | 'producer'): Redis {
  const options: RedisOptions =
    role === 'worker'
      ? { maxRetriesPerRequest: null }
      : { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2000 };
  return new Redis(url, options);
}

export type Queues = Record<QueueName, Queue>;

export function createQueues(connection: Redis, prefix: string): Queues {
  return Object.fromEntries(
    QUEUE_NAMES.map((name) => {
      const queue = new Queue(name, { connection, prefix });
      // The shared connection already reports Redis errors; without a listener BullMQ prints a stack
      // trace per queue on every reconnect attempt.
      queue.on('error', () => {});
      return [name, queue];
    }),
  ) as Queues;
}

export async function closeQueues(queues: Queues): Promise<void> {
  await Promise.all(Object.values(queues).map((q) => q.close()));
}
