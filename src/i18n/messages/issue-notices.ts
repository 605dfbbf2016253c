import { defineMessages } from './define.ts';

// What the bot says about issues outside modals: direct messages of a move, the dispatch room's posts,
// and the replies of `/issue list`.
export const issueNotices = defineMessages({
  'issue.notice.moved': {
    'zh-CN': '问题 #{id}「{title}」：{actor} {move}。',
    en: 'Issue #{id} “{title}”: {move} by {actor}.',
  },
  'issue.notice.status': { 'zh-CN': '状态：{from} → {to}', en: 'Status: {from} → {to}' },
  'issue.notice.yours': {
    'zh-CN': '现在由您负责办理，期限 {date}。',
    en: 'It is now yours to handle, due {date}.',
  },
  'issue.notice.yours_no_due': { 'zh-CN': '现在由您负责办理。', en: 'It is now yours to handle.' },
  'issue.notice.extension_requested': {
    'zh-CN': '问题 #{id}「{title}」：{actor} 申请延期至 {date}。',
    en: 'Issue #{id} “{title}”: {actor} asks for an extension to {date}.',
  },
  'issue.notice.extension_refused': {
    'zh-CN': '问题 #{id}「{title}」：{actor} 不同意延期。',
    en: 'Issue #{id} “{title}”: the extension was refused by {actor}.',
  },
  'issue.notice.queue': {
    'zh-CN': '问题 #{id}「{title}」待调度室分派。',
    en: 'Issue #{id} “{title}” waits for routing.',
  },
  'issue.notice.back_in_queue': {
    'zh-CN': '问题 #{id} 再次进入待分派：{actor} {move}。',
    en: 'Issue #{id} is back in the queue: {move} by {actor}.',
  },
  'issue.notice.extension_to_decide': {
    'zh-CN': '问题 #{id}：{actor} 申请延期至 {date}，请审批。',
    en: 'Issue #{id}: {actor} asks for an extension to {date}; please decide.',
  },

  'issue.list.title': { 'zh-CN': '您的未办结问题（{count}）', en: 'Your open issues ({count})' },
  'issue.list.empty': {
    'zh-CN': '您没有负责或发现的未办结问题。',
    en: 'You have no open issues, as owner or as finder.',
  },
  'issue.list.role_owner': { 'zh-CN': '您负责', en: 'you own it' },
  'issue.list.role_finder': { 'zh-CN': '您发现', en: 'you found it' },
  'issue.list.role_both': { 'zh-CN': '您发现并负责', en: 'you found and own it' },
  'issue.list.due': { 'zh-CN': '期限 {date}', en: 'due {date}' },
  'issue.list.more': {
    'zh-CN': '另有 {count} 个问题未列出，请在助企主页查看。',
    en: '{count} more not listed here; see the zhuqi Home tab.',
  },

  'issue.informed.done': {
    'zh-CN': '已记录：已向企业反馈问题 #{id} 的最新情况。',
    en: 'Noted: the enterprise has been told the latest on issue #{id}.',
  },
});
