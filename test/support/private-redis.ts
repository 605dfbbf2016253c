// A Redis of the test's own on a free port, for tests that stop or break it: the shared one is
// never touched.
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { probeRedis } from '../../src/ops/probe.ts';
import { freePort } from './ports.ts';

export interface PrivateRedis {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export async function startPrivateRedis(port?: number): Promise<PrivateRedis> {
  const p = port ?? (await freePort());
  const proc = spawn(
    'redis-server',
    ['--port', String(p), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {
      stdio: 'ignore',
    },
  );
  const url = `redis://127.0.0.1:${p}`;
  const exited = new Promise<void>((resolve) => proc.on('exit', () => resolve()));
  for (let i = 0; i < 50 && (await probeRedis(url, 200)) !== 'ok'; i++) await sleep(100);
  return {
    url,
    port: p,
    async stop() {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGTERM');
      await exited;
    },
  };
}
