// Block Kit's interactive elements as HTML controls. Each control in a view registers a getter that
// returns its value in Slack's `view.state.values` shape; controls that Slack dispatches on change
// (actions blocks, section accessories, inputs with dispatch_action) send a block_actions request.
import { h } from './dom.js';

const opt = (o) => ({ text: o.text, value: o.value });
const optionsOf = (el) => [
  ...(el.options ?? []),
  ...(el.option_groups ?? []).flatMap((g) => g.options ?? []),
];

function selectOptions(select, options, selected, placeholder) {
  if (placeholder !== undefined) select.append(h('option', { value: '' }, placeholder));
  for (const o of options) {
    select.append(
      h('option', { value: o.value, selected: selected.includes(o.value) }, o.text?.text ?? o.value),
    );
  }
}

/** A typeahead over the app's options (block_suggestion), for external selects. */
function external(el, ctx, place, multi) {
  const chosen = multi
    ? [...(el.initial_options ?? [])].map(opt)
    : el.initial_option
      ? [opt(el.initial_option)]
      : [];
  const box = h('input', {
    type: 'text',
    placeholder: el.placeholder?.text ?? ctx.s('sandbox.type_to_search'),
    'data-action': el.action_id,
  });
  const list = h('div', { class: 'suggest', hidden: true });
  const chips = h('div', {});
  const showChosen = () => {
    chips.replaceChildren(
      ...chosen.map((o, i) =>
        h(
          'span',
          { class: 'chip' },
          o.text?.text ?? o.value,
          multi
            ? h(
                'button',
                {
                  type: 'button',
                  class: 'btn',
                  onclick: () => {
                    chosen.splice(i, 1);
                    showChosen();
                  },
                },
                '×',
              )
            : null,
        ),
      ),
    );
    if (!multi) box.value = chosen[0]?.text?.text ?? '';
  };
  let timer;
  box.addEventListener('input', () => {
    clearTimeout(timer);
    const query = box.value.trim();
    if (query.length < (el.min_query_length ?? 1)) return list.setAttribute('hidden', '');
    timer = setTimeout(async () => {
      const answer = await ctx.api('options', {
        actionId: el.action_id,
        blockId: place.blockId,
        value: query,
        viewId: ctx.viewId,
      });
      const options = [
        ...(answer.options ?? []),
        ...(answer.option_groups ?? []).flatMap((g) => g.options ?? []),
      ];
      list.replaceChildren(
        ...options.map((o) =>
          h(
            'button',
            {
              type: 'button',
              onclick: () => {
                if (multi) chosen.push(opt(o));
                else chosen.splice(0, chosen.length, opt(o));
                list.setAttribute('hidden', '');
                if (multi) box.value = '';
                showChosen();
                if (place.dispatch)
                  ctx.act({
                    type: el.type,
                    action_id: el.action_id,
                    block_id: place.blockId,
                    ...(multi ? { selected_options: chosen } : { selected_option: opt(o) }),
                  });
              },
            },
            o.text?.text ?? o.value,
          ),
        ),
      );
      list.toggleAttribute('hidden', options.length === 0);
    }, 250);
  });
  showChosen();
  ctx.collect(place.blockId, el.action_id, () =>
    multi
      ? { type: el.type, selected_options: chosen }
      : { type: el.type, selected_option: chosen[0] ?? null },
  );
  return h('div', { class: 'external' }, chips, box, list);
}

function staticSelect(el, ctx, place, multi) {
  const select = h('select', { multiple: multi, 'data-action': el.action_id });
  const initial = multi
    ? (el.initial_options ?? []).map((o) => o.value)
    : el.initial_option
      ? [el.initial_option.value]
      : [];
  selectOptions(
    select,
    optionsOf(el),
    initial,
    multi ? undefined : (el.placeholder?.text ?? ctx.s('sandbox.choose')),
  );
  const byValue = new Map(optionsOf(el).map((o) => [o.value, opt(o)]));
  const value = () => {
    const picked = [...select.selectedOptions].map((o) => byValue.get(o.value)).filter(Boolean);
    return multi
      ? { type: el.type, selected_options: picked }
      : { type: el.type, selected_option: picked[0] ?? null };
  };
  ctx.collect(place.blockId, el.action_id, value);
  if (place.dispatch)
    select.addEventListener('change', () =>
      ctx.act({ action_id: el.action_id, block_id: place.blockId, ...value() }),
    );
  return select;
}

