import { LIMITS } from './limits.ts';
import { type Problem, tooLong, tooMany } from './problems.ts';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Slack counts characters, not UTF-16 units: an emoji is one. */
const length = (text: string) => [...text].length;

const KNOWN_BLOCKS = new Set([
  'section',
  'divider',
  'header',
  'context',
  'actions',
  'input',
  'image',
  'rich_text',
  'video',
  'file',
  'markdown',
  'table',
  'context_actions',
]);

const SELECTS_WITH_OPTIONS = new Set(['static_select', 'multi_static_select']);
const CHOICES = new Set(['radio_buttons', 'checkboxes']);

/** Checks a blocks array against Slack's limits; `max` is 50 for messages, 100 for modals and Home tabs. */
export function checkBlocks(blocks: unknown, pointer: string, max: number): Problem[] {
  if (!Array.isArray(blocks)) return [{ pointer, message: 'must be an array' }];
  if (blocks.length > max) return [tooMany(pointer, max)];
  const problems: Problem[] = [];
  const blockIds = new Set<string>();
  blocks.forEach((block, index) => {
    const at = `${pointer}/${index}`;
    if (isObject(block) && typeof block.block_id === 'string') {
      if (blockIds.has(block.block_id))
        problems.push({ pointer: `${at}/block_id`, message: 'duplicate block_id' });
      blockIds.add(block.block_id);
    }
    checkBlock(block, at, problems);
  });
  return problems;
}

function checkBlock(block: unknown, at: string, problems: Problem[]): void {
  if (!isObject(block) || typeof block.type !== 'string' || !KNOWN_BLOCKS.has(block.type)) {
    problems.push({ pointer: at, message: 'failed to match all allowed schemas' });
    return;
  }
  maxString(block.block_id, `${at}/block_id`, LIMITS.blockId, problems);
  switch (block.type) {
    case 'section':
      checkSection(block, at, problems);
      break;
    case 'header':
      textObject(block.text, `${at}/text`, LIMITS.headerText, problems, { plainOnly: true });
      break;
    case 'context':
      checkContext(block, at, problems);
      break;
    case 'actions':
      checkList(block.elements, `${at}/elements`, LIMITS.actionsElements, problems, checkElement);
      break;
    case 'input':
      textObject(block.label, `${at}/label`, LIMITS.inputLabel, problems, { plainOnly: true });
      if (block.hint !== undefined) textObject(block.hint, `${at}/hint`, LIMITS.inputHint, problems);
      checkElement(block.element, `${at}/element`, problems);
      break;
    case 'image':
      maxString(block.alt_text, `${at}/alt_text`, LIMITS.altText, problems);
      if (block.title !== undefined) textObject(block.title, `${at}/title`, LIMITS.textObject, problems);
      break;
    case 'markdown':
      maxString(block.text, `${at}/text`, LIMITS.markdownBlockText, problems);
      break;
    default:
      // rich_text, video, file, table…: accepted without deeper checks.
      break;
  }
}

function checkSection(block: Json, at: string, problems: Problem[]): void {
  if (block.text === undefined && block.fields === undefined) {
    problems.push({ pointer: at, message: 'must provide text or fields' });
  }
  if (block.text !== undefined) textObject(block.text, `${at}/text`, LIMITS.textObject, problems);
  if (block.fields !== undefined) {
    checkList(block.fields, `${at}/fields`, LIMITS.sectionFields, problems, (field, pointer) =>
      textObject(field, pointer, LIMITS.sectionFieldText, problems),
    );
  }
  if (block.accessory !== undefined) checkElement(block.accessory, `${at}/accessory`, problems);
}

function checkContext(block: Json, at: string, problems: Problem[]): void {
  checkList(block.elements, `${at}/elements`, LIMITS.contextElements, problems, (element, pointer) => {
    if (isObject(element) && element.type === 'image') return;
    textObject(element, pointer, LIMITS.textObject, problems);
  });
}

function checkElement(element: unknown, at: string, problems: Problem[]): void {
  if (!isObject(element) || typeof element.type !== 'string') {
    problems.push({ pointer: at, message: 'failed to match all allowed schemas' });
    return;
  }
  maxString(element.action_id, `${at}/action_id`, LIMITS.actionId, problems);
  if (element.placeholder !== undefined) {
    textObject(element.placeholder, `${at}/placeholder`, LIMITS.placeholder, problems, { plainOnly: true });
  }
  if (element.type === 'button') {
    textObject(element.text, `${at}/text`, LIMITS.buttonText, problems, { plainOnly: true });
    maxString(element.value, `${at}/value`, LIMITS.buttonValue, problems);
    maxString(element.url, `${at}/url`, LIMITS.url, problems);
  } else if (SELECTS_WITH_OPTIONS.has(element.type)) {
    checkSelectOptions(element, at, problems);
  } else if (element.type === 'overflow') {
    checkOptions(element.options, `${at}/options`, LIMITS.overflowOptions, problems);
  } else if (CHOICES.has(element.type)) {
    checkOptions(element.options, `${at}/options`, LIMITS.choiceOptions, problems);
  } else if (element.type === 'plain_text_input') {
    maxString(element.initial_value, `${at}/initial_value`, LIMITS.textObject, problems);
  }
}

function checkSelectOptions(element: Json, at: string, problems: Problem[]): void {
  if (element.option_groups !== undefined) {
    checkList(
      element.option_groups,
      `${at}/option_groups`,
      LIMITS.optionGroups,
      problems,
      (group, pointer) => {
        if (isObject(group))
          checkOptions(group.options, `${pointer}/options`, LIMITS.selectOptions, problems);
      },
    );
    return;
  }
  checkOptions(element.options, `${at}/options`, LIMITS.selectOptions, problems);
}

function checkOptions(options: unknown, at: string, max: number, problems: Problem[]): void {
  checkList(options, at, max, problems, (option, pointer) => {
    if (!isObject(option)) {
      problems.push({ pointer, message: 'failed to match all allowed schemas' });
      return;
    }
    textObject(option.text, `${pointer}/text`, LIMITS.optionText, problems);
    maxString(option.value, `${pointer}/value`, LIMITS.optionValue, problems);
  });
}

function checkList(
  list: unknown,
  at: string,
  max: number,
  problems: Problem[],
  each: (item: unknown, pointer: string, problems: Problem[]) => void,
): void {
  if (!Array.isArray(list)) {
    problems.push({ pointer: at, message: 'must be an array' });
    return;
  }
  if (list.length > max) {
    problems.push(tooMany(at, max));
    return;
  }
  list.forEach((item, index) => {
    each(item, `${at}/${index}`, problems);
  });
}

/** A text object: `{ type: 'plain_text' | 'mrkdwn', text }` with a non-empty text up to `max` characters. */
export function textObject(
  value: unknown,
  at: string,
  max: number,
  problems: Problem[],
  options: { plainOnly?: boolean } = {},
): void {
  const types = options.plainOnly ? ['plain_text'] : ['plain_text', 'mrkdwn'];
  if (!isObject(value) || !types.includes(String(value.type))) {
    problems.push({ pointer: at, message: 'failed to match all allowed schemas' });
    return;
  }
  if (typeof value.text !== 'string' || value.text.length === 0) {
    problems.push({ pointer: `${at}/text`, message: 'must be more than 0 characters' });
    return;
  }
  if (length(value.text) > max) problems.push(tooLong(`${at}/text`, max));
}

export function maxString(value: unknown, at: string, max: number, problems: Problem[]): void {
  if (typeof value === 'string' && length(value) > max) problems.push(tooLong(at, max));
}
