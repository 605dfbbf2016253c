import { defineMessages } from './define.ts';

// What users read for the domain's AppError codes (`errors.<code>`) and for each field rule of a form
// (`errors.field.<rule>`, see FIELD_RULES in src/domain/errors.ts). `not_in_directory` and `internal`
// live in common.ts. No placeholders in the code messages: their params are codes meant for logs.
export const errors = defineMessages({
  'errors.forbidden': {
    'zh-CN': '您没有权限对这个问题进行此项操作，未做任何更改。',
    en: 'You may not make this move on this issue; nothing was changed.',
  },
  'errors.invalid_transition': {
    'zh-CN': '这个问题的状态已经变化，此项操作不再适用，未做任何更改。请打开问题卡片查看最新情况。',
    en: 'This issue has moved on and this move no longer applies; nothing was changed. Open the issue to see where it stands.',
  },
  'errors.validation': {
    'zh-CN': '填写的内容有误，请按提示修改后再提交。',
    en: 'Some of what you entered needs fixing; see the notes beside the fields.',
  },
  'errors.not_found': {
    'zh-CN': '找不到这个问题，它可能已被删除。',
    en: 'That issue could not be found; it may have been removed.',
  },
  'errors.conflict': {
    'zh-CN':
      '在您提交的同时，其他人刚刚处理了这个问题，您的操作没有保存。请再次提交，将按问题的最新状态办理。',
    en: 'Someone else moved this issue at the same moment, so your change was not saved. Submit again to apply it to the issue as it is now.',
  },
  'errors.field.required': { 'zh-CN': '此项必填。', en: 'This is required.' },
  'errors.field.too_long': {
    'zh-CN': '内容过长：最多 {max} 个字，当前 {length} 个字。',
    en: 'Too long: at most {max} characters, this has {length}.',
  },
  'errors.field.too_many': { 'zh-CN': '最多 {max} 项。', en: 'At most {max} entries.' },
  'errors.field.not_a_date': { 'zh-CN': '请选择一个有效日期。', en: 'Pick a valid date.' },
  'errors.field.in_past': {
    'zh-CN': '日期不能早于今天（{today}）。',
    en: 'The date cannot be before today ({today}).',
  },
  'errors.field.not_ascending': {
    'zh-CN': '各步骤日期不能早于前一步骤（{after}）。',
    en: 'A step cannot be dated before the step above it ({after}).',
  },
  'errors.field.not_later': {
    'zh-CN': '新的期限须晚于当前期限（{current}）。',
    en: 'The new due date must be later than the current one ({current}).',
  },
  'errors.field.not_allowed': { 'zh-CN': '不能选择此项。', en: 'This choice is not allowed here.' },
  'errors.field.self_reference': {
    'zh-CN': '不能指向问题本身，请填写与之重复的另一个问题编号。',
    en: 'An issue cannot duplicate itself; enter the number of the other issue.',
  },
  'errors.field.same_owner': {
    'zh-CN': '此人已是该问题的责任人。',
    en: 'This person already owns the issue.',
  },
  'errors.field.outside_unit': {
    'zh-CN': '此人不在可选范围内（须为本组/本队成员，或所选功能组、调度室的人员）。',
    en: 'This person cannot take it: choose someone from the group or team, or from the chosen unit.',
  },
  'errors.field.outside_subtree': {
    'zh-CN': '此人不在您负责的组或队内。',
    en: 'This person is not in a group or team under you.',
  },
  'errors.field.in_future': {
    'zh-CN': '日期不能晚于今天（{today}）。',
    en: 'The date cannot be after today ({today}).',
  },
  'errors.field.too_old': {
    'zh-CN': '只能登记最近 {days} 天内的日期（不早于 {earliest}）。',
    en: 'Only the last {days} days can be logged (not before {earliest}).',
  },
  'errors.field.not_found': {
    'zh-CN': '在名录中找不到所选内容。',
    en: 'What was chosen is not in the directory.',
  },
});
