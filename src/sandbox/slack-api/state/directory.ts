import type { FakeBot, FakeTeam, FakeUser } from '../types.ts';
import { IdFactory } from './ids.ts';

/** The workspace's people and the app's DM conversations with them. */
export class Directory {
  private readonly users = new Map<string, FakeUser>();

  constructor(
    readonly team: FakeTeam,
    readonly bot: FakeBot,
  ) {
    this.add({ id: bot.userId, name: bot.name, isBot: true });
  }

  add(user: FakeUser): FakeUser {
    this.users.set(user.id, user);
    return user;
  }

  get(id: string): FakeUser | undefined {
    return this.users.get(id);
  }

  all(): FakeUser[] {
    return [...this.users.values()];
  }

  /** Slack answers conversations.open with the same D-channel for the same user every time. */
  dmChannel(userIds: string[]): string {
    const others = userIds.filter((id) => id !== this.bot.userId);
    return others.length <= 1
      ? IdFactory.conversation('D', others)
      : IdFactory.conversation('G', [this.bot.userId, ...others]);
  }

  /** Posting to a user id posts into the app's DM with that user, as chat.postMessage does. */
  resolveChannel(channel: string): string {
    return /^[UW][A-Z0-9]+$/.test(channel) ? this.dmChannel([channel]) : channel;
  }
}

/** users.info's `user` object. */
export function describeUser(
  user: FakeUser,
  teamId: string,
  includeLocale: boolean,
): Record<string, unknown> {
  const tz = user.tz ?? 'Asia/Shanghai';
  return {
    id: user.id,
    team_id: teamId,
    name: user.name,
    deleted: user.deleted ?? false,
    real_name: user.realName ?? user.name,
    tz,
    tz_label: tz,
    tz_offset: tzOffsetSeconds(tz),
    is_bot: user.isBot ?? false,
    is_app_user: false,
    profile: {
      real_name: user.realName ?? user.name,
      display_name: user.name,
      ...(user.email ? { email: user.email } : {}),
      team: teamId,
    },
    ...(includeLocale ? { locale: user.locale ?? 'en-US' } : {}),
  };
}

function tzOffsetSeconds(tz: string): number {
  try {
    const part = new Intl.DateTimeFormat('en-US', { timeZone: tz, timeZoneName: 'longOffset' })
      .formatToParts(new Date())
      .find((p) => p.type === 'timeZoneName')?.value;
    const match = part?.match(/GMT([+-])(\d{2}):(\d{2})/);
    if (!match) return 0;
    const seconds = Number(match[2]) * 3600 + Number(match[3]) * 60;
    return match[1] === '-' ? -seconds : seconds;
  } catch {
    return 0;
  }
}
