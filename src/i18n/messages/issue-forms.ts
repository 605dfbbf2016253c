import { defineMessages } from './define.ts';

// The modals of the issue flows: raising one (/issue) and each move on its card. Modal titles and
// buttons are 24 characters at most (Slack's limit).
export const issueForms = defineMessages({
  'issue.form.submit': { 'zh-CN': '提交', en: 'Submit' },
  'issue.form.cancel': { 'zh-CN': '取消', en: 'Cancel' },
  'issue.form.close': { 'zh-CN': '关闭', en: 'Close' },
  'issue.form.loading': { 'zh-CN': '正在加载…', en: 'Loading…' },
  'issue.form.about': { 'zh-CN': '问题 #{id}：{title}', en: 'Issue #{id}: {title}' },

  'issue.form.title.raise': { 'zh-CN': '登记问题', en: 'Raise an issue' },
  'issue.form.title.open': { 'zh-CN': '问题 #{id}', en: 'Issue #{id}' },
  'issue.form.title.notice': { 'zh-CN': '助企', en: 'zhuqi' },
  'issue.form.title.hand_to_dispatch': { 'zh-CN': '提交调度室', en: 'Hand to dispatch' },
  'issue.form.title.route': { 'zh-CN': '分派问题', en: 'Route the issue' },
  'issue.form.title.return_misrouted': { 'zh-CN': '退回调度室', en: 'Return as misrouted' },
  'issue.form.title.defer': { 'zh-CN': '暂缓并制定计划', en: 'Defer with a plan' },
  'issue.form.title.resume': { 'zh-CN': '恢复办理', en: 'Resume work' },
  'issue.form.title.resolve': { 'zh-CN': '办结问题', en: 'Resolve the issue' },
  'issue.form.title.close_out': { 'zh-CN': '登记企业反馈', en: 'Record feedback' },
  'issue.form.title.withdraw': { 'zh-CN': '撤销问题', en: 'Withdraw the issue' },
  'issue.form.title.reassign': { 'zh-CN': '更换责任人', en: 'Reassign the issue' },
  'issue.form.title.request_extension': { 'zh-CN': '申请延期', en: 'Ask for an extension' },
  'issue.form.title.decide_extension': { 'zh-CN': '审批延期', en: 'Decide on extension' },

  'issue.form.subject': { 'zh-CN': '企业或项目', en: 'Enterprise or project' },
  'issue.form.subject_placeholder': {
    'zh-CN': '输入企业名称、简称、信用代码或项目名称',
    en: 'Type a name, short name, credit code or project',
  },
  'issue.form.subject_enterprises': { 'zh-CN': '企业', en: 'Enterprises' },
  'issue.form.subject_projects': { 'zh-CN': '重点项目', en: 'Key projects' },
  'issue.form.issue_title': { 'zh-CN': '问题标题', en: 'Title' },
  // Slack itself marks optional inputs "(optional)"; the labels don't repeat it.
  'issue.form.description': { 'zh-CN': '具体情况', en: 'Description' },
  'issue.form.category': { 'zh-CN': '类别', en: 'Category' },
  'issue.form.urgency': { 'zh-CN': '紧急程度', en: 'Urgency' },
  'issue.form.outcome': { 'zh-CN': '处理方式', en: 'How is it handled?' },
  'issue.form.outcome.resolve_on_spot': { 'zh-CN': '已现场解决', en: 'Resolved on the spot' },
  'issue.form.outcome.keep': { 'zh-CN': '本级办理（问题不上交）', en: 'Kept at own level' },
  'issue.form.outcome.hand_to_dispatch': {
    'zh-CN': '提交调度室（问题不落空）',
    en: 'Handed to the dispatch room',
  },
  'issue.form.spot_note': {
    'zh-CN': '解决情况（现场解决时必填）',
    en: 'How it was resolved (if resolved on the spot)',
  },
  'issue.form.keeper': { 'zh-CN': '责任人（本级办理时）', en: 'Owner (if kept at own level)' },
  'issue.form.keeper_hint': {
    'zh-CN': '您本人，或与您同组、同队的干部。',
    en: 'You, or a cadre of your group or team.',
  },
  'issue.form.dispatch_reason': {
    'zh-CN': '提交调度室的原因（提交时必填）',
    en: 'Why it goes to dispatch (if handed up)',
  },

  'issue.form.reason': { 'zh-CN': '原因', en: 'Reason' },
  'issue.form.comment': { 'zh-CN': '说明', en: 'Comment' },
  'issue.form.comment_optional': { 'zh-CN': '备注', en: 'Comment' },
  'issue.form.resolution_note': { 'zh-CN': '办结情况', en: 'How it was resolved' },
  'issue.form.explanation': {
    'zh-CN': '向企业作出的解释',
    en: 'Explanation given to the enterprise',
  },
  'issue.form.plan_hint': {
    'zh-CN': '至少填写一步；每步须有日期，且不早于上一步。第一步的日期即为新的办理期限。',
    en: 'Fill in at least one step, each with a date no earlier than the step above. The first date becomes the due date.',
  },
  'issue.form.plan_step': { 'zh-CN': '第 {n} 步', en: 'Step {n}' },
  'issue.form.plan_step_date': { 'zh-CN': '第 {n} 步完成日期', en: 'Step {n}: date' },

  'issue.form.route_target': { 'zh-CN': '分派至', en: 'Route to' },
  'issue.form.route_city': {
    'zh-CN': '市总调度室（由调度室联络员跟踪）',
    en: 'City dispatch (followed by a liaison)',
  },
  'issue.form.route_pick_target': {
    'zh-CN': '选择分派去向后，可选择责任人和办理期限。',
    en: 'Choose where it goes; the owner and due date follow.',
  },
  'issue.form.route_owner': { 'zh-CN': '责任人', en: 'Owner' },
  'issue.form.route_no_candidates': {
    'zh-CN': '该单位暂无可选人员，请先在干部名录中补充。',
    en: 'Nobody in this unit can take it yet; add people in the cadre directory first.',
  },
  'issue.form.due': { 'zh-CN': '办理期限', en: 'Due date' },
  'issue.form.due_default': {
    'zh-CN': '按该层级的工作日时限，默认为 {date}。',
    en: 'The level’s working-day deadline is {date}.',
  },

  'issue.form.verdict': { 'zh-CN': '企业意见', en: 'The enterprise’s verdict' },
  'issue.form.feedback_comment': {
    'zh-CN': '企业反馈内容（不满意时必填）',
    en: 'What the enterprise said (required if dissatisfied)',
  },

  'issue.form.withdraw_reason': { 'zh-CN': '撤销原因', en: 'Reason for withdrawing' },
  'issue.form.original': {
    'zh-CN': '原问题编号（重复问题必填）',
    en: 'Number of the original issue (if duplicate)',
  },
  'issue.form.original_not_found': { 'zh-CN': '找不到编号为 {id} 的问题。', en: 'There is no issue #{id}.' },

  'issue.form.extension_due': { 'zh-CN': '申请延期至', en: 'New due date' },
  'issue.form.extension_current': { 'zh-CN': '当前期限：{date}', en: 'Currently due {date}' },
  'issue.form.extension_request': {
    'zh-CN': '{person} 申请延期至 {date}。理由：{reason}',
    en: '{person} asks for an extension to {date}. Reason: {reason}',
  },
  'issue.form.decision': { 'zh-CN': '审批意见', en: 'Decision' },
  'issue.form.decision_approve': { 'zh-CN': '同意延期', en: 'Approve' },
  'issue.form.decision_refuse': { 'zh-CN': '不同意', en: 'Refuse' },
  'issue.form.decision_note': { 'zh-CN': '说明（不同意时必填）', en: 'Note (required to refuse)' },

  'issue.form.new_owner': { 'zh-CN': '新的责任人', en: 'New owner' },
  'issue.form.not_in_directory': {
    'zh-CN': '此人不在干部名录中。',
    en: 'This person is not in the cadre directory.',
  },

  'issue.form.raised.resolve_on_spot': {
    'zh-CN': '问题 #{id} 已登记为现场解决。征求企业意见后，请在问题卡片上登记反馈并销号。',
    en: 'Issue #{id} is recorded as resolved on the spot. Once the enterprise has given its opinion, record the feedback on the issue to close it out.',
  },
  'issue.form.raised.keep': {
    'zh-CN': '问题 #{id} 已登记，本级办理。',
    en: 'Issue #{id} is raised and kept at your level.',
  },
  'issue.form.raised.hand_to_dispatch': {
    'zh-CN': '问题 #{id} 已登记并提交调度室。',
    en: 'Issue #{id} is raised and handed to the dispatch room.',
  },
});
