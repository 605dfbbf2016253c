// Imported first by the global setup: `npm test` brings up a local PostgreSQL and Redis that are
// installed but stopped, or stops with one line saying what is missing.
import { ensureServices, ServiceUnavailableError } from '../../src/ops/ensure-services.ts';
import { chromiumMissing } from './chromium.ts';
import { testServerUrl } from './database.ts';

try {
  await ensureServices({
    databaseUrl: testServerUrl(),
    redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    startLocal: true,
    migrate: false,
    log: (line) => process.stdout.write(`zhuqi test setup: ${line}\n`),
  });
} catch (err) {
  if (err instanceof ServiceUnavailableError) {
    process.stderr.write(`zhuqi: ${err.message}\n`);
    process.exit(1);
  }
  throw err;
}

const noBrowser = chromiumMissing();
if (noBrowser) {
  process.stderr.write(`zhuqi: ${noBrowser}\n`);
  process.exit(1);
}
