// The only module that reads process.env. Everything else receives a typed Config.
import { z } from 'zod';

const optionalString = z
  .string()
  .trim()
  .transform((s) => (s === '' ? undefined : s))
  .optional();

const timeZone = z.string().refine(
  (tz) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  },
  { message: 'an IANA time zone such as Asia/Shanghai' },
);

export const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'a postgresql:// URL')
    .default('postgresql://postgres@127.0.0.1:5432/zhuqi'),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'a redis:// URL')
    .default('redis://127.0.0.1:6379'),
  SLACK_BOT_TOKEN: optionalString.pipe(
    z
      .string()
      .regex(/^xoxb-/, 'a bot token starting with xoxb-')
      .optional(),
  ),
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_APP_TOKEN: optionalString.pipe(
    z
      .string()
      .regex(/^xapp-/, 'an app-level token starting with xapp-')
      .optional(),
  ),
  SLACK_API_URL: optionalString.pipe(z.url('an http(s) URL ending in /api/').optional()),
  PORT: z.coerce
    .number('a port number from 0 to 65535')
    .int('a port number from 0 to 65535')
    .min(0, 'a port number from 0 to 65535')
    .max(65535, 'a port number from 0 to 65535')
    .default(3000),
  HOST: z.string().default('0.0.0.0'),
  APP_TIMEZONE: timeZone.default('Asia/Shanghai'),
  APP_LOCALE: z.enum(['zh-CN', 'en'], 'zh-CN or en').default('zh-CN'),
  LOG_LEVEL: z
    .enum(
      ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'],
      'one of fatal, error, warn, info, debug, trace, silent',
    )
    .default('info'),
  QUEUE_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9:_-]+$/, 'letters, digits, : _ -')
    .default('zhuqi'),
});

export type Env = z.infer<typeof envSchema>;

export interface Config {
  databaseUrl: string;
  redisUrl: string;
  queuePrefix: string;
  slack: {
    botToken?: string;
    signingSecret?: string;
    appToken?: string;
    apiUrl?: string;
    /** How long a user's Slack locale is trusted (default: a week on the cadre row, 10 min in memory).
     *  The local sandbox sets 0: its language switch must take effect on the next click. */
    localeCacheMs?: number;
  };
  http: { port: number; host: string };
  timeZone: string;
  locale: 'zh-CN' | 'en';
  logLevel: Env['LOG_LEVEL'];
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    readonly expected: string,
  ) {
    super(`${variable}: expected ${expected}`);
    this.name = 'ConfigError';
  }
}

/** Parses an environment; throws ConfigError naming the first bad variable. */
export function loadConfig(
  env: NodeJS.ProcessEnv | Record<string, string | undefined> = process.env,
): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue?.path[0] ?? 'environment');
    const given = env[variable];
    const expected = issue?.message ?? 'a valid value';
    throw new ConfigError(variable, given === undefined ? `${expected} (it is not set)` : expected);
  }
  const e = parsed.data;
  return {
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
    queuePrefix: e.QUEUE_PREFIX,
    slack: {
      botToken: e.SLACK_BOT_TOKEN,
      signingSecret: e.SLACK_SIGNING_SECRET,
      appToken: e.SLACK_APP_TOKEN,
      apiUrl: e.SLACK_API_URL,
    },
    http: { port: e.PORT, host: e.HOST },
    timeZone: e.APP_TIMEZONE,
    locale: e.APP_LOCALE,
    logLevel: e.LOG_LEVEL,
  };
}

/** The Slack variables still missing for a connected deployment (empty when ready). */
export function missingSlackVariables(config: Config): string[] {
  const missing: string[] = [];
  if (!config.slack.botToken) missing.push('SLACK_BOT_TOKEN');
  if (!config.slack.signingSecret && !config.slack.appToken) missing.push('SLACK_SIGNING_SECRET');
  return missing;
}
