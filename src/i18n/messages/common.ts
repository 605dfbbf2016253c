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
      '*`/visit [企业名称或信用代码]`* 记录一次企业走访（走访方式、随行人员、送达的政策），并登记走访中发现的问题。只有实地走访计入走访覆盖率；请本人走访、本人登记。\n' +
      '*`/issue`* 在走访之外登记企业或项目的问题 · *`/issue list`* 查看您负责或发现的未办结问题。\n' +
      '*`/zhuqi help`* 查看本帮助。',
    en:
      '*`/visit [enterprise or credit code]`* log a visit to an enterprise (mode, companions, policies handed over) and the problems it raised. Only on-site visits count toward coverage; log only visits you made yourself.\n' +
      '*`/issue`* raise a problem of an enterprise or project outside a visit · *`/issue list`* the open problems you own or found.\n' +
      '*`/zhuqi help`* this help.',
  },
  'help.rules': {
    'zh-CN':
      '谁发现谁跟踪、谁发现谁反馈：能在本级解决的就地解决；解决不了的提交调度室分派，不落空、不搁置；问题办结后，由发现人征求企业意见并登记反馈，方可销号。',
    en: 'Whoever finds a problem follows it and reports back: solve it at your own level if you can; hand up what you cannot to the dispatch room; once resolved, the finder asks the enterprise and records its feedback before the problem is closed out.',
  },
  'help.home': {
    'zh-CN':
      '*主页*：在 Slack 中打开助企的“主页”标签，可查看您负责的问题（最紧急的在前）、待您登记企业反馈的问题、您包保的企业及最近一次实地走访日期、您的近期走访；调度室人员还可看到待分派队列，区级领导和督查人员可看到全区概况。',
    en: '*Home*: open zhuqi’s Home tab in Slack to see the issues you own (most urgent first), the issues you found that wait for your feedback call, your enterprises with their last on-site visit, and your recent visits; dispatch staff also see the triage queue, district leaders and supervision the district’s headline figures.',
  },
  'help.language': {
    'zh-CN': '助企使用您在 Slack 中设置的语言（中文或英文）。',
    en: 'zhuqi speaks the language of your Slack settings (Chinese or English).',
  },
  'help.unknown_subcommand': {
    'zh-CN': '没有 `{text}` 这个子命令，以下是助企的全部命令。',
    en: 'There is no `{text}` subcommand; here is everything zhuqi can do.',
  },
  'errors.not_in_directory.lead': {
    'zh-CN': '调度室负责人：{lead}',
    en: 'Dispatch room lead: {lead}',
  },
  'errors.not_in_directory.channel': {
    'zh-CN': '调度室频道：{channel}',
    en: 'Dispatch room channel: {channel}',
  },
  'errors.not_in_directory.close': { 'zh-CN': '关闭', en: 'Close' },
  'errors.not_in_directory.your_id': {
    'zh-CN': '添加时请提供您的 Slack 用户 ID：`{id}`',
    en: 'Give them your Slack user ID: `{id}`',
  },
});
