import type { RecordedCall } from '../types.ts';

type Predicate = (call: RecordedCall) => boolean;

interface Waiter {
  method: string;
  predicate: Predicate;
  resolve(call: RecordedCall): void;
}

/** Every request the fake answered, in arrival order, with helpers to query and await them. */
export class CallRecorder {
  private readonly list: RecordedCall[] = [];
  private readonly waiters = new Set<Waiter>();

  record(call: RecordedCall): void {
    this.list.push(call);
    for (const waiter of this.waiters) {
      if (waiter.method === call.method && waiter.predicate(call)) {
        this.waiters.delete(waiter);
        waiter.resolve(call);
      }
    }
  }

  calls(method?: string): RecordedCall[] {
    return method ? this.list.filter((c) => c.method === method) : [...this.list];
  }

  lastCall(method: string): RecordedCall | undefined {
    return this.calls(method).at(-1);
  }

  /**
   * The first call of `method` matching `predicate`, already recorded or still to come. Rejects after
   * `timeoutMs` with the list of what did arrive, so a failing test says what the app called instead.
   */
  waitForCall(method: string, predicate: Predicate = () => true, timeoutMs = 2000): Promise<RecordedCall> {
    const seen = this.list.find((c) => c.method === method && predicate(c));
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        method,
        predicate,
        resolve: (call) => {
          clearTimeout(timer);
          resolve(call);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        const got = this.list.map((c) => c.method).join(', ') || 'nothing';
        reject(new Error(`fake Slack: no matching ${method} call within ${timeoutMs} ms (received: ${got})`));
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }

  reset(): void {
    this.list.length = 0;
  }
}
