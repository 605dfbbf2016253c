// Renders Block Kit (messages, modals, the Home tab) as real HTML forms. Plain browser JS, no bundle:
// the sandbox must run from a fresh clone with nothing built.
import { h } from './dom.js';
import { renderElement } from './inputs.js';

export { h };

const esc = (s) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
// Slack escapes &, < and > in message text; undo that before escaping for HTML.
const unslack = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

function inline(s) {
  return esc(unslack(s))
    .replace(/```([\s\S]*?)```/g, '<pre>$1</pre>')
    .replace(/`([^`\n]+)`/g, '<code>$1</code>')
    .replace(/(^|[\s(（])\*([^*\n]+)\*/g, '$1<b>$2</b>')
    .replace(/(^|[\s(（])_([^_\n]+)_/g, '$1<i>$2</i>')
    .replace(/(^|[\s(（])~([^~\n]+)~/g, '$1<s>$2</s>')
    .replace(/^&gt; ?(.*)$/gm, '<blockquote>$1</blockquote>')
    .replace(/\n/g, '<br>');
}

/** mrkdwn → HTML: Slack's <…> tokens first (links, mentions, dates), then the inline styles. */
export function mrkdwn(text, ctx) {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(/<([^<>]+)>/g)) {
    out += inline(text.slice(last, m.index));
    last = m.index + m[0].length;
    const [target, label] = m[1].split('|');
    if (target.startsWith('@'))
      out += `<b class="mention">@${esc(ctx.userName(target.slice(1)) ?? label ?? target)}</b>`;
    else if (target.startsWith('#'))
      out += `<b>#${esc(ctx.channelName(target.slice(1)) ?? label ?? target)}</b>`;
    else if (target.startsWith('!date')) out += esc(unslack(label ?? ''));
    else if (target.startsWith('!')) out += `<b>@${esc(target.slice(1))}</b>`;
    else
      out += `<a href="${esc(target)}" target="_blank" rel="noreferrer">${esc(unslack(label ?? target))}</a>`;
  }
  return out + inline(text.slice(last));
}

export function textNode(t, ctx, tag = 'div') {
  if (!t) return h(tag);
  if (t.type === 'mrkdwn') return h(tag, { html: mrkdwn(t.text ?? '', ctx) });
  return h(tag, {}, t.text ?? '');
}

function contextElement(e, ctx) {
  if (e.type === 'image') return h('img', { src: e.image_url, alt: e.alt_text ?? '' });
  return textNode(e, ctx, 'span');
}

/**
 * One block. `ctx` knows who is acting, where (message or view), how to send an action, how to
 * collect input values, and which inline errors Slack would show under which input block.
 */
export function renderBlock(b, ctx) {
  const blockId = b.block_id;
  switch (b.type) {
    case 'header':
      return h('div', { class: 'block header' }, b.text?.text ?? '');
    case 'divider':
      return h('hr', { class: 'block divider' });
    case 'image':
      return h(
        'div',
        { class: 'block image' },
        b.title ? textNode(b.title, ctx) : null,
        h('img', { src: b.image_url, alt: b.alt_text ?? '' }),
      );
    case 'context':
      return h(
        'div',
        { class: 'block context' },
        (b.elements ?? []).map((e) => contextElement(e, ctx)),
      );
    case 'section': {
      const body = h(
        'div',
        {},
        b.text ? textNode(b.text, ctx) : null,
        b.fields
          ? h(
              'div',
              { class: 'fields' },
              b.fields.map((f) => textNode(f, ctx)),
            )
          : null,
      );
      const accessory = b.accessory ? renderElement(b.accessory, ctx, { blockId, dispatch: true }) : null;
      return h('div', { class: 'block section', 'data-block': blockId }, body, accessory);
    }
    case 'actions':
      return h(
        'div',
        { class: 'block actions', 'data-block': blockId },
        (b.elements ?? []).map((e) => renderElement(e, ctx, { blockId, dispatch: true })),
      );
    case 'input': {
      const error = ctx.errors?.[blockId];
      return h(
        'div',
        { class: `block input${error ? ' has-error' : ''}`, 'data-block': blockId },
        h(
          'label',
          { class: 'lbl' },
          b.label?.text ?? '',
          b.optional ? h('span', { class: 'hint' }, ` ${ctx.s('sandbox.optional')}`) : null,
        ),
        renderElement(b.element, ctx, { blockId, dispatch: !!b.dispatch_action, input: true }),
        b.hint ? h('div', { class: 'hint' }, b.hint.text) : null,
        error ? h('div', { class: 'err', 'data-testid': `error-${blockId}` }, error) : null,
      );
    }
    case 'rich_text':
      return h('div', { class: 'block' }, richText(b.elements ?? []));
    default:
      return h('div', { class: 'block hint' }, `[${b.type}]`);
  }
}

// Rich text is shown as its plain words: zhuqi's own views never send it, users' messages might.
function richText(elements) {
  return elements.map((e) => (typeof e.text === 'string' ? e.text : richText(e.elements ?? []))).join('');
}

export function renderBlocks(blocks, ctx) {
  return (blocks ?? []).map((b) => renderBlock(b, ctx));
}
