// `npm run db:migrate`: brings DATABASE_URL's database up to the migrations in prisma/migrations,
// creating the database first when it does not exist.
import { loadConfig } from '../config/config.ts';
import {
  applyMigrations,
  createDatabaseIfMissing,
  splitDatabaseUrl,
} from '../persistence/migrations/apply.ts';

async function main(): Promise<void> {
  const { databaseUrl } = loadConfig();
  const { database } = splitDatabaseUrl(databaseUrl);
  if (await createDatabaseIfMissing(databaseUrl)) console.log(`created database ${database}`);
  const { applied } = await applyMigrations(databaseUrl, { log: (msg) => console.log(msg) });
  if (applied.length === 0) console.log(`database ${database} is up to date`);
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  const down = (error as { code?: string }).code === 'ECONNREFUSED';
  console.error(`db:migrate: ${message}${down ? ' (is PostgreSQL running?)' : ''}`);
  process.exitCode = 1;
});
