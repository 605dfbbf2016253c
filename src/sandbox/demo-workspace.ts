// What the sandbox needs in the database and in the Slack stand-in before anyone clicks: the demo
// district (seeded through the same code as `npm run zhuqi -- seed demo`, only when there are no
// cadres, so an operator's data is never touched), every cadre as a workspace user, and channels
// for the dispatch room, the function groups and the leadership digest.

import { seedDemo } from '../cli/seed/seed-demo.ts';
import { upsertSubscription } from '../persistence/digests/subscriptions.ts';
import type { Db } from '../persistence/prisma.ts';
import type { FakeSlack } from './slack-api/index.ts';

export const LEADERSHIP_CHANNEL = 'C0LEADERSHIP';
export const SUPERVISION_CHANNEL = 'C0SUPERVISE';
export const DISPATCH_CHANNEL = 'C0DISPATCH01';

export interface DemoWorkspace {
  seeded: boolean;
  /** Channel id → display name, for the page's channel list. */
  channels: Record<string, string>;
}

export async function prepareDemoWorkspace(db: Db, slack: FakeSlack, locale: string): Promise<DemoWorkspace> {
  const seeded = (await db.cadre.count()) === 0;
  if (seeded) await seedDemo(db);

  const cadres = await db.cadre.findMany({
    where: { active: true, slackUserId: { not: null } },
    select: { slackUserId: true, name: true, locale: true },
  });
  for (const c of cadres) {
    const id = c.slackUserId as string;
    if (!slack.user(id)) slack.addUser({ id, name: c.name, realName: c.name, locale: c.locale ?? locale });
  }

  const channels: Record<string, string> = {};
  // Units without a channel get a stable made-up one; a channel set by an operator is kept.
  const units = await db.unit.findMany({
    where: { kind: { in: ['dispatch', 'function_group'] } },
    select: { id: true, code: true, name: true, kind: true, slackChannelId: true },
    orderBy: { code: 'asc' },
  });
  for (const unit of units) {
    let channelId = unit.slackChannelId;
    if (!channelId) {
      channelId =
        unit.kind === 'dispatch'
          ? DISPATCH_CHANNEL
          : `C0${unit.code.replace(/[^A-Z0-9]/gi, '').toUpperCase()}`;
      await db.unit.update({ where: { id: unit.id }, data: { slackChannelId: channelId } });
    }
    channels[channelId] = unit.name;
  }
  await upsertSubscription(db, { channelId: LEADERSHIP_CHANNEL, kind: 'digest', scopeKey: 'district' });
  await upsertSubscription(db, { channelId: SUPERVISION_CHANNEL, kind: 'supervision', scopeKey: 'district' });
  channels[LEADERSHIP_CHANNEL] = 'leadership';
  channels[SUPERVISION_CHANNEL] = 'supervision';
  return { seeded, channels };
}
