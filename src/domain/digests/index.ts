export {
  type ComparedWith,
  type DailyFigures,
  dailyFiguresSchema,
  type FunctionGroupCount,
  type IssueFigures,
  OLDEST_OVERDUE_SHOWN,
  type OverdueIssue,
  type ProjectFigures,
  readDailyFigures,
  type VisitFigures,
} from './figures.ts';
export { formatChange, formatCount, formatLocalDate, formatRate, formatWorkingDays } from './format.ts';
export {
  type Change,
  changesAgainst,
  dailyMetrics,
  type Metric,
  type MetricKind,
  type Metrics,
  rate,
} from './metrics.ts';
export {
  DISTRICT,
  type DigestScope,
  parseScopeKey,
  SCOPE_KEY_FORMS,
  type ScopeKind,
  scopeKey,
} from './scope.ts';
export { summarySentence } from './summary.ts';
export {
  CLOSE_OUT_WORKING_DAYS,
  type EscalatedIssue,
  IDLE_CADRE_DAYS,
  type IdleCadre,
  type OverdueByOwner,
  type OverdueByUnit,
  readSupervisionFigures,
  SUPERVISION_LIST_LIMIT,
  type SupervisionFigures,
  supervisionFiguresSchema,
  supervisionMetrics,
  type UnclosedIssue,
} from './supervision.ts';
export {
  firstWorkingDayOfWeek,
  isFirstWorkingDayOfWeek,
  isoWeekMonday,
  overdueCutoff,
  waitedMoreThanCutoff,
} from './working-days.ts';
