import { messages } from './messages/index.ts';

export type Locale = 'zh-CN' | 'en';
export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];
export type MessageKey = keyof typeof messages;
export type Catalog = Record<MessageKey, string>;

function catalogOf(locale: Locale): Catalog {
  return Object.fromEntries(Object.entries(messages).map(([key, m]) => [key, m[locale]])) as Catalog;
}

/** The zh-CN and en catalogs, built from the side-by-side message modules. */
export const catalogs: Record<Locale, Catalog> = { 'zh-CN': catalogOf('zh-CN'), en: catalogOf('en') };

/** Maps a Slack locale (`zh-CN`, `zh-TW`, `en-US`, …) to one we ship. */
export function toLocale(slackLocale: string | undefined | null, fallback: Locale): Locale {
  if (!slackLocale) return fallback;
  const lower = slackLocale.toLowerCase();
  if (lower.startsWith('zh')) return 'zh-CN';
  if (lower.startsWith('en')) return 'en';
  return fallback;
}

export type MessageParams = Record<string, string | number>;

/** Looks a message up and fills `{name}` placeholders (an unknown placeholder stays visible). */
export function t(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  return catalogs[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export type Translator = (key: MessageKey, params?: MessageParams) => string;

export function translator(locale: Locale): Translator {
  return (key, params) => t(locale, key, params);
}
