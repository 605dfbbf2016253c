// The reference catalog: its keys are the key set every other catalog must match exactly.
export const zhCN = {
  'app.name': '助企',
  'errors.not_in_directory':
    '您尚未录入干部名录，助企无法为您办理。请联系区调度室或系统管理员添加您的 Slack 账号。',
  'errors.internal': '系统出现问题，您填写的内容没有丢失。请稍后再试。',
  'help.title': '助企 命令',
  'help.body':
    '`/visit [企业名称或信用代码]` 记录一次企业走访及发现的问题\n`/issue` 在走访之外登记问题 · `/issue list` 查看您名下未办结的问题\n`/zhuqi help` 查看本帮助',
  'sandbox.banner': '本地沙箱：这里的操作不会发送到真实的 Slack 工作区。',
} as const;

export type MessageKey = keyof typeof zhCN;
export type Catalog = Record<MessageKey, string>;
