// How fast each Web API method may be called, from Slack's published tiers
// (https://docs.slack.dev/apis/web-api/rate-limits): limits apply per method per workspace, and
// chat.postMessage also allows about one message per second per channel.

/** One pacing rule: at most one call per `intervalMs`, with `burst` calls allowed back to back. */
export interface Pace {
  /** Redis key suffix naming what is limited (the method, or the method's channel). */
  scope: string;
  intervalMs: number;
  burst: number;
}

/** Tier N allows at least this many calls a minute; we stay at that floor. */
const TIER_PER_MINUTE = { 1: 1, 2: 20, 3: 50, 4: 100 } as const;
type Tier = keyof typeof TIER_PER_MINUTE;

const TIER_BURST: Record<Tier, number> = { 1: 1, 2: 3, 3: 5, 4: 10 };

/** Methods this bot calls (or is likely to); anything else is treated as tier 2, the common floor. */
const METHOD_TIERS: Record<string, Tier | 'post'> = {
  'chat.postMessage': 'post',
  'chat.postEphemeral': 4,
  'chat.update': 3,
  'chat.delete': 3,
  'chat.scheduleMessage': 3,
  'conversations.open': 3,
  'conversations.info': 3,
  'conversations.members': 4,
  'conversations.join': 3,
  'reactions.add': 3,
  'users.info': 4,
  'users.lookupByEmail': 3,
  'views.open': 4,
  'views.push': 4,
  'views.update': 4,
  'views.publish': 4,
  'pins.add': 2,
};

/**
 * chat.postMessage has no tier; Slack speaks of "several hundred a minute" across a workspace. 300 a
 * minute with a burst of 20 lets a digest to a thousand people finish in under four minutes.
 */
const POST_MESSAGE_WORKSPACE: Omit<Pace, 'scope'> = { intervalMs: 200, burst: 20 };

/** Slack's one message a second per channel, held strictly: bursts there are allowed but not promised. */
const PER_CHANNEL: Omit<Pace, 'scope'> = { intervalMs: 1000, burst: 1 };

/** Methods that write into a channel and are paced per channel as well as per method. */
const CHANNEL_PACED = new Set(['chat.postMessage', 'chat.update', 'chat.postEphemeral']);

/** The rules a call must satisfy, most specific first. */
export function pacesFor(method: string, args: Record<string, unknown>): Pace[] {
  const tier = METHOD_TIERS[method] ?? 2;
  const methodPace: Pace =
    tier === 'post'
      ? { scope: `method:${method}`, ...POST_MESSAGE_WORKSPACE }
      : { scope: `method:${method}`, intervalMs: 60_000 / TIER_PER_MINUTE[tier], burst: TIER_BURST[tier] };
  const channel = typeof args.channel === 'string' && args.channel !== '' ? args.channel : undefined;
  if (!CHANNEL_PACED.has(method) || !channel) return [methodPace];
  // chat.update and chat.postEphemeral share the channel's pace with chat.postMessage: Slack counts
  // what appears in the channel, not which method put it there.
  return [{ scope: `channel:${channel}`, ...PER_CHANNEL }, methodPace];
}

/** The rule a 429 on `method` pauses: the method workspace-wide, since Slack does not say which limit hit. */
export function methodScope(method: string): string {
  return `method:${method}`;
}
