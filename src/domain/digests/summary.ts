// The one sentence that opens a digest, in the voice of the 2019 report: "共收集问题175个，现场解决5个，
// 其余170个中，125个转区服务功能组、45个报市总调度室。" It reads the partition of the problems collected
// (issueFiguresSchema): on the spot, then where the others stand now.
import { type Locale, type MessageKey, t } from '../../i18n/index.ts';
import type { IssueFigures } from './figures.ts';
import { formatCount } from './format.ts';

type Partition = Pick<
  IssueFigures,
  | 'collected'
  | 'resolvedOnSpot'
  | 'keptAtServiceLevel'
  | 'sentToFunctionGroups'
  | 'sentToCity'
  | 'awaitingDispatch'
>;

/** The parts of "the other" problems, in the report's order; a part with none is left out. */
const PARTS: readonly [keyof Partition, MessageKey][] = [
  ['keptAtServiceLevel', 'digest.summary.kept'],
  ['sentToFunctionGroups', 'digest.summary.functionGroups'],
  ['sentToCity', 'digest.summary.city'],
  ['awaitingDispatch', 'digest.summary.awaiting'],
];

function joinParts(parts: string[], locale: Locale): string {
  if (parts.length <= 1) return parts.join('');
  const head = parts.slice(0, -1).join(t(locale, 'digest.summary.join'));
  return `${head}${t(locale, 'digest.summary.joinLast')}${parts.at(-1)}`;
}

export function summarySentence(figures: Partition, locale: Locale): string {
  if (figures.collected === 0) return t(locale, 'digest.summary.none');
  const n = (value: number) => formatCount(value, locale);
  const other = figures.collected - figures.resolvedOnSpot;
  const head = t(locale, figures.collected === 1 ? 'digest.summary.headOne' : 'digest.summary.head', {
    collected: n(figures.collected),
    onSpot: n(figures.resolvedOnSpot),
  });
  if (other <= 0) return `${head}${t(locale, 'digest.summary.end')}`;
  const parts = PARTS.filter(([field]) => figures[field] > 0).map(([field, key]) =>
    t(locale, key, { count: n(figures[field]) }),
  );
  return `${head}${t(locale, 'digest.summary.rest', { other: n(other), parts: joinParts(parts, locale) })}`;
}
