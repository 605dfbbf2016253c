// What scripts/bench/slack-acks.ts and its load generator (ack-load.ts, a worker thread) exchange.
import type { FakeSlack } from '../../test/support/fake-slack/index.ts';

export interface LoadSetup {
  urls: { bare: string; zhuqi: string };
  signingSecret: string;
  team: FakeSlack['team'];
  bot: FakeSlack['bot'];
  userIds: string[];
  enterpriseIds: number[];
  today: string;
  requests: number;
  rounds: number;
  concurrency: number;
  queries: Array<{ kind: string; query: string }>;
  /** `/visit`, `submission` or both (`--only`), each measured on both apps. */
  kinds: ReadonlyArray<'/visit' | 'submission'>;
  /** Whether the enterprise search phase runs. */
  search: boolean;
}

export type Phase = 'bare /visit' | 'zhuqi /visit' | 'bare submission' | 'zhuqi submission';
export const PHASES: readonly Phase[] = [
  'bare /visit',
  'zhuqi /visit',
  'bare submission',
  'zhuqi submission',
];

/** The phases measuring the kinds of request asked for. */
export const phasesOf = (kinds: LoadSetup['kinds']): Phase[] =>
  PHASES.filter((p) => kinds.some((k) => p.endsWith(` ${k}`)));

/**
 * `burst`: `concurrency` requests sent at the same instant, answered, the apps left to finish, again —
 * many cadres pressing at once. `sustained`: `concurrency` always in flight, a new request as soon as
 * one is answered — a saturation test, where latency follows each request's whole cost, ack or not.
 */
export const LOAD_MODES = ['burst', 'sustained'] as const;
export type LoadMode = (typeof LOAD_MODES)[number];

export interface LoadResult {
  samples: Record<LoadMode, Record<Phase, number[]>>;
  search: Record<string, number[]>;
  /** Answers other than 200 (Bolt's 404 for a request not acked in 2.5 s), by phase. */
  refused: Record<string, number>;
}

/** Messages to the main thread; each gets one answer. */
export type Ask =
  | { ask: 'trigger'; userId: string }
  | { ask: 'responseUrl'; userId: string }
  | { ask: 'settle' }
  /** Where the CPU goes (scripts/bench/cpu-ledger.ts): a phase's requests begin, or have settled. */
  | { ask: 'begin' | 'end'; phase: string };
