// How numbers read in a digest: grouped counts, percentages with one decimal, and the change against
// the previous digest as ▲3 / ▼1 / — (nothing at all when there is no previous digest to compare with).
import { type Locale, t } from '../../i18n/index.ts';
import type { Change, MetricKind } from './metrics.ts';

const countFormats = new Map<Locale, Intl.NumberFormat>();

export function formatCount(value: number, locale: Locale): string {
  let format = countFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    countFormats.set(locale, format);
  }
  return format.format(value);
}

/** A rate (0–1) as a percentage with one decimal, or "n/a" when there was nothing to divide by. */
export function formatRate(value: number | null, locale: Locale): string {
  if (value === null) return t(locale, 'digest.rate.none');
  return `${(Math.round(value * 1000) / 10).toFixed(1)}%`;
}

/** ▲3, ▼1, — for no change; '' when unknown (no previous digest, or a rate that had no base). */
export function formatChange(change: Change, kind: MetricKind, locale: Locale): string {
  if (change === null) return '';
  if (change === 0) return '—';
  const sign = change > 0 ? '▲' : '▼';
  const size = Math.abs(change);
  if (kind === 'count') return `${sign}${formatCount(size, locale)}`;
  return t(locale, 'digest.change.points', { sign, value: size.toFixed(1) });
}

/** A local date 'YYYY-MM-DD' as people write it: 2026年6月5日 / 5 June 2026. */
export function formatLocalDate(date: string, locale: Locale): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const instant = new Date(Date.UTC(y, m - 1, d));
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-CN', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(instant);
}

/** "1 working day" / "12 working days" (一个工作日 either way). */
export function formatWorkingDays(count: number, locale: Locale): string {
  return t(locale, count === 1 ? 'digest.workingDays.one' : 'digest.workingDays.other', {
    count: formatCount(count, locale),
  });
}
