/** A message as the fake keeps it (and as Slack returns it in `message`). */
export interface StoredMessage {
  type: 'message';
  channel: string;
  ts: string;
  text?: string;
  blocks?: unknown[];
  attachments?: unknown[];
  thread_ts?: string;
  metadata?: unknown;
  files?: unknown[];
  user: string;
  bot_id?: string;
  app_id?: string;
  team: string;
  edited?: { user: string; ts: string };
}

export interface StoredEphemeral {
  channel: string;
  user: string;
  message_ts: string;
  text?: string;
  blocks?: unknown[];
}

/** Messages per channel, in posting order; chat.update and chat.delete act on them. */
export class MessageStore {
  private readonly byChannel = new Map<string, StoredMessage[]>();
  readonly ephemerals: StoredEphemeral[] = [];

  add(message: StoredMessage): StoredMessage {
    const list = this.byChannel.get(message.channel) ?? [];
    list.push(message);
    this.byChannel.set(message.channel, list);
    return message;
  }

  in(channel: string): StoredMessage[] {
    return [...(this.byChannel.get(channel) ?? [])];
  }

  find(channel: string, ts: string): StoredMessage | undefined {
    return this.byChannel.get(channel)?.find((m) => m.ts === ts);
  }

  remove(channel: string, ts: string): boolean {
    const list = this.byChannel.get(channel);
    const index = list?.findIndex((m) => m.ts === ts) ?? -1;
    if (!list || index < 0) return false;
    list.splice(index, 1);
    return true;
  }

  channels(): string[] {
    return [...this.byChannel.keys()];
  }

  clear(): void {
    this.byChannel.clear();
    this.ephemerals.length = 0;
  }
}

/** Copies only the content fields the caller sent, so an update keeps what it did not mention. */
export function messageContent(args: Record<string, unknown>): Partial<StoredMessage> {
  const content: Partial<StoredMessage> = {};
  if (typeof args.text === 'string') content.text = args.text;
  if (Array.isArray(args.blocks)) content.blocks = args.blocks;
  if (Array.isArray(args.attachments)) content.attachments = args.attachments;
  if (args.metadata !== undefined) content.metadata = args.metadata;
  return content;
}
