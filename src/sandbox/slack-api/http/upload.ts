import type { IncomingMessage } from 'node:http';
import type { Workspace } from '../state/workspace.ts';
import { mediaType, parseMultipart } from './body.ts';

export interface UploadAnswer {
  status: number;
  text: string;
  args: Record<string, unknown>;
}

/**
 * Step 2 of Slack's upload flow: the bytes POSTed to the upload URL. The WebClient sends them as a
 * multipart part; raw bodies are accepted too, as Slack does. Slack answers a plain-text `OK - <size>`.
 */
export async function receiveUpload(
  ws: Workspace,
  fileId: string,
  req: IncomingMessage,
  raw: Buffer,
): Promise<UploadAnswer> {
  const file = ws.files.get(fileId);
  if (!file) return { status: 404, text: 'file_not_found', args: { file_id: fileId } };
  let bytes = raw;
  if (mediaType(req) === 'multipart/form-data') {
    const parts = Object.values(await parseMultipart(req, raw));
    bytes = parts.find((p): p is Buffer => Buffer.isBuffer(p)) ?? Buffer.from(String(parts[0] ?? ''));
  }
  file.bytes = bytes;
  return { status: 200, text: `OK - ${bytes.length}`, args: { file_id: fileId, size: bytes.length } };
}