function usersSelect(el, ctx, place, multi) {
  const select = h('select', { multiple: multi, 'data-action': el.action_id });
  const initial = multi ? (el.initial_users ?? []) : el.initial_user ? [el.initial_user] : [];
  const people = ctx.users().map((u) => ({ value: u.id, text: { text: u.realName ?? u.name } }));
  selectOptions(
    select,
    people,
    initial,
    multi ? undefined : (el.placeholder?.text ?? ctx.s('sandbox.choose')),
  );
  const value = () => {
    const ids = [...select.selectedOptions].map((o) => o.value).filter(Boolean);
    return multi ? { type: el.type, selected_users: ids } : { type: el.type, selected_user: ids[0] ?? null };
  };
  ctx.collect(place.blockId, el.action_id, value);
  if (place.dispatch)
    select.addEventListener('change', () =>
      ctx.act({ action_id: el.action_id, block_id: place.blockId, ...value() }),
    );
  return select;
}

function choices(el, ctx, place, kind) {
  const initial =
    kind === 'checkbox' ? (el.initial_options ?? []).map((o) => o.value) : [el.initial_option?.value];
  const name = `${place.blockId}-${el.action_id}`;
  const inputs = el.options.map((o) => ({
    o,
    input: h('input', { type: kind, name, value: o.value, checked: initial.includes(o.value) }),
  }));
  const value = () => {
    const picked = inputs.filter((i) => i.input.checked).map((i) => opt(i.o));
    return kind === 'checkbox'
      ? { type: el.type, selected_options: picked }
      : { type: el.type, selected_option: picked[0] ?? null };
  };
  ctx.collect(place.blockId, el.action_id, value);
  const wrap = h(
    'div',
    { 'data-action': el.action_id },
    inputs.map(({ o, input }) =>
      h(
        'label',
        { style: 'display:block' },
        input,
        ' ',
        o.text?.text ?? o.value,
        o.description ? h('span', { class: 'hint' }, ` — ${o.description.text}`) : null,
      ),
    ),
  );
  if (place.dispatch)
    wrap.addEventListener('change', () =>
      ctx.act({ action_id: el.action_id, block_id: place.blockId, ...value() }),
    );
  return wrap;
}

function textInput(el, ctx, place, type) {
  const attrs = { 'data-action': el.action_id, placeholder: el.placeholder?.text };
  const input = el.multiline ? h('textarea', { ...attrs, rows: 4 }) : h('input', { ...attrs, type });
  input.value = el.initial_value ?? el.initial_date ?? el.initial_time ?? '';
  const value = () => {
    const v = input.value === '' ? null : input.value;
    if (el.type === 'datepicker') return { type: el.type, selected_date: v };
    if (el.type === 'timepicker') return { type: el.type, selected_time: v };
    return { type: el.type, value: v };
  };
  ctx.collect(place.blockId, el.action_id, value);
  if (place.dispatch)
    input.addEventListener('change', () =>
      ctx.act({ action_id: el.action_id, block_id: place.blockId, ...value() }),
    );
  return input;
}

export function renderElement(el, ctx, place) {
  switch (el.type) {
    case 'button':
      return h(
        'button',
        {
          type: 'button',
          class: `btn ${el.style ?? ''}`,
          'data-action': el.action_id,
          onclick: () =>
            ctx.act({
              type: 'button',
              action_id: el.action_id,
              block_id: place.blockId,
              value: el.value,
              text: el.text,
            }),
        },
        el.text?.text ?? '',
      );
    case 'overflow': {
      const select = h('select', { 'data-action': el.action_id });
      selectOptions(select, el.options ?? [], [], '⋯');
      select.addEventListener('change', () => {
        const o = (el.options ?? []).find((x) => x.value === select.value);
        if (o)
          ctx.act({
            type: 'overflow',
            action_id: el.action_id,
            block_id: place.blockId,
            selected_option: opt(o),
          });
      });
      return select;
    }
    case 'static_select':
      return staticSelect(el, ctx, place, false);
    case 'multi_static_select':
      return staticSelect(el, ctx, place, true);
    case 'external_select':
      return external(el, ctx, place, false);
    case 'multi_external_select':
      return external(el, ctx, place, true);
    case 'users_select':
      return usersSelect(el, ctx, place, false);
    case 'multi_users_select':
      return usersSelect(el, ctx, place, true);
    case 'checkboxes':
      return choices(el, ctx, place, 'checkbox');
    case 'radio_buttons':
      return choices(el, ctx, place, 'radio');
    case 'datepicker':
      return textInput(el, ctx, place, 'date');
    case 'timepicker':
      return textInput(el, ctx, place, 'time');
    case 'number_input':
      return textInput(el, ctx, place, 'number');
    case 'plain_text_input':
      return textInput(el, ctx, place, 'text');
    case 'image':
      return h('img', { src: el.image_url, alt: el.alt_text ?? '', style: 'width:48px;height:48px' });
    default:
      return h('span', { class: 'hint' }, `[${el.type}]`);
  }
}
