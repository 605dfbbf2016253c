import type { Catalog } from './zh-CN.ts';

export const en: Catalog = {
  'app.name': 'zhuqi',
  'errors.not_in_directory':
    'You are not in the cadre directory, so zhuqi cannot act for you. Ask the district dispatch room or an administrator to add your Slack account.',
  'errors.internal':
    'Something went wrong on our side; nothing you entered was lost. Please try again in a minute.',
  'help.title': 'zhuqi commands',
  'help.body':
    '`/visit [enterprise or credit code]` log a visit to an enterprise and the problems it raised\n`/issue` raise a problem outside a visit · `/issue list` your open problems\n`/zhuqi help` this help',
  'sandbox.banner': 'Local sandbox: nothing here reaches a real Slack workspace.',
};
