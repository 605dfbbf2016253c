import { type Logger, pino } from 'pino';

export type { Logger };

/** Structured JSON logs on stdout, one object a line. */
export function createLogger(level: string, bindings: Record<string, unknown> = {}): Logger {
  return pino({ level, base: { app: 'zhuqi', ...bindings }, timestamp: pino.stdTimeFunctions.isoTime });
}
