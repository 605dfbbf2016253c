// The sandbox page and its API, served by the app's own HTTP receiver beside /slack/events.
import { readFile } from 'node:fs/promises';
import type { CustomRoute } from '@slack/bolt';
import { handleApi, type SandboxDeps, SandboxRequestError } from './api.ts';
import { readJson, sendJson, sendText } from './http.ts';

const PUBLIC = new URL('./public/', import.meta.url);
const ASSETS: Record<string, string> = {
  'app.js': 'text/javascript; charset=utf-8',
  'blocks.js': 'text/javascript; charset=utf-8',
  'inputs.js': 'text/javascript; charset=utf-8',
  'dom.js': 'text/javascript; charset=utf-8',
  'app.css': 'text/css; charset=utf-8',
};

export function sandboxRoutes(deps: SandboxDeps): CustomRoute[] {
  const page: CustomRoute['handler'] = (_req, res) => {
    readFile(new URL('index.html', PUBLIC)).then(
      (html) => sendText(res, 200, 'text/html; charset=utf-8', html),
      (err: unknown) => sendText(res, 500, 'text/plain', String(err)),
    );
  };
  return [
    { path: '/sandbox', method: ['GET'], handler: page },
    {
      path: '/sandbox/assets/:file',
      method: ['GET'],
      handler: (req, res) => {
        const file = String(req.params?.file ?? '');
        const type = ASSETS[file];
        if (!type) return sendText(res, 404, 'text/plain', 'not found');
        readFile(new URL(file, PUBLIC)).then(
          (body) => sendText(res, 200, type, body),
          (err: unknown) => sendText(res, 500, 'text/plain', String(err)),
        );
      },
    },
    {
      path: '/sandbox/api/:name',
      method: ['POST'],
      handler: (req, res) => {
        readJson(req)
          .then((body) => handleApi(deps, String(req.params?.name ?? ''), body))
          .then(
            (answer) => sendJson(res, 200, answer ?? {}),
            (err: unknown) => {
              const known = err instanceof SandboxRequestError || err instanceof SyntaxError;
              if (!known) deps.logger.error({ err }, 'sandbox request failed');
              sendJson(res, known ? 400 : 500, { error: (err as Error).message });
            },
          );
      },
    },
  ];
}
