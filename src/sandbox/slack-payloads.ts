// Builders for what Slack sends to the app (commands, interactions, events), so tests write little JSON.
// Shapes follow Slack's payload references; only fields an app reads are filled in.
import type { FakeSlack, StoredView } from './slack-api/index.ts';

type Json = Record<string, unknown>;

/** A user as interaction payloads carry them. */
export function userRef(fake: FakeSlack, userId: string): Json {
  const name = fake.user(userId)?.name ?? userId.toLowerCase();
  return { id: userId, username: name, name, team_id: fake.team.id };
}

const teamRef = (fake: FakeSlack) => ({ id: fake.team.id, domain: fake.team.domain });

const common = (fake: FakeSlack) => ({
  token: 'legacy-verification-token',
  api_app_id: fake.bot.appId,
  team: teamRef(fake),
  enterprise: null,
  is_enterprise_install: false,
});

const actionTs = () => (Date.now() / 1000).toFixed(6);

// ---- view state values ------------------------------------------------------------------------------

const option = (value: string, text = value) => ({ text: { type: 'plain_text', text, emoji: true }, value });

/** Values of input elements as a view_submission's `view.state.values` carries them. */
export const input = {
  text: (value: string | null) => ({ type: 'plain_text_input', value }),
  number: (value: number | string | null) => ({
    type: 'number_input',
    value: value === null ? null : String(value),
  }),
  select: (value: string, text?: string) => ({ type: 'static_select', selected_option: option(value, text) }),
  externalSelect: (value: string, text?: string) => ({
    type: 'external_select',
    selected_option: option(value, text),
  }),
  multiSelect: (values: string[]) => ({
    type: 'multi_static_select',
    selected_options: values.map((v) => option(v)),
  }),
  radio: (value: string, text?: string) => ({ type: 'radio_buttons', selected_option: option(value, text) }),
  checkboxes: (values: string[]) => ({ type: 'checkboxes', selected_options: values.map((v) => option(v)) }),
  date: (value: string | null) => ({ type: 'datepicker', selected_date: value }),
  user: (id: string | null) => ({ type: 'users_select', selected_user: id }),
  users: (ids: string[]) => ({ type: 'multi_users_select', selected_users: ids }),
  conversation: (id: string | null) => ({ type: 'conversations_select', selected_conversation: id }),
  channel: (id: string | null) => ({ type: 'channels_select', selected_channel: id }),
};

/** `{ blockId: { actionId: value } }`; a bare string is a plain_text_input's value. */
export type ViewValues = Record<string, Record<string, string | Json>>;

export function stateValues(values: ViewValues): Record<string, Record<string, Json>> {
  return Object.fromEntries(
    Object.entries(values).map(([blockId, actions]) => [
      blockId,
      Object.fromEntries(
        Object.entries(actions).map(([actionId, v]) => [actionId, typeof v === 'string' ? input.text(v) : v]),
      ),
    ]),
  );
}

// ---- slash command ----------------------------------------------------------------------------------

export interface CommandOptions {
  userId: string;
  text?: string;
  channelId?: string;
  channelName?: string;
  userName?: string;
}

export const DEFAULT_CHANNEL = 'C0GENERAL01';

/** The form fields of a slash command request. */
export function commandForm(
  fake: FakeSlack,
  command: string,
  options: CommandOptions,
  triggerId: string,
  responseUrl: string,
): Record<string, string> {
  return {
    token: 'legacy-verification-token',
    team_id: fake.team.id,
    team_domain: fake.team.domain,
    channel_id: options.channelId ?? DEFAULT_CHANNEL,
    channel_name: options.channelName ?? 'general',
    user_id: options.userId,
    user_name: options.userName ?? fake.user(options.userId)?.name ?? options.userId.toLowerCase(),
    command: command.startsWith('/') ? command : `/${command}`,
    text: options.text ?? '',
    api_app_id: fake.bot.appId,
    is_enterprise_install: 'false',
    response_url: responseUrl,
    trigger_id: triggerId,
  };
}

// ---- interactions -----------------------------------------------------------------------------------

export interface BlockActionOptions {
  userId: string;
  actionId: string;
  blockId?: string;
  /** A button's value; ignored when `action` is given. */
  value?: string;
  /** The whole action object, for selects etc. (merged over the defaults). */
  action?: Json;
  /** Message container: the channel and ts of the message holding the button. */
  channelId?: string;
  messageTs?: string;
  /** View container: the id of the modal or Home tab holding the element. */
  viewId?: string;
  /** State values of the view at the time of the action. */
  values?: ViewValues;
}

