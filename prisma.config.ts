// Read by the Prisma CLI (generate; `migrate deploy` on a machine that has the native engine).
// The app itself never reads this file: it builds its client from src/config.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/zhuqi' },
});
