import { en } from './catalogs/en.ts';
import { type Catalog, type MessageKey, zhCN } from './catalogs/zh-CN.ts';

export type { MessageKey };
export type Locale = 'zh-CN' | 'en';
export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];

export const catalogs: Record<Locale, Catalog> = { 'zh-CN': zhCN, en };

/** Maps a Slack locale (`zh-CN`, `zh-TW`, `en-US`, …) to one we ship. */
export function toLocale(slackLocale: string | undefined | null, fallback: Locale): Locale {
  if (!slackLocale) return fallback;
  const lower = slackLocale.toLowerCase();
  if (lower.startsWith('zh')) return 'zh-CN';
  if (lower.startsWith('en')) return 'en';
  return fallback;
}

/** Looks a message up and fills `{name}` placeholders. */
export function t(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
  const template = catalogs[locale][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export type Translator = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translator(locale: Locale): Translator {
  return (key, params) => t(locale, key, params);
}
