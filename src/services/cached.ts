/**
 * Memoises a slow read for `ttlMs` (the calendar and the settings: read on every move, changed
 * rarely by an admin). Concurrent callers share one pending read.
 */
export function cached<T>(
  read: () => Promise<T>,
  ttlMs: number,
  now: () => number = Date.now,
): () => Promise<T> {
  let value: Promise<T> | undefined;
  let readAt = 0;
  return () => {
    if (value === undefined || now() - readAt > ttlMs) {
      readAt = now();
      value = read();
      value.catch(() => {
        value = undefined;
      });
    }
    return value;
  };
}
