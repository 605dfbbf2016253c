/**
 * Database work the web process does after an ack (a submission's write, the /visit pre-fill and its
 * cadre lookup) goes through a lane: it waits until no submission has been acked for `quietMs` (a
 * burst is still arriving), up to `yieldMs`, then runs a few at a time. Measured (docs/benchmarks.md):
 * with 50 requests at once, the post-ack work of the first ones acked (pooled connections held, and
 * CPU on the same event loop) made the next ones' pre-ack queries wait. Through the lane acks go
 * first and the rest follows, none dropped: the same work, in Slack's order of urgency (an ack within
 * 3 s; a modal update whenever it is ready).
 */
export interface Lane {
  /** Marks a request being acked until the returned function is called. */
  acking(): () => void;
  /**
   * Resolves once the acks have gone quiet (none for `quietMs`, the lane's own by default), or after
   * `maxMs` at most (no slot is taken).
   */
  quiet(maxMs: number, quietMs?: number): Promise<void>;
  run<T>(work: () => Promise<T>): Promise<T>;
}

export interface LaneTiming {
  /** Longest wait for the acks to go quiet: a steady stream of requests must not starve the work. */
  yieldMs?: number;
  /** How long without an ack counts as the end of a burst (requests of one arrive a few ms apart). */
  quietMs?: number;
}

export function createLane(
  limit: number,
  { yieldMs = 500, quietMs: laneQuietMs = 15 }: LaneTiming = {},
): Lane {
  let running = 0;
  let acks = 0;
  let lastAckEnded = Number.NEGATIVE_INFINITY;
  const waiting: Array<() => void> = [];

  /** Resolves once no ack is pending and none ended in the last `quietMs`, or after `maxMs`. */
  function acksDone(maxMs = yieldMs, quietMs = laneQuietMs): Promise<void> {
    const began = performance.now();
    return new Promise((resolve) => {
      const check = () => {
        const now = performance.now();
        const waited = now - began;
        const quietFor = now - lastAckEnded;
        if (waited >= maxMs || (acks === 0 && quietFor >= quietMs)) return resolve();
        const next = acks === 0 ? quietMs - quietFor : quietMs;
        setTimeout(check, Math.max(1, Math.min(next, maxMs - waited)));
      };
      check();
    });
  }

  return {
    acking() {
      acks += 1;
      let ended = false;
      return () => {
        if (ended) return;
        ended = true;
        acks -= 1;
        lastAckEnded = performance.now();
      };
    },

    quiet: (maxMs, quietMs) => acksDone(Math.min(maxMs, yieldMs), quietMs),

    async run(work) {
      await acksDone();
      // A finished run hands its slot straight to the next waiting one.
      if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
      else running += 1;
      try {
        return await work();
      } finally {
        const next = waiting.shift();
        if (next) next();
        else running -= 1;
      }
    },
  };
}
