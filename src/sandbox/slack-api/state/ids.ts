import { createHash, randomBytes } from 'node:crypto';

/**
 * Slack-looking identifiers. Counters keep them unique inside one fake; the DM id is a hash of the member set
 * so that the same users always get the same conversation, as in Slack.
 */
export class IdFactory {
  private counter = 0;
  private tsCounter = 0;

  constructor(private readonly now: () => number) {}

  /** `V0000001A` style: a prefix letter and an upper-case base-36 serial. */
  next(prefix: string): string {
    this.counter += 1;
    return `${prefix}${this.counter.toString(36).toUpperCase().padStart(8, '0')}`;
  }

  /** Message timestamp: `seconds.micro`, strictly increasing even within one second. */
  ts(): string {
    this.tsCounter = (this.tsCounter + 1) % 1_000_000;
    return `${Math.floor(this.now() / 1000)}.${String(this.tsCounter).padStart(6, '0')}`;
  }

  /** A view hash, as views.open answers it: `seconds.random`. */
  hash(): string {
    return `${Math.floor(this.now() / 1000)}.${randomBytes(4).toString('hex')}`;
  }

  /** Stable id for a conversation between the bot and a set of users. */
  static conversation(prefix: string, members: string[]): string {
    const digest = createHash('sha1')
      .update([...members].sort().join(','))
      .digest('hex');
    return `${prefix}${digest.slice(0, 10).toUpperCase()}`;
  }
}
