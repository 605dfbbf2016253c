// Web entry: config → services → wiring → Bolt.
import { missingSlackVariables } from './config/config.ts';
import { boot, fail, onShutdown, prepare } from './process/bootstrap.ts';
import type { SlackApp } from './slack/app.ts';
import { startWeb } from './web.ts';
import { createWiring } from './wiring.ts';

const { config, logger } = boot('web');
const missing = missingSlackVariables(config);
if (missing.length > 0) fail(`no Slack credentials: set ${missing.join(' and ')} (see .env.example)`);
await prepare(config, logger, false);
const wiring = createWiring(config, logger);
// Signals are handled before anything starts, so a SIGTERM during start-up still stops cleanly.
let slack: SlackApp | undefined;
onShutdown(logger, async () => {
  await slack?.stop();
  await wiring.close();
});
({ slack } = await startWeb(wiring));
