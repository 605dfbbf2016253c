// What a leadership or supervision channel covers (ChannelSubscription.scopeKey): the whole district,
// one task force (项目专班) or one function group (服务功能组), named by the unit's code.

export type DigestScope =
  | { readonly kind: 'district' }
  | { readonly kind: 'task_force'; readonly code: string }
  | { readonly kind: 'function_group'; readonly code: string };

export type ScopeKind = DigestScope['kind'];

export const DISTRICT: DigestScope = { kind: 'district' };

// Unit codes come from the directory import: letters, digits and a few separators, never a colon.
const UNIT_CODE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

/** The scope a key names, or null for a malformed key (the caller says what is expected). */
export function parseScopeKey(key: string): DigestScope | null {
  if (key === 'district') return DISTRICT;
  const colon = key.indexOf(':');
  if (colon < 0) return null;
  const kind = key.slice(0, colon);
  const code = key.slice(colon + 1);
  if (!UNIT_CODE.test(code)) return null;
  if (kind === 'task_force' || kind === 'function_group') return { kind, code };
  return null;
}

export function scopeKey(scope: DigestScope): string {
  return scope.kind === 'district' ? 'district' : `${scope.kind}:${scope.code}`;
}

export const SCOPE_KEY_FORMS = 'district | task_force:<code> | function_group:<code>';
