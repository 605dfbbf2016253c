// Starting PostgreSQL or Redis on this machine when they are installed but stopped, so that
// `npm start` and `npm test` need nothing done by hand first. Never touches a remote server.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '::1', '[::1]', '']);

export function isLocalUrl(url: string): boolean {
  try {
    return LOCAL_HOSTS.has(new URL(url).hostname);
  } catch {
    return false;
  }
}

function which(command: string): string | undefined {
  const result = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  const path = result.stdout.trim();
  return result.status === 0 && path ? path : undefined;
}

function postgresBinDir(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
  for (const v of versions) {
    if (existsSync(join(root, v, 'bin', 'pg_ctl'))) return join(root, v, 'bin');
  }
  return undefined;
}

export type StartOutcome = { started: true; how: string } | { started: false; reason: string };

/**
 * Debian/Ubuntu clusters start with pg_ctlcluster; elsewhere a project-local cluster in
 * `.data/postgres` is created with initdb (as the current, non-root user) and started with pg_ctl.
 */
export function startLocalPostgres(projectRoot: string, port: number): StartOutcome {
  if (which('pg_ctlcluster') && existsSync('/etc/postgresql')) {
    const clusters = readdirSync('/etc/postgresql');
    for (const version of clusters) {
      const r = spawnSync('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', 'start'], {
        encoding: 'utf8',
      });
      if (r.status === 0 || /already running/i.test(r.stderr)) {
        return { started: true, how: `pg_ctlcluster ${version} main start` };
      }
    }
  }
  const binDir = postgresBinDir();
  const pgCtl = binDir ? join(binDir, 'pg_ctl') : which('pg_ctl');
  const initdb = binDir ? join(binDir, 'initdb') : which('initdb');
  if (!pgCtl || !initdb) {
    return { started: false, reason: 'PostgreSQL is not installed (install PostgreSQL 15 or newer)' };
  }
  if (process.getuid?.() === 0) {
    return { started: false, reason: 'PostgreSQL is installed but stopped; start it (initdb refuses root)' };
  }
  const dataDir = join(projectRoot, '.data', 'postgres');
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    mkdirSync(dataDir, { recursive: true });
    execFileSync(
      initdb,
      ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8'],
      {
        stdio: 'ignore',
      },
    );
  }
  const r = spawnSync(
    pgCtl,
    ['-D', dataDir, '-l', join(dataDir, 'server.log'), '-o', `-p ${port} -k /tmp`, '-w', 'start'],
    { encoding: 'utf8' },
  );
  return r.status === 0
    ? { started: true, how: `pg_ctl -D ${dataDir}` }
    : { started: false, reason: `pg_ctl failed: ${r.stderr.trim().split('\n').pop()}` };
}

/** Redis holds queues only (Postgres is the source of truth), so it runs without persistence. */
export function startLocalRedis(projectRoot: string, port: number): StartOutcome {
  const redisServer = which('redis-server');
  if (!redisServer)
    return { started: false, reason: 'Redis is not installed (install redis-server 7 or newer)' };
  const dir = join(projectRoot, '.data', 'redis');
  mkdirSync(dir, { recursive: true });
  const r = spawnSync(
    redisServer,
    ['--daemonize', 'yes', '--bind', '127.0.0.1', '--port', String(port), '--save', '', '--appendonly', 'no'],
    { encoding: 'utf8', cwd: dir },
  );
  return r.status === 0
    ? { started: true, how: `redis-server --port ${port}` }
    : { started: false, reason: `redis-server failed: ${r.stderr.trim()}` };
}
