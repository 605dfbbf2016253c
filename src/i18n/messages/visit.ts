// The /visit flow: the visit modal, its pre-fill and duplicate notices, errors beside each field, the
// enterprise and policy options, and the "visit logged" view.
import { defineMessages } from './define.ts';

export const visit = defineMessages({
  // ── the modal ──
  'visit.modal.title': { 'zh-CN': '记录走访', en: 'Log a visit' },
  'visit.modal.submit': { 'zh-CN': '提交', en: 'Submit' },
  'visit.modal.submit_anyway': { 'zh-CN': '仍然记录', en: 'Log anyway' },
  'visit.modal.close': { 'zh-CN': '取消', en: 'Cancel' },
  'visit.field.enterprise': { 'zh-CN': '走访企业', en: 'Enterprise' },
  'visit.field.enterprise.placeholder': {
    'zh-CN': '输入企业名称、简称或信用代码',
    en: 'Type a name, short name or credit code',
  },
  'visit.field.enterprise.hint': {
    'zh-CN': '您包联的企业排在前面。',
    en: 'The enterprises assigned to you come first.',
  },
  'visit.field.date': { 'zh-CN': '走访日期', en: 'Date of the visit' },
  'visit.field.date.hint': {
    'zh-CN': '不能晚于今天；最多补录 {days} 天内的走访（调度室人员 {dispatchDays} 天）。',
    en: 'Not after today; at most {days} days back ({dispatchDays} for dispatch staff).',
  },
  'visit.field.mode': { 'zh-CN': '走访方式', en: 'How the visit was made' },
  'visit.field.mode.hint': {
    'zh-CN': '只有实地走访计入走访覆盖率；电话、视频、座谈记为联系。',
    en: 'Only on-site visits count toward coverage; phone, video and meetings are recorded as contacts.',
  },
  'visit.mode.on_site': { 'zh-CN': '实地走访', en: 'On site' },
  'visit.mode.phone': { 'zh-CN': '电话', en: 'Phone' },
  'visit.mode.video': { 'zh-CN': '视频', en: 'Video' },
  'visit.mode.meeting': { 'zh-CN': '座谈', en: 'Meeting at the office' },
  'visit.field.companions': { 'zh-CN': '同行人员', en: 'Companions' },
  'visit.field.companions.placeholder': { 'zh-CN': '选择一同走访的同事', en: 'Who came with you' },
  'visit.field.summary': { 'zh-CN': '走访情况', en: 'Summary' },
  'visit.field.summary.placeholder': {
    'zh-CN': '企业生产经营情况、交流的内容……',
    en: 'How the firm is doing, what you discussed…',
  },
  'visit.field.policies': { 'zh-CN': '送达的政策', en: 'Policies handed over' },
  'visit.field.policies.placeholder': { 'zh-CN': '搜索政策库', en: 'Search the policy library' },
  'visit.field.flags': { 'zh-CN': '统计工作', en: 'Statistics duties' },
  'visit.flag.above_scale_candidate': {
    'zh-CN': '“四上”企业入库培育对象',
    en: 'Candidate for the above-scale ("四上") register',
  },
  'visit.flag.investment_to_count': {
    'zh-CN': '有固定资产投资待入统',
    en: 'Fixed-asset investment to bring into the statistics',
  },

  // ── problems found at the visit ──
  'visit.issues.intro': {
    'zh-CN': '*走访中发现的问题*（可选，最多 {max} 个）',
    en: '*Problems found at the visit* (optional, up to {max})',
  },
  'visit.issues.add': { 'zh-CN': '添加问题', en: 'Add a problem' },
  'visit.issues.full': { 'zh-CN': '已达到 {max} 个问题的上限。', en: 'That is the limit of {max} problems.' },
  'visit.issue.heading': { 'zh-CN': '*问题 {n}*', en: '*Problem {n}*' },
  'visit.issue.remove': { 'zh-CN': '删除', en: 'Remove' },
  'visit.issue.title': { 'zh-CN': '问题标题', en: 'Title' },
  'visit.issue.category': { 'zh-CN': '问题类别', en: 'Category' },
  'visit.issue.category.financing': { 'zh-CN': '融资', en: 'Financing' },
  'visit.issue.category.land_planning': { 'zh-CN': '用地与规划', en: 'Land & planning' },
  'visit.issue.category.approvals_permits': { 'zh-CN': '审批与许可', en: 'Approvals & permits' },
  'visit.issue.category.utilities_infrastructure': {
    'zh-CN': '水电气热等基础设施',
    en: 'Utilities & infrastructure',
  },
  'visit.issue.category.labour_hiring': { 'zh-CN': '用工与招聘', en: 'Labour & hiring' },
  'visit.issue.category.policy_subsidies': { 'zh-CN': '政策与补贴', en: 'Policy & subsidies' },
  'visit.issue.category.market_sales': { 'zh-CN': '市场与销售', en: 'Market & sales' },
  'visit.issue.category.other': { 'zh-CN': '其他', en: 'Other' },
  'visit.issue.urgency': { 'zh-CN': '紧急程度', en: 'Urgency' },
  'visit.issue.urgency.normal': { 'zh-CN': '一般', en: 'Normal' },
  'visit.issue.urgency.urgent': { 'zh-CN': '紧急', en: 'Urgent' },
  'visit.issue.description': { 'zh-CN': '问题描述', en: 'Description' },
  'visit.issue.outcome': { 'zh-CN': '处理方式', en: 'What happens to it' },
  'visit.issue.outcome.resolve_on_spot': { 'zh-CN': '现场已解决', en: 'Resolved on the spot' },
  'visit.issue.outcome.keep': { 'zh-CN': '本级办理（由我跟踪）', en: 'Kept at my level (I follow it)' },
  'visit.issue.outcome.hand_to_dispatch': { 'zh-CN': '提交调度室', en: 'Hand to the dispatch room' },
  'visit.issue.note': { 'zh-CN': '处理说明 / 提交理由', en: 'How it was resolved / why it goes up' },
  'visit.issue.note.hint': {
    'zh-CN': '现场解决时写明如何解决；提交调度室时写明本级无法解决的原因。',
    en: 'Resolved on the spot: say how. Handed to dispatch: say why it cannot be solved at your level.',
  },

  // ── notices ──
  'visit.prefill.listed': {
    'zh-CN': '点开企业列表，即可看到与“{query}”匹配的企业。',
    en: 'Open the enterprise list to see the enterprises matching “{query}”.',
  },
  'visit.prefill.picked': {
    'zh-CN': '已按“{query}”选中企业：{name}',
    en: 'Picked the enterprise matching “{query}”: {name}',
  },
  'visit.prefill.ambiguous': {
    'zh-CN': '“{query}”匹配到 {count} 家企业，请点开企业列表选择。',
    en: '“{query}” matches {count} enterprises: open the enterprise list to pick one.',
  },
  'visit.prefill.none': {
    'zh-CN': '企业名录中没有与“{query}”匹配的企业，您输入的文字已放入走访情况。',
    en: 'No enterprise in the directory matches “{query}”; your text is in the summary.',
  },
  'visit.duplicate.warning': {
    'zh-CN':
      ':warning: 您已记录过 {date} 对 *{enterprise}* 的走访，可能是重复录入。若确为另一次走访，请点击“仍然记录”；否则请点击“取消”。',
    en: ':warning: You already logged a visit to *{enterprise}* on {date}; this may be a double entry. If it is another visit, press “Log anyway”; otherwise press “Cancel”.',
  },
  'visit.duplicate.earlier': {
    'zh-CN': '• {time} 记录（{mode}）：{summary}',
    en: '• logged {time} ({mode}): {summary}',
  },

  'visit.outsider.title': { 'zh-CN': '无法记录走访', en: 'Cannot log a visit' },

  // ── enterprise options ──
  'visit.options.own': { 'zh-CN': '我包联的企业', en: 'My enterprises' },
  'visit.options.others': { 'zh-CN': '其他企业', en: 'Other enterprises' },

  // ── logged ──
  'visit.result.title': { 'zh-CN': '走访已记录', en: 'Visit logged' },
  'visit.result.close': { 'zh-CN': '完成', en: 'Done' },
  'visit.result.heading': {
    'zh-CN': ':white_check_mark: 已记录 {date} 对 *{enterprise}* 的走访（{mode}）。',
    en: ':white_check_mark: Your visit to *{enterprise}* on {date} ({mode}) is logged.',
  },
  'visit.result.coverage.on_site': {
    'zh-CN': '实地走访，计入走访覆盖率。',
    en: 'On site: counts toward coverage.',
  },
  'visit.result.coverage.contact': {
    'zh-CN': '非实地走访，记为联系，不计入走访覆盖率。',
    en: 'Not on site: recorded as a contact, not counted toward coverage.',
  },
  'visit.result.companions': { 'zh-CN': '同行：{people}', en: 'With {people}' },
  'visit.result.policies': { 'zh-CN': '送达政策 {count} 项', en: '{count} policies handed over' },
  'visit.result.issues': { 'zh-CN': '*发现的问题*', en: '*Problems raised*' },
  'visit.result.issue.resolve_on_spot': {
    'zh-CN': '• #{id} {title}：现场已解决',
    en: '• #{id} {title}: resolved on the spot',
  },
  'visit.result.issue.keep': {
    'zh-CN': '• #{id} {title}：本级办理，请于 {due} 前办结',
    en: '• #{id} {title}: kept at your level, due {due}',
  },
  'visit.result.issue.hand_to_dispatch': {
    'zh-CN': '• #{id} {title}：已提交调度室',
    en: '• #{id} {title}: handed to the dispatch room',
  },

  // ── errors beside the fields ──
  'visit.error.required': { 'zh-CN': '此项为必填项。', en: 'This is required.' },
  'visit.error.too_long': {
    'zh-CN': '内容过长：{length} 字，最多 {max} 字。',
    en: 'Too long: {length} characters, at most {max}.',
  },
  'visit.error.too_many': { 'zh-CN': '最多 {max} 项。', en: 'At most {max}.' },
  'visit.error.not_allowed': { 'zh-CN': '请从选项中选择。', en: 'Choose one of the options.' },
  'visit.error.not_found': {
    'zh-CN': '不在名录中，请从列表中选择。',
    en: 'Not in the directory: pick from the list.',
  },
  'visit.error.enterprise.required': {
    'zh-CN': '请选择走访的企业。',
    en: 'Choose the enterprise you visited.',
  },
  'visit.error.enterprise.not_found': {
    'zh-CN': '该企业不在企业名录中，请从列表中选择。',
    en: 'This enterprise is not in the directory: pick one from the list.',
  },
  'visit.error.policies.not_found': {
    'zh-CN': '有政策不在政策库中，请从列表中选择。',
    en: 'A policy is not in the library: pick from the list.',
  },
  'visit.error.date.required': { 'zh-CN': '请选择走访日期。', en: 'Choose the date of the visit.' },
  'visit.error.date.not_a_date': { 'zh-CN': '日期无效。', en: 'Not a valid date.' },
  'visit.error.date.in_future': {
    'zh-CN': '走访日期不能晚于今天（{today}）。',
    en: 'The visit date cannot be after today ({today}).',
  },
  'visit.error.date.too_old': {
    'zh-CN': '只能补录 {days} 天内的走访（最早 {earliest}）。',
    en: 'Visits can be logged at most {days} days back (earliest {earliest}).',
  },
  'visit.error.mode.required': { 'zh-CN': '请选择走访方式。', en: 'Choose how the visit was made.' },
  'visit.error.summary.required': { 'zh-CN': '请填写走访情况。', en: 'Write a summary of the visit.' },
  'visit.error.companions.too_many': { 'zh-CN': '同行人员最多 {max} 人。', en: 'At most {max} companions.' },
  'visit.error.issue.title.required': { 'zh-CN': '请填写问题标题。', en: 'Give the problem a title.' },
  'visit.error.issue.outcome.required': {
    'zh-CN': '请选择处理方式。',
    en: 'Choose what happens to the problem.',
  },
  'visit.error.issue.outcome.outside_unit': {
    'zh-CN': '您不在任何服务组或服务队中，无法本级办理，请提交调度室。',
    en: 'You are in no service group or team, so it cannot be kept at your level: hand it to dispatch.',
  },
  'visit.error.issue.note.required': {
    'zh-CN': '现场解决请写明如何解决；提交调度室请写明原因。',
    en: 'Say how it was resolved, or why it goes to the dispatch room.',
  },
  // ── between the ack and the write ──
  'visit.saving.title': { 'zh-CN': '正在保存', en: 'Saving…' },
  'visit.saving.text': {
    'zh-CN': '正在保存对 *{enterprise}* 的走访记录，请稍候……',
    en: 'Saving your visit to *{enterprise}*…',
  },
  'visit.saving.close': { 'zh-CN': '关闭', en: 'Close' },
  'visit.saved.dm': {
    'zh-CN': '您对 *{enterprise}*（{date}）的走访已记录。',
    en: 'Your visit to *{enterprise}* ({date}) is logged.',
  },
  'visit.failed.dm': {
    'zh-CN':
      '您对 *{enterprise}*（{date}）的走访未能保存：{reason}\n请用 /visit 重新填写。您填写的摘要：\n>{summary}',
    en: 'Your visit to *{enterprise}* ({date}) could not be saved: {reason}\nPlease log it again with /visit. Your summary:\n>{summary}',
  },
  'visit.error.same_day': {
    'zh-CN': '您已记录过 {date} 对该企业的走访。',
    en: 'You already logged a visit to this enterprise on {date}.',
  },
  'visit.error.slow': {
    'zh-CN': '保存用时较长，请再次点击提交。不会重复记录。',
    en: 'Saving is taking longer than usual: press Submit again. It will not be logged twice.',
  },
});
