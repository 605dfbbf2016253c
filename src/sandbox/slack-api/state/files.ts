/** A file going through Slack's external upload flow. */
export interface StoredFile {
  id: string;
  filename: string;
  length: number;
  altText?: string;
  bytes?: Buffer;
  title?: string;
  completed: boolean;
  channels: string[];
}

export class FileStore {
  private readonly files = new Map<string, StoredFile>();

  add(file: StoredFile): StoredFile {
    this.files.set(file.id, file);
    return file;
  }

  get(id: string): StoredFile | undefined {
    return this.files.get(id);
  }

  clear(): void {
    this.files.clear();
  }
}

/** Slack's `file` object, trimmed to what an app reads back. */
export function describeFile(
  file: StoredFile,
  teamId: string,
  userId: string,
  now: number,
): Record<string, unknown> {
  return {
    id: file.id,
    created: Math.floor(now / 1000),
    name: file.filename,
    title: file.title ?? file.filename,
    user: userId,
    user_team: teamId,
    size: file.bytes?.length ?? file.length,
    mode: 'hosted',
    is_external: false,
    channels: file.channels,
  };
}
