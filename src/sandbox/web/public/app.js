// The sandbox page: who you are, what the bot posted, the modals it opened, the Home tab, and time
// travel. Every action goes to /sandbox/api/*, which sends Slack's signed request to the real app.
import { h, renderBlocks } from './blocks.js';

const ui = {
  strings: {},
  lang: localStorage.getItem('zhuqi.lang') ?? 'zh-CN',
  user: localStorage.getItem('zhuqi.user') ?? '',
  conv: 'dm',
  people: [],
  users: [],
  state: null,
  shown: { conv: '', modal: '' },
  /** viewId → { blockId: message } from a submission's `response_action: errors`. */
  errors: {},
};

const s = (key, vars = {}) =>
  (ui.strings[key]?.[ui.lang] ?? key).replace(/\{(\w+)\}/g, (m, k) => (k in vars ? vars[k] : m));

async function api(name, body = {}) {
  const res = await fetch(`/sandbox/api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ user: ui.user, ...body }),
  });
  const answer = await res.json();
  if (!res.ok) throw new Error(answer.error ?? res.statusText);
  return answer;
}

function notice(text) {
  document.getElementById('notice').textContent = text ?? '';
}

async function attempt(work) {
  try {
    notice('');
    await work();
  } catch (err) {
    notice(s('sandbox.failed', { error: err.message }));
  }
  await refresh();
}

function translatePage() {
  document.documentElement.lang = ui.lang;
  document.title = s('sandbox.title');
  document.getElementById('banner').textContent = `${s('sandbox.title')} — ${s('sandbox.banner')}`;
  for (const el of document.querySelectorAll('[data-s]')) el.textContent = s(el.dataset.s);
  document.getElementById('message').placeholder = s('sandbox.message_placeholder');
  if (ui.timeZone)
    document.getElementById('travel-zone').textContent = s('sandbox.time_zone', { zone: ui.timeZone });
  const who = document.getElementById('who');
  who.replaceChildren();
  const kinds = ['cadre', 'group_head', 'dispatch', 'function_group', 'leader'];
  for (const kind of kinds) {
    const group = h('optgroup', { label: s(`sandbox.kind.${kind}`) });
    for (const p of ui.people.filter((x) => x.kind === kind)) {
      group.append(
        h(
          'option',
          { value: p.slackUserId, selected: p.slackUserId === ui.user },
          `${p.name} · ${p.units.join('、')}`,
        ),
      );
    }
    who.append(group);
  }
  document.getElementById('lang').value = ui.lang;
}

const nameOf = (id) => ui.users.find((u) => u.id === id)?.realName ?? ui.users.find((u) => u.id === id)?.name;
const channelName = (id) => ui.state?.channels.find((c) => c.id === id)?.name;

/** What the renderer needs to know about where a block lives. */
function context(where) {
  const values = {};
  return {
    ...where,
    s,
    api,
    users: () => ui.users.filter((u) => !u.isBot),
    userName: nameOf,
    channelName,
    values,
    collect(blockId, actionId, getter) {
      values[blockId] ??= {};
      values[blockId][actionId] = getter;
    },
    read() {
      return Object.fromEntries(
        Object.entries(values).map(([b, acts]) => [
          b,
          Object.fromEntries(Object.entries(acts).map(([a, get]) => [a, get()])),
        ]),
      );
    },
    act(action) {
      return attempt(() =>
        api('action', {
          actionId: action.action_id,
          blockId: action.block_id,
          action,
          channel: where.channel,
          messageTs: where.messageTs,
          viewId: where.viewId,
          values: where.viewId ? this.read() : {},
        }),
      );
    },
  };
}

function renderMessage(m, ephemeral) {
  const ctx = context({ channel: m.channel, messageTs: ephemeral ? undefined : m.ts });
  const author = m.bot_id || ephemeral ? s('sandbox.bot') : (nameOf(m.user) ?? m.user);
  const blocks = m.blocks?.length ? renderBlocks(m.blocks, ctx) : [h('div', {}, m.text ?? '')];
  return h(
    'div',
    {
      class: `msg${ephemeral ? ' ephemeral' : ''}`,
      'data-ts': m.ts ?? m.message_ts,
      'data-testid': 'message',
    },
    h(
      'div',
      {},
      h('span', { class: 'who' }, author),
      ephemeral ? h('span', { class: 'tag' }, s('sandbox.only_you')) : null,
      m.edited ? h('span', { class: 'tag' }, s('sandbox.edited')) : null,
    ),
    blocks,
  );
}

function currentConversation() {
  const st = ui.state;
  if (ui.conv === 'home') return { title: s('sandbox.home'), home: st.home };
  if (ui.conv === 'dm') return { title: s('sandbox.dm'), id: st.dm.id, messages: st.dm.messages };
  const c = st.channels.find((x) => x.id === ui.conv) ?? st.channels[0];
  return { title: `# ${c?.name ?? ''}`, id: c?.id, messages: c?.messages ?? [] };
}

function renderConversation() {
  const conv = currentConversation();
  const ephemerals = ui.state.ephemerals.filter((e) => e.channel === conv.id);
  const key = JSON.stringify([ui.lang, ui.conv, conv.home?.hash, conv.messages, ephemerals]);
  if (key === ui.shown.conv) return;
  ui.shown.conv = key;
  document.getElementById('conv-title').textContent = conv.title;
  const box = document.getElementById('conv');
  if (ui.conv === 'home') {
    box.replaceChildren(
      ...(conv.home ? renderBlocks(conv.home.blocks, context({ viewId: conv.home.id })) : []),
    );
  } else {
    const items = [
      ...conv.messages.map((m) => [m.ts, renderMessage(m, false)]),
      ...ephemerals.map((e) => [e.message_ts, renderMessage(e, true)]),
    ]
      .sort((a, b) => Number(a[0]) - Number(b[0]))
      .map(([, el]) => el);
    box.replaceChildren(...(items.length ? items : [h('p', { class: 'hint' }, s('sandbox.no_messages'))]));
    box.scrollTop = box.scrollHeight;
  }
  for (const b of document.querySelectorAll('.nav')) b.classList.toggle('active', b.dataset.conv === ui.conv);
}

function renderChannels() {
  const list = document.getElementById('channels');
  const key = JSON.stringify(ui.state.channels.map((c) => [c.id, c.name, c.messages.length]));
  if (list.dataset.key === key) return;
  list.dataset.key = key;
  list.replaceChildren(
    ...ui.state.channels.map((c) =>
      h(
        'button',
        {
          class: 'nav',
          'data-conv': c.id,
          'data-testid': `nav-${c.id}`,
          onclick: () => openConversation(c.id),
        },
        `# ${c.name} (${c.messages.length})`,
      ),
    ),
  );
}

function renderModal() {
  const stack = ui.state.modals;
  const overlay = document.getElementById('modal');
  const top = stack.at(-1);
  const key = top ? JSON.stringify([ui.lang, top.id, top.hash, ui.errors[top.id] ?? null]) : '';
  if (key === ui.shown.modal) return;
  ui.shown.modal = key;
  if (!top) {
    overlay.hidden = true;
    overlay.replaceChildren();
    return;
  }
  const ctx = context({ viewId: top.id, errors: ui.errors[top.id] });
  const close = () => attempt(() => api('close', { viewId: top.id }));
  const submit = (event) => {
    event.preventDefault();
    return attempt(async () => {
      const answer = await api('submit', { viewId: top.id, values: ctx.read() });
      ui.errors[top.id] = answer.errors ?? undefined;
      if (answer.refusal) notice(s('sandbox.failed', { error: answer.refusal.error }));
    });
  };
  overlay.hidden = false;
  overlay.replaceChildren(
    h(
      'form',
      { class: 'modal', 'data-view': top.id, 'data-callback': top.callback_id, onsubmit: submit },
      h(
        'div',
        { class: 'title' },
        h('span', {}, top.title?.text ?? ''),
        stack.length > 1 ? h('span', { class: 'depth' }, `${stack.length}/3`) : null,
      ),
      renderBlocks(top.blocks, ctx),
      h(
        'div',
        { class: 'foot' },
        h(
          'button',
          { type: 'button', class: 'btn', 'data-testid': 'modal-close', onclick: close },
          top.close?.text ?? s('sandbox.close'),
        ),
        top.submit
          ? h(
              'button',
              { type: 'submit', class: 'btn primary', 'data-testid': 'modal-submit' },
              top.submit.text,
            )
          : null,
      ),
    ),
  );
}

async function refresh() {
  if (!ui.user) return;
  ui.state = await api('state');
  renderChannels();
  renderConversation();
  renderModal();
}

async function openConversation(conv) {
  ui.conv = conv;
  if (conv === 'home') await attempt(() => api('home'));
  else await refresh();
}

async function pickUser(id) {
  ui.user = id;
  localStorage.setItem('zhuqi.user', id);
  ui.errors = {};
  await attempt(() => api('locale', { locale: ui.lang }));
  if (ui.conv === 'home') await openConversation('home');
}

async function start() {
  ui.strings = await api('strings');
  const { people, users } = await api('people');
  ui.people = people;
  ui.users = users;
  if (!people.some((p) => p.slackUserId === ui.user)) ui.user = people[0]?.slackUserId ?? '';
  translatePage();
  document.getElementById('who').addEventListener('change', (e) => pickUser(e.target.value));
  document.getElementById('lang').addEventListener('change', async (e) => {
    ui.lang = e.target.value;
    localStorage.setItem('zhuqi.lang', ui.lang);
    translatePage();
    await pickUser(ui.user);
  });
  for (const b of document.querySelectorAll('.nav[data-conv]'))
    b.addEventListener('click', () => openConversation(b.dataset.conv));
  document.getElementById('composer').addEventListener('submit', (e) => {
    e.preventDefault();
    const input = document.getElementById('message');
    const text = input.value.trim();
    if (!text.startsWith('/')) return notice(s('sandbox.not_command'));
    input.value = '';
    const channel = ui.conv === 'home' ? undefined : currentConversation().id;
    return attempt(() => api('command', { text, channel }));
  });
  const at = document.getElementById('travel-at');
  const clock = await api('clock');
  at.value = clock.localNow;
  ui.timeZone = clock.timeZone;
  document.getElementById('travel-zone').textContent = s('sandbox.time_zone', { zone: clock.timeZone });
  document.getElementById('travel-run').addEventListener('click', () =>
    attempt(async () => {
      const answer = await api('job', { job: document.getElementById('travel-job').value, local: at.value });
      document.getElementById('travel-out').textContent = answer.lines.join('\n');
    }),
  );
  await pickUser(ui.user);
  // Listeners are attached and the first state is shown: the page answers typing and clicks now.
  document.body.dataset.ready = 'true';
  setInterval(() => refresh().catch((err) => notice(s('sandbox.failed', { error: err.message }))), 1500);
}

start().catch((err) => notice(String(err)));
