import { defineMessages } from './define.ts';

// The daily reminder message (domain.md "Reminders") and the replies to its buttons.
export const reminders = defineMessages({
  'reminders.title': { 'zh-CN': '助企每日提醒 · {date}', en: 'zhuqi daily reminder · {date}' },
  'reminders.fallback': {
    'zh-CN': '{name}，您今天有 {count} 个问题需要关注。',
    en: '{name}, {count} issues need your attention today.',
  },
  'reminders.intro': {
    'zh-CN': '以下是今天需要您关注的问题。每人每天只收到这一条提醒。',
    en: 'These are the issues that need you today. This is your only reminder message of the day.',
  },
  'reminders.section.overdue': { 'zh-CN': '⏰ *已超期*', en: '⏰ *Overdue*' },
  'reminders.section.due': { 'zh-CN': '📌 *今天到期*', en: '📌 *Due today*' },
  'reminders.section.heads_up': { 'zh-CN': '🔔 *即将到期*', en: '🔔 *Due soon*' },
  'reminders.section.report_back': {
    'zh-CN': '📣 *请向企业反馈最新进展*（谁发现谁反馈）',
    en: '📣 *Tell the enterprise where its issue stands* (whoever finds it reports back)',
  },
  'reminders.section.escalate_group': {
    'zh-CN': '🟠 *本组超期问题*（需您督促）',
    en: '🟠 *Overdue in your group* (please follow up)',
  },
  'reminders.section.escalate_team': {
    'zh-CN': '🔴 *本队超期问题*（需您督促）',
    en: '🔴 *Overdue in your team* (please follow up)',
  },
  'reminders.section.escalate_leader': {
    'zh-CN': '🚨 *您带队范围内的超期问题*（已列入督查）',
    en: '🚨 *Overdue under your lead* (listed for supervision)',
  },
  'reminders.item.due': { 'zh-CN': '期限 {date}', en: 'due {date}' },
  'reminders.item.overdue_days': {
    'zh-CN': '已超期 {days} 个工作日',
    en: '{days} working days overdue',
  },
  'reminders.item.owner': { 'zh-CN': '责任人 {name}', en: 'owner {name}' },
  'reminders.item.plan_step': { 'zh-CN': '暂缓，按计划推进', en: 'deferred, on its plan' },
  'reminders.state.snoozed': { 'zh-CN': '⏸ 已推迟到 {when} 再提醒', en: '⏸ Snoozed until {when}' },
  'reminders.state.informed': { 'zh-CN': '✅ 已向企业反馈', en: '✅ Enterprise informed' },
  'reminders.state.settled': { 'zh-CN': '✅ 当前状态：{status}', en: '✅ Now: {status}' },
  'reminders.state.lapsed': {
    'zh-CN': '↪ 已不在今天的提醒范围内（期限或责任人已变更）',
    en: '↪ No longer due today (its date or owner changed)',
  },
  'reminders.more': {
    'zh-CN': '另有 {count} 个问题未能列出，请用 `/issue list` 查看全部。',
    en: '{count} more issues are not listed here; see them all with `/issue list`.',
  },
  'reminders.button.update': { 'zh-CN': '更新进展', en: 'Update' },
  'reminders.button.snooze': { 'zh-CN': '下个工作日再提醒', en: 'Snooze to next working day' },

  'reminders.snooze.done': {
    'zh-CN': '好的，问题 #{id} 将在 {when} 再提醒您。',
    en: 'Done: issue #{id} is snoozed until {when}.',
  },
  'reminders.snooze.not_open': {
    'zh-CN': '问题 #{id} 已不在办理中，无需推迟提醒。',
    en: 'Issue #{id} is no longer being worked on, so there is nothing to snooze.',
  },
});
