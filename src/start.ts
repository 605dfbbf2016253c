// `npm start`: a small deployment in one process — local services brought up if needed, then the
// web app and the workers side by side.

import { startWorkers, type WorkersHandle } from '../workers/runner.ts';
import { missingSlackVariables } from './config/config.ts';
import { boot, fail, onShutdown, prepare } from './process/bootstrap.ts';
import type { SlackApp } from './slack/app.ts';
import { startWeb } from './web.ts';
import { createWiring } from './wiring.ts';

const { config, logger } = boot('zhuqi');
const missing = missingSlackVariables(config);
if (missing.length > 0) fail(`no Slack credentials: set ${missing.join(' and ')} (see .env.example)`);
await prepare(config, logger, true);
const wiring = createWiring(config, logger);
// Signals are handled before anything starts, so a SIGTERM during start-up still stops cleanly.
let workers: WorkersHandle | undefined;
let slack: SlackApp | undefined;
onShutdown(logger, async () => {
  await slack?.stop();
  await workers?.close();
  await wiring.close();
});
workers = await startWorkers(wiring);
({ slack } = await startWeb(wiring));
