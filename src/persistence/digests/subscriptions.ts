// Leadership and supervision channels (ChannelSubscription): one row per channel and kind.
import type { SubscriptionKind } from '../../generated/prisma/client.ts';
import type { Db } from '../prisma.ts';

export type { SubscriptionKind };

export interface Subscription {
  channelId: string;
  kind: SubscriptionKind;
  scopeKey: string;
  /** zh-CN or en; null means APP_LOCALE. */
  locale: string | null;
}

const select = { channelId: true, kind: true, scopeKey: true, locale: true } as const;

export async function listSubscriptions(db: Db, kind?: SubscriptionKind): Promise<Subscription[]> {
  return db.channelSubscription.findMany({
    where: kind ? { kind } : {},
    orderBy: [{ kind: 'asc' }, { channelId: 'asc' }],
    select,
  });
}

/** Adds the channel, or changes its scope (and locale, when given) if it is already subscribed. */
export async function upsertSubscription(
  db: Db,
  sub: Omit<Subscription, 'locale'> & { locale?: string | null },
): Promise<{ created: boolean; subscription: Subscription }> {
  const key = { channelId: sub.channelId, kind: sub.kind };
  const existing = await db.channelSubscription.findUnique({ where: { channelId_kind: key }, select });
  const locale = sub.locale === undefined ? {} : { locale: sub.locale };
  const subscription = await db.channelSubscription.upsert({
    where: { channelId_kind: key },
    create: { ...key, scopeKey: sub.scopeKey, ...locale },
    update: { scopeKey: sub.scopeKey, ...locale },
    select,
  });
  return { created: existing === null, subscription };
}

export async function removeSubscription(
  db: Db,
  channelId: string,
  kind: SubscriptionKind,
): Promise<boolean> {
  const { count } = await db.channelSubscription.deleteMany({ where: { channelId, kind } });
  return count > 0;
}
