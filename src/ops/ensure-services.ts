import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { applyMigrations, createDatabaseIfMissing } from '../persistence/migrations/apply.ts';
import { isLocalUrl, startLocalPostgres, startLocalRedis } from './local-services.ts';
import { probePostgres, probeRedis } from './probe.ts';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/** A problem the user must fix, said in one line. */
export class ServiceUnavailableError extends Error {
  override name = 'ServiceUnavailableError';
}

export interface EnsureOptions {
  databaseUrl: string;
  redisUrl: string;
  /** Start local servers that are installed but stopped (true for `npm start` and `npm test`). */
  startLocal: boolean;
  /** Create the database and apply pending migrations. */
  migrate: boolean;
  log?: (line: string) => void;
}

async function waitFor(probe: () => Promise<string>, ms: number): Promise<string> {
  const until = Date.now() + ms;
  let last = await probe();
  while (last !== 'ok' && Date.now() < until) {
    await sleep(200);
    last = await probe();
  }
  return last;
}

function serverUrl(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  url.pathname = '/postgres';
  return url.toString();
}

function portOf(url: string, fallback: number): number {
  const port = new URL(url).port;
  return port ? Number(port) : fallback;
}

async function ensurePostgres(o: EnsureOptions): Promise<void> {
  const server = serverUrl(o.databaseUrl);
  let state = await probePostgres(server);
  if (state !== 'ok' && o.startLocal && isLocalUrl(server)) {
    const outcome = startLocalPostgres(projectRoot, portOf(server, 5432));
    if (!outcome.started) {
      throw new ServiceUnavailableError(
        `PostgreSQL does not answer at ${redact(server)}: ${outcome.reason}.`,
      );
    }
    o.log?.(`started PostgreSQL (${outcome.how})`);
    state = await waitFor(() => probePostgres(server), 15_000);
  }
  if (state !== 'ok') {
    throw new ServiceUnavailableError(
      `PostgreSQL does not answer at ${redact(server)} (${state}); start it or set DATABASE_URL.`,
    );
  }
}

async function ensureRedis(o: EnsureOptions): Promise<void> {
  let state = await probeRedis(o.redisUrl);
  if (state !== 'ok' && o.startLocal && isLocalUrl(o.redisUrl)) {
    const outcome = startLocalRedis(projectRoot, portOf(o.redisUrl, 6379));
    if (!outcome.started) {
      throw new ServiceUnavailableError(`Redis does not answer at ${redact(o.redisUrl)}: ${outcome.reason}.`);
    }
    o.log?.(`started Redis (${outcome.how})`);
    state = await waitFor(() => probeRedis(o.redisUrl), 10_000);
  }
  if (state !== 'ok') {
    throw new ServiceUnavailableError(
      `Redis does not answer at ${redact(o.redisUrl)} (${state}); start it or set REDIS_URL.`,
    );
  }
}

/** Makes sure PostgreSQL and Redis answer, the database exists and is migrated. */
export async function ensureServices(o: EnsureOptions): Promise<void> {
  await Promise.all([ensurePostgres(o), ensureRedis(o)]);
  if (o.migrate) {
    if (await createDatabaseIfMissing(o.databaseUrl))
      o.log?.(`created database ${new URL(o.databaseUrl).pathname.slice(1)}`);
    const { applied } = await applyMigrations(o.databaseUrl);
    for (const name of applied) o.log?.(`applied migration ${name}`);
  }
}

/** Hides a password in a URL shown to the user. */
export function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url;
  }
}
