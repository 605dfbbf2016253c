/** Where a response_url's messages go: the channel (and message) the interaction came from. */
export interface ResponseTarget {
  channelId: string;
  userId: string;
  /** The message the interaction was on; replace_original / delete_original act on it. */
  messageTs?: string;
}

interface ResponseUrl extends ResponseTarget {
  id: string;
  issuedAt: number;
  uses: number;
}

/** Slack documents a response_url as usable up to 5 times within 30 minutes. */
export const RESPONSE_URL_MAX_USES = 5;
export const RESPONSE_URL_LIFETIME_MS = 30 * 60 * 1000;

export class ResponseUrlRegistry {
  private readonly urls = new Map<string, ResponseUrl>();
  private serial = 0;

  constructor(private readonly now: () => number) {}

  issue(target: ResponseTarget): string {
    this.serial += 1;
    const id = `${this.serial}${Math.floor(Math.random() * 1e9).toString(36)}`;
    this.urls.set(id, { ...target, id, issuedAt: this.now(), uses: 0 });
    return id;
  }

  /** Counts a use; answers why the URL can no longer be used, if it cannot. */
  use(id: string): { target: ResponseTarget } | { error: 'no_such_url' | 'expired_url' | 'used_url' } {
    const url = this.urls.get(id);
    if (!url) return { error: 'no_such_url' };
    if (this.now() - url.issuedAt > RESPONSE_URL_LIFETIME_MS) return { error: 'expired_url' };
    if (url.uses >= RESPONSE_URL_MAX_USES) return { error: 'used_url' };
    url.uses += 1;
    return { target: url };
  }

  clear(): void {
    this.urls.clear();
  }
}
