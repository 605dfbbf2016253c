// Web entry: config → services → wiring → Bolt.
import { missingSlackVariables } from './config/config.ts';
import { boot, fail, onShutdown, prepare } from './process/bootstrap.ts';
import { startWeb } from './web.ts';
import { createWiring } from './wiring.ts';

const { config, logger } = boot('web');
const missing = missingSlackVariables(config);
if (missing.length > 0) fail(`no Slack credentials: set ${missing.join(' and ')} (see .env.example)`);
await prepare(config, logger, false);
const wiring = createWiring(config, logger);
const { slack } = await startWeb(wiring);
onShutdown(logger, async () => {
  await slack.stop();
  await wiring.close();
});
