export interface Trigger {
  id: string;
  userId?: string;
  /** The view the interaction came from: views.push stacks on top of it. */
  viewId?: string;
  issuedAt: number;
  exchanged: boolean;
}

export type TriggerError = 'invalid_trigger_id' | 'expired_trigger_id' | 'exchanged_trigger_id';

export interface IssueTriggerOptions {
  userId?: string;
  viewId?: string;
  /** Backdate the trigger (epoch ms), e.g. to test the 3-second expiry without waiting. */
  issuedAt?: number;
}

/**
 * Slack's trigger_id rule: valid for 3 seconds and exchangeable once. Error names are Slack's own
 * (views.open / views.push docs): unknown → invalid_trigger_id, reused → exchanged_trigger_id,
 * too old → expired_trigger_id.
 */
export class TriggerRegistry {
  private readonly triggers = new Map<string, Trigger>();
  private serial = 0;

  constructor(
    private readonly now: () => number,
    private readonly lifetimeMs = 3000,
  ) {}

  issue(options: IssueTriggerOptions = {}): string {
    this.serial += 1;
    const random = Math.floor(Math.random() * 0xffffffff).toString(16);
    const id = `${this.serial}${Math.floor(this.now() / 1000)}.1000000001.${random}`;
    this.triggers.set(id, { id, issuedAt: options.issuedAt ?? this.now(), exchanged: false, ...options });
    return id;
  }

  exchange(id: unknown): { trigger: Trigger } | { error: TriggerError } {
    const trigger = typeof id === 'string' ? this.triggers.get(id) : undefined;
    if (!trigger) return { error: 'invalid_trigger_id' };
    if (trigger.exchanged) return { error: 'exchanged_trigger_id' };
    if (this.now() - trigger.issuedAt > this.lifetimeMs) return { error: 'expired_trigger_id' };
    trigger.exchanged = true;
    return { trigger };
  }

  reset(): void {
    this.triggers.clear();
  }
}
