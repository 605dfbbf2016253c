// workers/main.ts as the tests that kill a worker run it: the same wiring and runner, with job locks of
// TEST_WORKER_LOCK_MS. BullMQ's default 30 s lock would make a takeover test wait up to a minute.
import { boot, onShutdown } from '../../src/process/bootstrap.ts';
import { createWiring } from '../../src/wiring.ts';
import { startWorkers } from '../../workers/runner.ts';

const { config, logger } = boot('workers');
const wiring = createWiring(config, logger);
const lockDuration = Number(process.env.TEST_WORKER_LOCK_MS ?? 30_000);
const workers = await startWorkers(wiring, { lockDuration, stalledInterval: Math.round(lockDuration / 2) });
// Handlers before the line a test waits for: a signal sent right after it must find them in place.
onShutdown(logger, async () => {
  await workers.close();
  await wiring.close();
});
logger.info({ queues: workers.workers.map((w) => w.name), lockDuration }, 'workers running');
