/**
 * Calls made while an earlier one is running are sent together, as one, when it ends: the way a
 * database commits many transactions with one flush. Alone, a call goes at once; in a burst of 50,
 * a handful of statements carry them all, each paying one round trip, one parse and one commit
 * instead of 50 (measured, docs/benchmarks.md). `send` answers each item in order, or throws, and
 * then every call of that group fails with its error.
 */
export function groupCalls<I, O>(
  send: (items: I[]) => Promise<O[]>,
  options: { maxGroup?: number } = {},
): (item: I) => Promise<O> {
  const maxGroup = options.maxGroup ?? 100;
  type Waiting = { item: I; resolve: (out: O) => void; reject: (error: unknown) => void };
  let queue: Waiting[] = [];
  let sending = false;

  async function drain(): Promise<void> {
    sending = true;
    while (queue.length > 0) {
      const group = queue.slice(0, maxGroup);
      queue = queue.slice(group.length);
      try {
        const answers = await send(group.map((w) => w.item));
        if (answers.length !== group.length) {
          throw new Error(`grouped call answered ${answers.length} of ${group.length} items`);
        }
        for (const [i, w] of group.entries()) w.resolve(answers[i] as O);
      } catch (error) {
        for (const w of group) w.reject(error);
      }
    }
    sending = false;
  }

  return (item) =>
    new Promise<O>((resolve, reject) => {
      queue.push({ item, resolve, reject });
      if (!sending) void drain();
    });
}