export function blockActionsPayload(
  fake: FakeSlack,
  options: BlockActionOptions,
  triggerId: string,
  responseUrl: string | undefined,
): Json {
  const action = {
    type: 'button',
    action_id: options.actionId,
    block_id: options.blockId ?? 'block',
    text: { type: 'plain_text', text: options.actionId, emoji: true },
    ...(options.value !== undefined ? { value: options.value } : {}),
    action_ts: actionTs(),
    ...options.action,
  };
  const base = {
    type: 'block_actions',
    user: userRef(fake, options.userId),
    ...common(fake),
    trigger_id: triggerId,
  };
  if (options.viewId) {
    return {
      ...base,
      container: { type: 'view', view_id: options.viewId },
      view: viewWithValues(fake, options.viewId, options.values ?? {}),
      actions: [action],
    };
  }
  const channelId = options.channelId ?? DEFAULT_CHANNEL;
  const messageTs = options.messageTs ?? '1700000000.000100';
  const message = fake.message(channelId, messageTs) ?? { type: 'message', ts: messageTs, text: '' };
  return {
    ...base,
    container: { type: 'message', message_ts: messageTs, channel_id: channelId, is_ephemeral: false },
    channel: { id: channelId, name: channelId.toLowerCase() },
    message,
    state: { values: stateValues(options.values ?? {}) },
    response_url: responseUrl,
    actions: [action],
  };
}

/** The view as Slack sends it back in interactions: the stored view with the user's current input. */
export function viewWithValues(fake: FakeSlack, view: string | StoredView | Json, values: ViewValues): Json {
  const stored = typeof view === 'string' ? fake.view(view) : view;
  if (!stored) throw new Error(`fake Slack has no view ${String(view)}`);
  return { ...stored, state: { values: stateValues(values) } };
}

export function viewSubmissionPayload(
  fake: FakeSlack,
  view: string | StoredView | Json,
  values: ViewValues,
  userId: string,
  triggerId: string,
): Json {
  return {
    type: 'view_submission',
    user: userRef(fake, userId),
    ...common(fake),
    trigger_id: triggerId,
    view: viewWithValues(fake, view, values),
    response_urls: [],
  };
}

export function viewClosedPayload(
  fake: FakeSlack,
  view: string | StoredView | Json,
  userId: string,
  isCleared: boolean,
): Json {
  return {
    type: 'view_closed',
    user: userRef(fake, userId),
    ...common(fake),
    view: viewWithValues(fake, view, {}),
    is_cleared: isCleared,
  };
}

export interface BlockSuggestionOptions {
  userId: string;
  actionId: string;
  blockId?: string;
  /** What the user typed. */
  value: string;
  /** The modal holding the external_select, if any. */
  viewId?: string;
}

export function blockSuggestionPayload(fake: FakeSlack, options: BlockSuggestionOptions): Json {
  return {
    type: 'block_suggestion',
    user: userRef(fake, options.userId),
    ...common(fake),
    container: options.viewId ? { type: 'view', view_id: options.viewId } : { type: 'message' },
    action_id: options.actionId,
    block_id: options.blockId ?? 'block',
    value: options.value,
    ...(options.viewId ? { view: viewWithValues(fake, options.viewId, {}) } : {}),
  };
}

// ---- Events API -------------------------------------------------------------------------------------

let eventSerial = 0;

export interface EnvelopeOptions {
  eventId?: string;
  eventTime?: number;
}

/** The Events API envelope (`event_callback`) around an event. */
export function eventEnvelope(fake: FakeSlack, event: Json, options: EnvelopeOptions = {}): Json {
  eventSerial += 1;
  const eventTime = options.eventTime ?? Math.floor(Date.now() / 1000);
  return {
    token: 'legacy-verification-token',
    team_id: fake.team.id,
    api_app_id: fake.bot.appId,
    event: { event_ts: actionTs(), ...event },
    type: 'event_callback',
    event_id: options.eventId ?? `Ev${String(eventSerial).padStart(10, '0')}`,
    event_time: eventTime,
    authorizations: [
      {
        enterprise_id: null,
        team_id: fake.team.id,
        user_id: fake.bot.userId,
        is_bot: true,
        is_enterprise_install: false,
      },
    ],
    is_ext_shared_channel: false,
    event_context: `4-fake-${eventSerial}`,
  };
}

/** Common events. */
export const events = {
  /** `channel` is the app's DM with the user: pass `fake.dmChannel(userId)` when the listener reads it. */
  appHomeOpened: (userId: string, tab: 'home' | 'messages' = 'home', channel = 'D0HOME0001'): Json => ({
    type: 'app_home_opened',
    user: userId,
    channel,
    tab,
  }),
  message: (options: {
    channel: string;
    user: string;
    text: string;
    ts?: string;
    threadTs?: string;
    channelType?: string;
  }): Json => ({
    type: 'message',
    channel: options.channel,
    user: options.user,
    text: options.text,
    ts: options.ts ?? actionTs(),
    ...(options.threadTs ? { thread_ts: options.threadTs } : {}),
    channel_type: options.channelType ?? (options.channel.startsWith('D') ? 'im' : 'channel'),
  }),
  appMention: (options: { channel: string; user: string; text: string; ts?: string }): Json => ({
    type: 'app_mention',
    channel: options.channel,
    user: options.user,
    text: options.text,
    ts: options.ts ?? actionTs(),
  }),
};
