import { defineMessages } from './define.ts';

// The local sandbox page (issue 5). The page fetches these through /sandbox/api/strings, so every
// word it shows comes from the catalog, in the language the switch picks.
export const sandbox = defineMessages({
  'sandbox.title': { 'zh-CN': '助企 本地沙盒', en: 'zhuqi local sandbox' },
  'sandbox.banner': {
    'zh-CN': '这是本地沙盒：没有连接 Slack，所有消息只在本机，演示数据可随意操作。',
    en: 'This is a local sandbox: it is not connected to Slack, nothing leaves this machine, and the demo data is yours to play with.',
  },
  'sandbox.who': { 'zh-CN': '我是', en: 'I am' },
  'sandbox.kind.cadre': { 'zh-CN': '干部', en: 'Cadres' },
  'sandbox.kind.group_head': { 'zh-CN': '组长', en: 'Group heads' },
  'sandbox.kind.dispatch': { 'zh-CN': '调度室', en: 'Dispatch' },
  'sandbox.kind.function_group': { 'zh-CN': '职能组', en: 'Function groups' },
  'sandbox.kind.leader': { 'zh-CN': '区领导', en: 'Leaders' },
  'sandbox.language': { 'zh-CN': '语言', en: 'Language' },
  'sandbox.channels': { 'zh-CN': '频道', en: 'Channels' },
  'sandbox.dm': { 'zh-CN': '与助企的私信', en: 'Direct messages with zhuqi' },
  'sandbox.home': { 'zh-CN': '助企 首页', en: 'zhuqi Home' },
  'sandbox.message_placeholder': {
    'zh-CN': '输入斜杠命令，如 /visit 或 /zhuqi help',
    en: 'Type a slash command, e.g. /visit or /zhuqi help',
  },
  'sandbox.send': { 'zh-CN': '发送', en: 'Send' },
  'sandbox.not_command': {
    'zh-CN': '沙盒只接受斜杠命令（以 / 开头）。',
    en: 'The sandbox only takes slash commands (starting with /).',
  },
  'sandbox.no_messages': { 'zh-CN': '暂无消息。', en: 'No messages yet.' },
  'sandbox.only_you': { 'zh-CN': '仅您可见', en: 'Only visible to you' },
  'sandbox.edited': { 'zh-CN': '（已编辑）', en: '(edited)' },
  'sandbox.time_travel': { 'zh-CN': '时间旅行', en: 'Time travel' },
  'sandbox.time_travel_hint': {
    'zh-CN': '选择一个时刻，立即运行定时任务（与 npm run zhuqi -- job run 相同）。',
    en: 'Pick a moment and run a scheduled job now (the same as npm run zhuqi -- job run).',
  },
  'sandbox.run': { 'zh-CN': '运行', en: 'Run' },
  'sandbox.time_zone': { 'zh-CN': '按 {zone} 时间', en: 'In {zone} time' },
  'sandbox.job.reminders': { 'zh-CN': '提醒', en: 'Reminders' },
  'sandbox.job.digest': { 'zh-CN': '每日简报', en: 'Daily digest' },
  'sandbox.job.supervision': { 'zh-CN': '督查周报', en: 'Supervision report' },
  'sandbox.choose': { 'zh-CN': '请选择', en: 'Choose' },
  'sandbox.type_to_search': { 'zh-CN': '输入以搜索', en: 'Type to search' },
  'sandbox.optional': { 'zh-CN': '（选填）', en: '(optional)' },
  'sandbox.close': { 'zh-CN': '关闭', en: 'Close' },
  'sandbox.submit': { 'zh-CN': '提交', en: 'Submit' },
  'sandbox.failed': { 'zh-CN': '操作失败：{error}', en: 'That failed: {error}' },
  'sandbox.bot': { 'zh-CN': '助企（应用）', en: 'zhuqi (app)' },
});
