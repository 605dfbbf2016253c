import { defineMessages } from './define.ts';

export const common = defineMessages({
  'app.name': { 'zh-CN': '助企', en: 'zhuqi' },
  'errors.not_in_directory': {
    'zh-CN': '您尚未录入干部名录，助企无法为您办理。请联系区调度室或系统管理员添加您的 Slack 账号。',
    en: 'You are not in the cadre directory, so zhuqi cannot act for you. Ask the district dispatch room or an administrator to add your Slack account.',
  },
  'errors.internal': {
    'zh-CN': '系统出现问题，您填写的内容没有丢失。请稍后再试。',
    en: 'Something went wrong on our side; nothing you entered was lost. Please try again in a minute.',
  },
  'help.title': { 'zh-CN': '助企 命令', en: 'zhuqi commands' },
  'help.body': {
    'zh-CN':
      '`/visit [企业名称或信用代码]` 记录一次企业走访及发现的问题\n`/issue` 在走访之外登记问题 · `/issue list` 查看您名下未办结的问题\n`/zhuqi help` 查看本帮助',
    en: '`/visit [enterprise or credit code]` log a visit to an enterprise and the problems it raised\n`/issue` raise a problem outside a visit · `/issue list` your open problems\n`/zhuqi help` this help',
  },
});
