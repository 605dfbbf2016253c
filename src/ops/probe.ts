import { Redis } from 'ioredis';
import pg from 'pg';

/** Connects once, with a short timeout; resolves with `ok` or the reason it failed. */
export async function probePostgres(url: string, timeoutMs = 2000): Promise<'ok' | string> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  try {
    await client.connect();
    await client.query('select 1');
    return 'ok';
  } catch (err) {
    return describe(err);
  } finally {
    await client.end().catch(() => {});
  }
}

export async function probeRedis(url: string, timeoutMs = 2000): Promise<'ok' | string> {
  const redis = new Redis(url, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    enableOfflineQueue: false,
  });
  // ioredis rejects with a generic "Connection is closed."; the socket's own error says why.
  let cause: unknown;
  redis.on('error', (err) => {
    cause ??= err;
  });
  try {
    await redis.connect();
    const pong = await redis.ping();
    return pong === 'PONG' ? 'ok' : `unexpected answer ${pong}`;
  } catch (err) {
    return describe(cause ?? err);
  } finally {
    redis.disconnect();
  }
}

function describe(err: unknown): string {
  if (err instanceof AggregateError && err.errors.length > 0) return describe(err.errors[0]);
  if (err instanceof Error) return (err as { code?: string }).code ?? err.message;
  return String(err);
}
