// `npm start` and `npm test` bring up local services that are installed but stopped. Exercised on a
// private port, so the shared Redis is never touched.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ensureServices, ServiceUnavailableError } from '../../src/ops/ensure-services.ts';
import { probeRedis } from '../../src/ops/probe.ts';
import { testServerUrl } from '../support/database.ts';
import { freePort } from '../support/ports.ts';

describe('ensureServices', () => {
  it('starts a local Redis that is installed but not running', async () => {
    const port = await freePort();
    const redisUrl = `redis://127.0.0.1:${port}`;
    expect(await probeRedis(redisUrl, 300)).not.toBe('ok');
    const said: string[] = [];
    await ensureServices({
      databaseUrl: testServerUrl(),
      redisUrl,
      startLocal: true,
      migrate: false,
      log: (l) => said.push(l),
    });
    try {
      expect(await probeRedis(redisUrl)).toBe('ok');
      expect(said).toEqual([`started Redis (redis-server --port ${port})`]);
    } finally {
      spawnSync('redis-cli', ['-p', String(port), 'shutdown', 'nosave']);
    }
  });

  it('says in one line which service is down when it may not start it', async () => {
    const port = await freePort();
    const attempt = ensureServices({
      databaseUrl: testServerUrl(),
      redisUrl: `redis://127.0.0.1:${port}`,
      startLocal: false,
      migrate: false,
    });
    await expect(attempt).rejects.toThrow(ServiceUnavailableError);
    await expect(attempt).rejects.toThrow(
      `Redis does not answer at redis://127.0.0.1:${port} (ECONNREFUSED); start it or set REDIS_URL.`,
    );
  });

  it('never starts anything for a remote address', async () => {
    const port = await freePort();
    await expect(
      ensureServices({
        databaseUrl: `postgresql://postgres:secret@127.0.0.2:${port}/zhuqi`,
        redisUrl: 'redis://127.0.0.1:6379',
        startLocal: true,
        migrate: false,
      }),
    ).rejects.toThrow(/^PostgreSQL does not answer at postgresql:\/\/postgres:\*\*\*@127\.0\.0\.2/);
  });
});
