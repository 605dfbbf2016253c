/**
 * Database work the web process does after an ack (the /visit pre-fill and its cadre lookup) goes
 * through a lane: it waits while submissions are still being acked (up to `yieldMs`), then runs a
 * few at a time. Measured (docs/benchmarks.md): with 50 requests at once, the post-ack work of the
 * first ones acked (pooled connections held, and CPU on the same event loop) made the next ones'
 * pre-ack query wait. Through the lane acks go first and the rest follows, none dropped: the same
 * work, in Slack's order of urgency (an ack within 3 s; a modal update whenever it is ready).
 */
export interface Lane {
  /** Marks a request being acked until the returned function is called. */
  acking(): () => void;
  run<T>(work: () => Promise<T>): Promise<T>;
}

export function createLane(limit: number, yieldMs = 500): Lane {
  let running = 0;
  let acks = 0;
  const waiting: Array<() => void> = [];
  let idle: Array<() => void> = [];

  /** Resolves once no ack is pending, or after `yieldMs` (a steady stream must not starve writes). */
  function acksDone(): Promise<void> {
    if (acks === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, yieldMs);
      idle.push(() => {
        clearTimeout(timer);
        resolve();
      });
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
        if (acks > 0) return;
        const wake = idle;
        idle = [];
        for (const resolve of wake) resolve();
      };
    },

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
