import { defineMessages } from './define.ts';

// The App Home tab (issue "Cadres' flows in Slack", point 7). Issue words shared with the issue card
// (statuses, levels, move buttons) come from issues.ts so a button reads the same everywhere.
export const home = defineMessages({
  'home.title': { 'zh-CN': '助企工作台', en: 'zhuqi home' },
  'home.greeting': {
    'zh-CN': '{name}，您好 · 更新于 {date} {time}（{zone}）',
    en: 'Hello, {name} · updated {date} {time} ({zone})',
  },
  'home.count': { 'zh-CN': '{title}（{total}）', en: '{title} ({total})' },
  'home.count_paged': {
    'zh-CN': '{title}（第 {from}–{to} 条，共 {total} 条）',
    en: '{title} ({from}–{to} of {total})',
  },
  'home.more': { 'zh-CN': '更多', en: 'More' },
  'home.previous': { 'zh-CN': '上一页', en: 'Previous' },
  'home.first': { 'zh-CN': '回到第一页', en: 'Back to the first page' },
  'home.truncated': {
    'zh-CN': '内容较多，部分未显示。请使用“更多”按钮翻页。',
    en: 'There is more than fits here; use the More buttons to page through.',
  },
  'home.footer': {
    'zh-CN': '用 `/visit` 记录走访，用 `/zhuqi help` 查看全部命令。',
    en: 'Log a visit with `/visit`; see every command with `/zhuqi help`.',
  },

  'home.owned.title': { 'zh-CN': '我负责的未办结问题', en: 'Open issues you own' },
  'home.owned.empty': { 'zh-CN': '您名下暂无未办结问题。', en: 'No open issues in your name.' },
  'home.found.title': {
    'zh-CN': '待您登记企业反馈的问题',
    en: 'Issues you found, waiting for your feedback call',
  },
  'home.found.empty': {
    'zh-CN': '暂无。您发现的问题办结后，请向企业征求意见并在此登记反馈。',
    en: 'None. When an issue you found is resolved, ask the enterprise and record its feedback here.',
  },
  'home.found.resolved': { 'zh-CN': '{date} 办结', en: 'resolved {date}' },
  'home.found.owner': { 'zh-CN': '责任人 {name}', en: 'owner {name}' },
  'home.enterprises.title': { 'zh-CN': '我包保的企业', en: 'Your enterprises' },
  'home.enterprises.empty': { 'zh-CN': '暂无分配给您的企业。', en: 'No enterprises are assigned to you.' },
  'home.enterprises.last_visit': { 'zh-CN': '最近实地走访 {date}', en: 'last on-site visit {date}' },
  'home.enterprises.never': { 'zh-CN': '尚未实地走访', en: 'no on-site visit yet' },
  'home.visits.title': { 'zh-CN': '我的近期走访', en: 'Your recent visits' },
  'home.visits.empty': {
    'zh-CN': '暂无走访记录。输入 `/visit` 记录一次走访。',
    en: 'No visits logged yet. Type `/visit` to log one.',
  },
  'home.visit_mode.on_site': { 'zh-CN': '实地', en: 'on site' },
  'home.visit_mode.phone': { 'zh-CN': '电话', en: 'phone' },
  'home.visit_mode.video': { 'zh-CN': '视频', en: 'video' },
  'home.visit_mode.meeting': { 'zh-CN': '座谈', en: 'meeting' },

  'home.issue.due': { 'zh-CN': '{date} 到期', en: 'due {date}' },
  'home.issue.overdue': { 'zh-CN': '已逾期（{date} 到期）', en: 'overdue (due {date})' },
  'home.issue.no_due': { 'zh-CN': '无期限', en: 'no due date' },
  'home.issue.extension_pending': { 'zh-CN': '延期申请待批', en: 'extension requested' },
  'home.issue.no_subject': { 'zh-CN': '（未关联企业或项目）', en: '(no enterprise or project)' },

  'home.queue.title': { 'zh-CN': '调度室待分派', en: 'Dispatch triage queue' },
  'home.queue.empty': { 'zh-CN': '待分派队列为空。', en: 'The triage queue is empty.' },
  'home.queue.from': {
    'zh-CN': '{finder} 于 {date} 提交（{level}）',
    en: 'handed up by {finder} on {date} ({level})',
  },
  'home.queue.from_undated': { 'zh-CN': '{finder} 提交（{level}）', en: 'handed up by {finder} ({level})' },
  'home.queue.reason': { 'zh-CN': '原因：{reason}', en: 'reason: {reason}' },
  'home.extensions.title': { 'zh-CN': '待审批的延期申请', en: 'Extension requests to decide' },
  'home.extensions.empty': {
    'zh-CN': '暂无待审批的延期申请。',
    en: 'No extension requests wait for a decision.',
  },
  'home.extensions.row': {
    'zh-CN': '{person} 申请由 {from} 延至 {to}：{reason}',
    en: '{person} asks to move {from} to {to}: {reason}',
  },

  'home.figures.title': { 'zh-CN': '全区概况', en: 'District headline figures' },
  'home.figures.assigned': { 'zh-CN': '包保企业', en: 'Enterprises assigned' },
  'home.figures.visited': { 'zh-CN': '已实地走访（覆盖率）', en: 'Visited on site (coverage)' },
  'home.figures.collected': { 'zh-CN': '收集问题诉求', en: 'Issues collected' },
  'home.figures.on_spot': { 'zh-CN': '现场解决', en: 'Resolved on the spot' },
  'home.figures.open': { 'zh-CN': '未销号', en: 'Open' },
  'home.figures.overdue': { 'zh-CN': '已逾期', en: 'Overdue' },
  'home.figures.closed': { 'zh-CN': '已销号', en: 'Closed out' },
  'home.figures.close_rate': { 'zh-CN': '销号率', en: 'Close-out rate' },
  'home.figures.value_rate': { 'zh-CN': '{count}（{rate}）', en: '{count} ({rate})' },
  'home.figures.note': {
    'zh-CN':
      '截至 {date}。只有实地走访计入覆盖率；逾期指办理期限早于今天；销号率 = 已销号 ÷ 收集问题（不含已撤销）。',
    en: 'As of {date}. Only on-site visits count toward coverage; overdue means due before today; close-out rate = closed out ÷ collected (withdrawn issues left out).',
  },
});
