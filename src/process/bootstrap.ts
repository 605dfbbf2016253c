// What every entry point does first: read the config, say in one line what is wrong, make sure the
// services answer, and shut down cleanly on SIGTERM/SIGINT.
import { type Config, ConfigError, loadConfig } from '../config/config.ts';
import { createLogger, type Logger } from '../logger.ts';
import { ensureServices, ServiceUnavailableError } from '../ops/ensure-services.ts';

export function fail(line: string): never {
  process.stderr.write(`zhuqi: ${line}\n`);
  process.exit(1);
}

export function readConfigOrExit(): Config {
  try {
    return loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) fail(`configuration error: ${err.message}`);
    throw err;
  }
}

export async function prepare(config: Config, logger: Logger, startLocal: boolean): Promise<void> {
  try {
    await ensureServices({
      databaseUrl: config.databaseUrl,
      redisUrl: config.redisUrl,
      startLocal,
      migrate: true,
      log: (line) => logger.info(line),
    });
  } catch (err) {
    if (err instanceof ServiceUnavailableError) fail(err.message);
    throw err;
  }
}

export function boot(component: string): { config: Config; logger: Logger } {
  const config = readConfigOrExit();
  return { config, logger: createLogger(config.logLevel, { component }) };
}

/** Runs `stop` once on the first SIGTERM/SIGINT; a second signal exits at once. */
export function onShutdown(logger: Logger, stop: () => Promise<void>): void {
  let stopping = false;
  const handle = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => {
      logger.error('shutdown took longer than 10 s; exiting');
      process.exit(1);
    }, 10_000);
    force.unref();
    stop().then(
      () => {
        logger.info('stopped');
        process.exit(0);
      },
      (err: unknown) => {
        logger.error({ err }, 'error while stopping');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', handle);
  process.on('SIGINT', handle);
}
