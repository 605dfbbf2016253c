// `npm start`: a small deployment in one process — local services brought up if needed, then the
// web app and the workers side by side. Without Slack credentials it starts the local sandbox instead
// (issue 5): the same app and workers, talking to a Slack stand-in on this machine.

import { startWorkers, type WorkersHandle } from '../workers/runner.ts';
import { missingSlackVariables } from './config/config.ts';
import { boot, onShutdown, prepare } from './process/bootstrap.ts';
import type { SlackApp } from './slack/app.ts';
import { startWeb } from './web.ts';
import { createWiring } from './wiring.ts';

const { config, logger } = boot('zhuqi');
await prepare(config, logger, true);
if (missingSlackVariables(config).length > 0) {
  // Loaded only here: a connected deployment never loads the sandbox.
  const { startSandbox } = await import('./sandbox/start-sandbox.ts');
  await startSandbox(config, logger);
} else {
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
}
