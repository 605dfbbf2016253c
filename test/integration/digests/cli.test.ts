// The admin commands as an operator types them, each a real child process: setting digest channels,
// and running the digest job by hand — twice, and again after it was posted — which posts it once.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childEnv, projectRoot } from '../../support/child-entry.ts';
import { type DeliveryHarness, eventually, startDeliveryHarness } from '../../support/delivery-harness.ts';
import { buildArticleDistrict } from '../../support/digest-fixtures.ts';
import { digestPosts, entries } from '../../support/digest-harness.ts';

const run = promisify(execFile);
let h: DeliveryHarness;

beforeAll(async () => {
  h = await startDeliveryHarness();
  await buildArticleDistrict(h.db.prisma);
});
afterAll(() => h.close());

async function zhuqi(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = childEnv({
    DATABASE_URL: h.config.databaseUrl,
    REDIS_URL: h.config.redisUrl,
    QUEUE_PREFIX: h.config.queuePrefix,
    APP_TIMEZONE: 'Asia/Shanghai',
  });
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
      cwd: projectRoot,
      env,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('npm run zhuqi -- channel', () => {
  it('adds, lists, updates and removes digest and supervision channels', async () => {
    expect(await zhuqi('channel', 'list')).toMatchObject({ code: 0, stdout: 'no channels\n' });
    expect(await zhuqi('channel', 'add', 'C0DISTRICT', 'digest')).toMatchObject({
      code: 0,
      stdout: 'added C0DISTRICT (digest, district)\n',
    });
    expect(
      await zhuqi(
        'channel',
        'add',
        'C0FINANCE1',
        'digest',
        '--scope',
        'function_group:FG-01',
        '--locale',
        'en',
      ),
    ).toMatchObject({ code: 0, stdout: 'added C0FINANCE1 (digest, function_group:FG-01)\n' });
    expect(await zhuqi('channel', 'add', 'C0DISTRICT', 'supervision')).toMatchObject({ code: 0 });
    expect(
      await zhuqi('channel', 'add', 'C0FINANCE1', 'digest', '--scope', 'task_force:TF-01'),
    ).toMatchObject({
      code: 0,
      stdout: 'updated C0FINANCE1 (digest, task_force:TF-01)\n',
    });
    const listed = await zhuqi('channel', 'list');
    expect(listed.stdout.trim().split('\n')).toEqual([
      'C0DISTRICT\tdigest\tdistrict\t(APP_LOCALE)',
      'C0FINANCE1\tdigest\ttask_force:TF-01\ten',
      'C0DISTRICT\tsupervision\tdistrict\t(APP_LOCALE)',
    ]);
    expect((await zhuqi('channel', 'list', 'supervision')).stdout).toBe(
      'C0DISTRICT\tsupervision\tdistrict\t(APP_LOCALE)\n',
    );
    expect(await zhuqi('channel', 'remove', 'C0FINANCE1', 'digest')).toMatchObject({
      code: 0,
      stdout: 'removed C0FINANCE1 (digest)\n',
    });
    expect(await h.db.prisma.channelSubscription.count()).toBe(2);
  }, 120_000);

  it('refuses what would never work, saying why', async () => {
    const unknown = await zhuqi('channel', 'add', 'C0NOSUCHFG', 'digest', '--scope', 'function_group:FG-99');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('no function group with code FG-99 in the directory');
    const badScope = await zhuqi('channel', 'add', 'C0BADSCOPE', 'digest', '--scope', 'team:T01');
    expect(badScope.code).toBe(2);
    expect(badScope.stderr).toContain('--scope must be district | task_force:<code> | function_group:<code>');
    const badChannel = await zhuqi('channel', 'add', 'general', 'digest');
    expect(badChannel.code).toBe(2);
    expect(badChannel.stderr).toContain('"general" is not a Slack channel id');
    const badKind = await zhuqi('channel', 'add', 'C0DISTRICT', 'daily');
    expect(badKind.code).toBe(2);
    const nothing = await zhuqi('channel', 'remove', 'C0NOTTHERE', 'digest');
    expect(nothing.code).toBe(1);
    expect(
      await h.db.prisma.channelSubscription.count({
        where: { channelId: { in: ['C0NOSUCHFG', 'C0BADSCOPE'] } },
      }),
    ).toBe(0);
  }, 120_000);
});

describe('npm run zhuqi -- job run digest', () => {
  it('run twice, and once more after posting: one digest per channel and date', async () => {
    const now = '2026-06-05T08:30:00+08:00';
    const [first, second] = await Promise.all([
      zhuqi('job', 'run', 'digest', '--now', now),
      zhuqi('job', 'run', 'digest', '--now', now),
    ]);
    expect(first.code, first.stderr).toBe(0);
    expect(second.code, second.stderr).toBe(0);
    expect(first.stdout + second.stdout).toMatch(/digest 2026-06-05: 1 stored, 0 already stored, 0 failed/);
    expect(first.stdout + second.stdout).toMatch(/digest 2026-06-05: 0 stored, 1 already stored, 0 failed/);
    expect(await h.db.prisma.outboxMessage.count({ where: { topic: 'digest.post' } })).toBe(1);

    await h.startWorkers();
    await eventually(async () => (await entries(h.db.prisma))[0]?.status === 'sent', 15_000, 'digest sent');
    const again = await zhuqi('job', 'run', 'digest', '--now', '2026-06-05T17:00:00+08:00');
    expect(again.stdout).toContain('digest 2026-06-05: 0 stored, 1 already stored, 0 failed');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(digestPosts(h.fake, 'C0DISTRICT')).toHaveLength(1);
    expect(await entries(h.db.prisma)).toHaveLength(1);

    const saturday = await zhuqi('job', 'run', 'digest', '--now', '2026-06-06T08:30:00+08:00');
    expect(saturday.stdout).toBe('digest 2026-06-06: nothing to do (not a working day)\n');
    const bad = await zhuqi('job', 'run', 'digest', '--now', '2026-06-06 08:30');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--now must be an ISO instant with an offset');
  }, 120_000);
});
