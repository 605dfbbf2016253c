// One run of the daily digest or the weekly supervision job, as the scheduler and `job run` both do it:
// store today's entries (with their outbox rows), then ask the outbox relay to send them now.
import type { Queue } from 'bullmq';
import { nudgeRelay } from '../../delivery/nudge.ts';
import type { Logger } from '../../logger.ts';
import type { DigestService, PrepareReport } from './digest-service.ts';

export interface DigestJobDeps {
  digests: DigestService;
  outbox: Queue;
  logger: Logger;
}

export interface DigestJobResult {
  localDate: string;
  skipped?: PrepareReport['skipped'];
  stored: number;
  existing: number;
  failed: { channelId: string; error: string }[];
}

export async function runDigestJob(
  kind: 'daily' | 'weekly_supervision',
  deps: DigestJobDeps,
  now: Date,
): Promise<DigestJobResult> {
  const report =
    kind === 'daily' ? await deps.digests.prepareDaily(now) : await deps.digests.prepareWeekly(now);
  const failed = report.channels.flatMap((c) =>
    c.outcome === 'failed' ? [{ channelId: c.channelId, error: c.error }] : [],
  );
  for (const f of failed)
    deps.logger.error({ kind, ...f, localDate: report.localDate }, 'digest not prepared for a channel');
  const stored = report.channels.filter((c) => c.outcome === 'stored').length;
  // Entries found pending may be waiting for the relay too (a run interrupted before its nudge).
  if (
    report.channels.some((c) => c.outcome === 'stored' || (c.outcome === 'exists' && c.status !== 'sent'))
  ) {
    await nudgeRelay(deps.outbox, deps.logger);
  }
  return {
    localDate: report.localDate,
    ...(report.skipped ? { skipped: report.skipped } : {}),
    stored,
    existing: report.channels.filter((c) => c.outcome === 'exists').length,
    failed,
  };
}
