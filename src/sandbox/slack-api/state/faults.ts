import type { Fault, SlackBody } from '../types.ts';

export interface FaultAnswer {
  status: number;
  headers: Record<string, string>;
  body: SlackBody;
}

/** Failures queued per method, consumed one per call in the order they were queued. */
export class FaultPlan {
  private readonly queued = new Map<string, Fault[]>();

  failNext(method: string, fault: Fault, times = 1): void {
    const list = this.queued.get(method) ?? [];
    for (let i = 0; i < times; i += 1) list.push(fault);
    this.queued.set(method, list);
  }

  take(method: string): Fault | undefined {
    const list = this.queued.get(method);
    const fault = list?.shift();
    if (list && list.length === 0) this.queued.delete(method);
    return fault;
  }

  reset(): void {
    this.queued.clear();
  }
}

/** How Slack answers each kind of failure: 429 with Retry-After, 5xx, or ok:false on a 200. */
export function answerFor(fault: Fault): FaultAnswer {
  if (fault.status === 429) {
    const retryAfter = String(fault.retryAfter ?? 1);
    return { status: 429, headers: { 'retry-after': retryAfter }, body: { ok: false, error: 'ratelimited' } };
  }
  if (fault.status !== undefined) {
    return { status: fault.status, headers: {}, body: { ok: false, error: 'internal_error' } };
  }
  return { status: 200, headers: {}, body: { ok: false, error: fault.error } };
}
