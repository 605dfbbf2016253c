import { parseScopeKey } from '../../../domain/digests/index.ts';
import { type Locale, t } from '../../../i18n/index.ts';
import { nameRef } from './lines.ts';

/** "Whole district" / "Task force: 现代服务业项目专班", as stored with the figures. */
export function scopeLabel(locale: Locale, scopeKey: string, scopeName: string | null): string {
  const scope = parseScopeKey(scopeKey);
  if (!scope || scope.kind === 'district') return t(locale, 'digest.scope.district');
  const name = nameRef(scopeName ?? scope.code);
  return t(locale, scope.kind === 'task_force' ? 'digest.scope.task_force' : 'digest.scope.function_group', {
    name,
  });
}
