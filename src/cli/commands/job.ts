import { parseArgs } from 'node:util';
import { loadConfig } from '../../config/config.ts';
import { createLogger } from '../../logger.ts';
import { JOB_RUNNERS } from '../job-runners.ts';
import { type CliCommand, EXIT, UsageError } from './command.ts';

const names = () => Object.keys(JOB_RUNNERS);

const usage = () => `Usage: npm run zhuqi -- job run <${names().join('|')}> [--now <ISO instant>]

Runs a scheduled job once, now, in this process, exactly as the workers' scheduler runs it. Every
job is safe to run again: what it already did is not done twice (a digest is stored and posted once
per channel and date, however often it runs). What it sends goes through the outbox: running workers
post it within seconds.

  --now  the moment to run for, e.g. 2026-06-05T08:30:00+08:00 (default: the current time); the
         day it falls on in APP_TIMEZONE is the day the job works for.

Jobs:
${Object.entries(JOB_RUNNERS)
  .map(([name, r]) => `  ${name.padEnd(12)}${r.summary}`)
  .join('\n')}

Exit status: 0 done, 1 failed (in part), 2 wrong usage.`;

function parse(args: readonly string[]) {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: { now: { type: 'string' } },
      allowPositionals: true,
    });
    const [action, name, ...extra] = positionals;
    if (action !== 'run') throw new UsageError('expected "run"');
    if (name === undefined) throw new UsageError('a job name is required');
    const runner = JOB_RUNNERS[name];
    if (!runner) throw new UsageError(`unknown job "${name}"`);
    if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
    let now = new Date();
    if (values.now !== undefined) {
      // An instant needs its offset: a bare local time would be read in the server's zone, not the district's.
      if (!/(Z|[+-]\d{2}:?\d{2})$/.test(values.now) || Number.isNaN(Date.parse(values.now))) {
        throw new UsageError(`--now must be an ISO instant with an offset, e.g. 2026-06-05T08:30:00+08:00`);
      }
      now = new Date(values.now);
    }
    return { name, runner, now };
  } catch (error) {
    throw error instanceof UsageError ? error : new UsageError((error as Error).message);
  }
}

export const jobCommand: CliCommand = {
  name: 'job',
  summary: 'run a scheduled job now (digest, supervision, …)',
  get usage() {
    return usage();
  },
  async run(args, context) {
    let request: ReturnType<typeof parse>;
    try {
      request = parse(args);
    } catch (error) {
      context.err(`job: ${(error as Error).message}\n\n${usage()}`);
      return EXIT.usage;
    }
    const config = loadConfig();
    // Loaded here, not at the top: the wiring pulls in Bolt and BullMQ, which other commands never need.
    const { createWiring } = await import('../../wiring.ts');
    // Log lines would mix with the command's output on stdout: only errors are logged.
    const wiring = createWiring(config, createLogger('error', { component: 'cli' }), () => request.now);
    try {
      const outcome = await request.runner.run(wiring, request.now);
      for (const line of outcome.lines) context.out(line);
      return outcome.ok ? EXIT.ok : EXIT.failed;
    } finally {
      await wiring.close();
    }
  },
};
