// The daily digest and the weekly supervision report, up to the point where they are stored: for each
// subscribed channel, the figures of its scope are computed and written as a DigestEntry together with
// the outbox row that posts it (./post-digest.ts), in one transaction. What is stored is what will be
// posted, and the next digest's changes are measured against it.
import type { WorkingCalendar } from '../../calendar/index.ts';
import { type LocalDate, localDateOf } from '../../calendar/index.ts';
import { outboxMessage, writeOutbox } from '../../delivery/outbox.ts';
import type { DeadlineSettings } from '../../domain/deadlines/index.ts';
import {
  type DailyFigures,
  type DigestScope,
  isFirstWorkingDayOfWeek,
  parseScopeKey,
  readDailyFigures,
  readSupervisionFigures,
  type SupervisionFigures,
} from '../../domain/digests/index.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import { queryDailyFigures } from '../../persistence/digests/daily-figures.ts';
import {
  type DigestKind,
  findEntry,
  insertEntry,
  previousSentEntry,
} from '../../persistence/digests/digest-entries.ts';
import { scopeSql } from '../../persistence/digests/scope-sql.ts';
import { listSubscriptions, type Subscription } from '../../persistence/digests/subscriptions.ts';
import { querySupervisionFigures } from '../../persistence/digests/supervision-figures.ts';
import type { Db } from '../../persistence/prisma.ts';
import { digestTopic } from './topic.ts';
import { dailyWindow, supervisionWindow, workingDayCounter } from './windows.ts';

export interface DigestServiceDeps {
  db: Db;
  timeZone: string;
  calendar: () => Promise<WorkingCalendar>;
  settings: () => Promise<DeadlineSettings>;
}

export type ChannelOutcome =
  | { channelId: string; outcome: 'stored'; entryId: string }
  /** Stored earlier (another worker, an earlier run): its figures stand, nothing is written. */
  | { channelId: string; outcome: 'exists'; entryId: string; status: string }
  | { channelId: string; outcome: 'failed'; error: string };

export interface PrepareReport {
  kind: DigestKind;
  localDate: LocalDate;
  /** Why nothing was prepared today, if so. */
  skipped?: 'not_a_working_day' | 'not_first_working_day_of_week';
  channels: ChannelOutcome[];
}

/** A subscription whose scope key is malformed (the channel command refuses those; the table may not). */
export class BadScopeKeyError extends Error {
  override readonly name = 'BadScopeKeyError';
}

const SUBSCRIPTION_KIND = { daily: 'digest', weekly_supervision: 'supervision' } as const;

export function createDigestService(deps: DigestServiceDeps) {
  const { db, timeZone } = deps;

  async function dailyFigures(scope: DigestScope, today: LocalDate): Promise<DailyFigures> {
    const calendar = await deps.calendar();
    const counter = workingDayCounter(today, calendar);
    return queryDailyFigures(
      db,
      await scopeSql(db, scope),
      dailyWindow(today, calendar, timeZone),
      counter.overdueDays,
    );
  }

  async function supervisionFigures(scope: DigestScope, today: LocalDate): Promise<SupervisionFigures> {
    const [calendar, settings] = await Promise.all([deps.calendar(), deps.settings()]);
    const window = supervisionWindow(today, calendar, settings, timeZone);
    return querySupervisionFigures(db, await scopeSql(db, scope), window, workingDayCounter(today, calendar));
  }

  async function prepareChannel(
    sub: Subscription,
    kind: DigestKind,
    today: LocalDate,
  ): Promise<ChannelOutcome> {
    const key = { channelId: sub.channelId, kind, localDate: today };
    const existing = await findEntry(db, key);
    if (existing)
      return {
        channelId: sub.channelId,
        outcome: 'exists',
        entryId: String(existing.id),
        status: existing.status,
      };
    const scope = parseScopeKey(sub.scopeKey);
    if (!scope)
      throw new BadScopeKeyError(`channel ${sub.channelId} has a malformed scope "${sub.scopeKey}"`);
    const figures =
      kind === 'daily' ? await dailyFigures(scope, today) : await supervisionFigures(scope, today);
    const previous = await previousSentEntry(db, { ...key, scopeKey: sub.scopeKey, before: today });
    const readable =
      previous && (kind === 'daily' ? readDailyFigures : readSupervisionFigures)(previous.figures);
    figures.comparedWith =
      previous && readable ? { entryId: String(previous.id), localDate: previous.localDate } : null;
    const { row, created } = await db.$transaction(async (tx) => {
      const stored = await insertEntry(tx, {
        ...key,
        scopeKey: sub.scopeKey,
        figures: figures as unknown as Prisma.InputJsonObject,
      });
      // Keyed by the entry: however many runs reach this line, the entry has one outbox row.
      const entryId = String(stored.row.id);
      await writeOutbox(tx, [outboxMessage(digestTopic, { entryId }, `digest:${entryId}`)]);
      return stored;
    });
    return created
      ? { channelId: sub.channelId, outcome: 'stored', entryId: String(row.id) }
      : { channelId: sub.channelId, outcome: 'exists', entryId: String(row.id), status: row.status };
  }

  async function prepare(kind: DigestKind, now: Date): Promise<PrepareReport> {
    const today = localDateOf(now, timeZone);
    const calendar = await deps.calendar();
    if (!calendar.isWorkingDay(today))
      return { kind, localDate: today, skipped: 'not_a_working_day', channels: [] };
    if (kind === 'weekly_supervision' && !isFirstWorkingDayOfWeek(today, calendar)) {
      return { kind, localDate: today, skipped: 'not_first_working_day_of_week', channels: [] };
    }
    const channels: ChannelOutcome[] = [];
    for (const sub of await listSubscriptions(db, SUBSCRIPTION_KIND[kind])) {
      // One channel's bad configuration (an unknown unit code) must not cost the others their digest.
      channels.push(
        await prepareChannel(sub, kind, today).catch(
          (error: unknown): ChannelOutcome => ({
            channelId: sub.channelId,
            outcome: 'failed',
            error: error instanceof Error ? error.message : String(error),
          }),
        ),
      );
    }
    return { kind, localDate: today, channels };
  }

  return {
    dailyFigures,
    supervisionFigures,
    /** Stores today's daily digest of every digest channel (working days only). */
    prepareDaily: (now: Date) => prepare('daily', now),
    /** Stores the weekly supervision report of every supervision channel (first working day of the week). */
    prepareWeekly: (now: Date) => prepare('weekly_supervision', now),
  };
}

export type DigestService = ReturnType<typeof createDigestService>;
