// An HTTP proxy in front of the fake Slack that passes every call through but never answers the calls of
// one method: the call reaches Slack (the fake stores the message) while the caller waits forever —
// the moment a worker is killed in the middle of sending, made to last as long as the test needs.
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface HoldingProxy {
  /** The Web API base URL to give the app (`…/api/`). */
  url: string;
  /** How many calls of the held method went through unanswered. */
  held(): number;
  stop(): Promise<void>;
}

export async function startHoldingProxy(targetOrigin: string, heldMethod: string): Promise<HoldingProxy> {
  const waiting: ServerResponse[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      const headers: Record<string, string> = {};
      for (const name of ['content-type', 'authorization']) {
        const value = req.headers[name];
        if (typeof value === 'string') headers[name] = value;
      }
      const upstream = await fetch(`${targetOrigin}${req.url ?? '/'}`, {
        method: req.method ?? 'POST',
        headers,
        body: req.method === 'GET' ? undefined : Buffer.concat(chunks),
      });
      const body = await upstream.text();
      if (req.url?.endsWith(`/api/${heldMethod}`)) {
        waiting.push(res);
        return;
      }
      res.writeHead(upstream.status, {
        'content-type': upstream.headers.get('content-type') ?? 'application/json',
      });
      res.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/`,
    held: () => waiting.length,
    async stop() {
      for (const res of waiting) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
