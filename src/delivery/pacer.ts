// Spacing of Web API calls shared by every worker process through Redis.
//
// Each limit is a GCRA (the "virtual scheduling" form of a token bucket): one Redis key holds the
// theoretical arrival time (TAT) of the next call that conforms; a call at `at` conforms when
// at >= TAT - (burst - 1) * interval, and moves TAT to max(TAT, at) + interval. A call asks for the
// earliest instant all its limits allow and reserves it at once, so callers queue up in Redis instead
// of racing; Redis's own clock is used so that processes with skewed clocks still agree.
//
// A reservation too far away to sleep through is kept under a ticket (the caller's stable name for
// this call, e.g. an outbox row and the call's position in its handler): the job is delayed in BullMQ
// until then and, when it runs again, finds its reserved slot instead of queueing at the back.
import type { Redis } from 'ioredis';
import { redisScript } from './redis-script.ts';
import type { Pace } from './slack-limits.ts';

const RESERVE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local maxWait = tonumber(ARGV[1])
local useTicket = ARGV[2] == '1'
local grace = tonumber(ARGV[3])
if useTicket then
  local held = redis.call('GET', KEYS[1])
  if held then
    local wait = tonumber(held) - now
    if wait <= maxWait then
      redis.call('DEL', KEYS[1])
      if wait < 0 then wait = 0 end
      return {1, wait}
    end
    return {0, wait}
  end
end
local at = now
for i = 2, #KEYS do
  local interval = tonumber(ARGV[2 * i])
  local burst = tonumber(ARGV[2 * i + 1])
  local tat = tonumber(redis.call('GET', KEYS[i]) or '0')
  local allowed = tat - (burst - 1) * interval
  if allowed > at then at = allowed end
end
local wait = at - now
if wait > maxWait and not useTicket then return {0, wait} end
for i = 2, #KEYS do
  local interval = tonumber(ARGV[2 * i])
  local tat = tonumber(redis.call('GET', KEYS[i]) or '0')
  if tat < at then tat = at end
  tat = tat + interval
  redis.call('SET', KEYS[i], tat, 'PX', tat - now + 1000)
end
if wait > maxWait then
  redis.call('SET', KEYS[1], at, 'PX', wait + grace)
  return {0, wait}
end
return {1, wait}
`;

const PAUSE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local tat = now + tonumber(ARGV[1]) + (tonumber(ARGV[3]) - 1) * tonumber(ARGV[2])
local held = tonumber(redis.call('GET', KEYS[1]) or '0')
if held < tat then redis.call('SET', KEYS[1], tat, 'PX', tat - now + 1000) end
return tat - now
`;

const reserveScript = redisScript(RESERVE);
const pauseScript = redisScript(PAUSE);

/** How long a reserved slot waits for its deferred job before it is given up. */
const TICKET_GRACE_MS = 5 * 60_000;

export type Reservation =
  /** Go after sleeping `waitMs` (0: at once). */
  | { go: true; waitMs: number }
  /** Come back in `waitMs`; with a ticket the slot is held for it. */
  | { go: false; waitMs: number };

export interface Pacer {
  /**
   * The earliest slot all `paces` allow. Within `maxWaitMs` it is taken; further away it is taken only
   * when `ticket` names the call (and kept for it), otherwise nothing is reserved.
   */
  reserve(paces: Pace[], options: { maxWaitMs: number; ticket?: string }): Promise<Reservation>;
  /** Nobody gets `pace` for `ms` from now (Slack answered 429 with Retry-After). */
  pause(pace: Pace, ms: number): Promise<void>;
}

export function createRedisPacer(redis: Redis, keyPrefix: string): Pacer {
  const key = (scope: string) => `${keyPrefix}:slack-pace:${scope}`;
  return {
    async reserve(paces, { maxWaitMs, ticket }) {
      const keys = [ticket ? key(`ticket:${ticket}`) : key('ticket:-'), ...paces.map((p) => key(p.scope))];
      // Lua cannot read 'Infinity': "wait as long as it takes" is a year.
      const cap = Math.min(Math.max(0, Math.round(maxWaitMs)), 365 * 86_400_000);
      const args: (string | number)[] = [cap, ticket ? '1' : '0', TICKET_GRACE_MS];
      for (const p of paces) args.push(p.intervalMs, p.burst);
      const [go, waitMs] = (await reserveScript(redis, keys, args)) as [number, number];
      return { go: go === 1, waitMs };
    },
    async pause(pace, ms) {
      await pauseScript(redis, [key(pace.scope)], [Math.max(0, Math.round(ms)), pace.intervalMs, pace.burst]);
    },
  };
}
