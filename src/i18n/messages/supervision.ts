import { defineMessages } from './define.ts';

// The weekly supervision report (督查).
export const supervision = defineMessages({
  'supervision.header': {
    'zh-CN': '助企行动每周督查 · {date}',
    en: 'Enterprise assistance: weekly supervision · {date}',
  },
  'supervision.intro': {
    'zh-CN':
      '逾期未办结问题 {overdue} 个（{overdueChange}），其中逾期 {escalateAt} 个工作日以上 {escalated} 个（{escalatedChange}）；解决后超过 {closeOutDays} 个工作日未销号 {unclosed} 个（{unclosedChange}）。',
    en: 'Overdue: {overdue} ({overdueChange}), of which by {escalateAt} working days or more: {escalated} ({escalatedChange}). Resolved and not closed out after {closeOutDays} working days: {unclosed} ({unclosedChange}).',
  },
  'supervision.idleIntro': {
    'zh-CN': '近 {days} 天无实地走访的包企干部 {idle} 人（{idleChange}）。',
    en: 'Cadres with assigned enterprises and no on-site visit in {days} days: {idle} ({idleChange}).',
  },
  'supervision.changes.first': { 'zh-CN': '首期', en: 'first report' },
  'supervision.section.byUnit': { 'zh-CN': '逾期问题（按单位）', en: 'Overdue by unit' },
  'supervision.section.byOwner': { 'zh-CN': '逾期问题（按责任人）', en: 'Overdue by owner' },
  'supervision.section.escalated': {
    'zh-CN': '逾期 {days} 个工作日以上',
    en: 'Overdue by {days} working days or more',
  },
  'supervision.section.idle': {
    'zh-CN': '近 {days} 天无实地走访的包企干部',
    en: 'No on-site visit in {days} days',
  },
  'supervision.section.unclosed': {
    'zh-CN': '解决后超过 {days} 个工作日未销号',
    en: 'Resolved, not closed out after {days} working days',
  },
  'supervision.unit.none': { 'zh-CN': '（无所属单位）', en: '(no unit)' },
  'supervision.byUnit.item': {
    'zh-CN': '{unit}：{count} 个，最久逾期 {days}',
    en: '{unit}: {count}, the oldest overdue by {days}',
  },
  'supervision.byOwner.item': {
    'zh-CN': '{owner}：{count} 个，最久逾期 {days}',
    en: '{owner}: {count}, the oldest overdue by {days}',
  },
  'supervision.escalated.item': {
    'zh-CN': '#{id} {title}（逾期 {days}，责任人 {owner}）',
    en: '#{id} {title} ({days} overdue, owner {owner})',
  },
  'supervision.idle.item': {
    'zh-CN': '{cadre}：包联企业 {enterprises} 家，最近一次实地走访 {last}',
    en: '{cadre}: enterprises assigned {enterprises}, last on-site visit {last}',
  },
  'supervision.idle.never': { 'zh-CN': '无', en: 'never' },
  'supervision.unclosed.item': {
    'zh-CN': '#{id} {title}（{resolvedOn} 解决，已过 {days}，发现人 {finder}）',
    en: '#{id} {title} (resolved {resolvedOn}, {days} ago; finder {finder})',
  },
  'supervision.none': { 'zh-CN': '无。', en: 'None.' },
  'supervision.more': { 'zh-CN': '……另有 {count} 项', en: '… and {count} more' },
  'supervision.fallback': {
    'zh-CN': '助企行动每周督查 {date}：逾期问题 {overdue} 个，未销号 {unclosed} 个。',
    en: 'Enterprise assistance, weekly supervision {date}: {overdue} overdue, {unclosed} not closed out.',
  },
});
