// What the digest delivery tests share: subscribing channels, running the jobs for a given moment, the
// handler's dependencies for calling it directly, and reading the digests back from the fake Slack.

import type { DeliveryDeps } from '../../src/delivery/topics.ts';
import { t, translator } from '../../src/i18n/index.ts';
import type { Db } from '../../src/persistence/prisma.ts';
import { type DigestJobResult, runDigestJob } from '../../src/services/digests/run-job.ts';
import type { Wiring } from '../../src/wiring.ts';
import type { FakeSlack, StoredMessage } from './fake-slack/index.ts';

export async function subscribe(
  db: Db,
  channelId: string,
  kind: 'digest' | 'supervision',
  scopeKey = 'district',
  locale: 'zh-CN' | 'en' | null = null,
): Promise<void> {
  await db.channelSubscription.create({ data: { channelId, kind, scopeKey, locale } });
}

export function runJob(
  wiring: Wiring,
  kind: 'daily' | 'weekly_supervision',
  now: Date,
): Promise<DigestJobResult> {
  return runDigestJob(
    kind,
    { digests: wiring.services.digests, outbox: wiring.queues.outbox, logger: wiring.logger },
    now,
  );
}

interface DigestMetadata {
  event_type: string;
  event_payload: { entryId: string; kind: string; localDate: string };
}

/** The digests posted in `channel` (optionally for one local date), oldest first. */
export function digestPosts(fake: FakeSlack, channel: string, localDate?: string): StoredMessage[] {
  return fake.messages(channel).filter((m) => {
    const meta = m.metadata as DigestMetadata | undefined;
    return (
      meta?.event_type === 'zhuqi_digest' &&
      (localDate === undefined || meta.event_payload.localDate === localDate)
    );
  });
}

/** All the text of a message's blocks, to look for figures in. */
export function blockText(message: { blocks?: unknown[] }): string {
  return (message.blocks ?? [])
    .map((b) => {
      const block = b as { text?: { text?: string }; elements?: { text?: string }[] };
      return block.text?.text ?? block.elements?.map((e) => e.text ?? '').join(' ') ?? '';
    })
    .join('\n');
}

/** The dependencies the `deliver` job gives a topic handler, for calling the digest handler directly. */
export function handlerDeps(wiring: Wiring, outboxId = 0n): DeliveryDeps {
  return {
    slack: wiring.slack.forDelivery(`test-${outboxId}-${Math.random()}`),
    db: wiring.db,
    logger: wiring.logger,
    clock: wiring.clock,
    i18n: { t, translator },
    config: wiring.config,
    delivery: { outboxId, dedupeKey: 'test', attempts: 0, earlierRuns: 0, createdAt: wiring.clock() },
  };
}

export function entries(db: Db) {
  return db.digestEntry.findMany({
    orderBy: [{ localDate: 'asc' }, { channelId: 'asc' }],
    select: { id: true, channelId: true, kind: true, localDate: true, status: true, ts: true, figures: true },
  });
}
