// Worker entry: the same wiring as the web process, BullMQ workers and job schedulers.
import { boot, onShutdown, prepare } from '../src/process/bootstrap.ts';
import { createWiring } from '../src/wiring.ts';
import { startWorkers, type WorkersHandle } from './runner.ts';

const { config, logger } = boot('workers');
await prepare(config, logger, false);
const wiring = createWiring(config, logger);
// Signals are handled before anything starts, so a SIGTERM during start-up still stops cleanly.
let workers: WorkersHandle | undefined;
onShutdown(logger, async () => {
  await workers?.close();
  await wiring.close();
});
workers = await startWorkers(wiring);
logger.info({ queues: workers.workers.map((w) => w.name) }, 'workers running');
