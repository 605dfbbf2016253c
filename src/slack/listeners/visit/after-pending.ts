/**
 * Resumes after the event loop has taken in the I/O already waiting: called right after `ack()`, it
 * lets the other requests already received be acked before this one's work begins (a burst of
 * cadres pressing at once is acked first, then served).
 */
export function afterPendingRequests(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
