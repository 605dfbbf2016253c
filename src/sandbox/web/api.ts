// The sandbox page's API. Every action a person takes is sent to the app as the signed request Slack
// would send to /slack/events (SlackClient), so the sandbox exercises the real app with no shortcut;
// what the page shows is read back from the Slack stand-in's workspace, as Slack's client would.
import { TZDate } from '@date-fns/tz';
import { JOB_RUNNERS } from '../../cli/job-runners.ts';
import type { Config } from '../../config/config.ts';
import { sandbox as sandboxMessages } from '../../i18n/messages/sandbox.ts';
import type { Logger } from '../../logger.ts';
import type { Db } from '../../persistence/prisma.ts';
import { createWiring } from '../../wiring.ts';
import type { FakeSlack } from '../slack-api/index.ts';
import type { SlackClient } from '../slack-client.ts';
import { events, type ViewValues } from '../slack-payloads.ts';
import { listPeople } from './people.ts';

export interface SandboxDeps {
  slack: FakeSlack;
  /** Set once the app listens: the client that signs requests to its /slack/events. */
  client: () => SlackClient;
  db: Db;
  config: Config;
  logger: Logger;
  /** Channel id → name of the channels the demo set up. */
  channels: Record<string, string>;
}

type Body = Record<string, unknown>;
type Handler = (deps: SandboxDeps, body: Body) => Promise<unknown>;

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

function need(body: Body, key: string): string {
  const value = str(body[key]);
  if (!value) throw new SandboxRequestError(`${key} is required`);
  return value;
}

export class SandboxRequestError extends Error {
  override name = 'SandboxRequestError';
}

/** The conversations a person sees: the demo's channels, any other channel the bot wrote in, their DM. */
function state(deps: SandboxDeps, userId: string) {
  const { slack } = deps;
  const ids = new Set([...Object.keys(deps.channels), ...slack.workspace.messages.channels()]);
  const dm = slack.dmChannel(userId);
  const channels = [...ids]
    .filter((id) => !id.startsWith('D'))
    .map((id) => ({ id, name: deps.channels[id] ?? id, messages: slack.messages(id) }));
  const top = slack.topModal(userId);
  return {
    user: slack.user(userId) ?? null,
    channels,
    dm: { id: dm, messages: slack.messages(dm) },
    ephemerals: slack.ephemerals({ user: userId }),
    modals: top ? slack.viewStack(top.id) : [],
    home: slack.homeView(userId) ?? null,
  };
}

/** `now` as an ISO instant, or `local` as the page's date-time picker gives it, read in APP_TIMEZONE. */
function jobInstant(body: Body, timeZone: string): Date {
  const local = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(str(body.local) ?? '');
  if (local) {
    const [y, mo, d, hh, mi] = local.slice(1).map(Number) as [number, number, number, number, number];
    return new Date(new TZDate(y, mo - 1, d, hh, mi, 0, 0, timeZone).getTime());
  }
  const now = new Date(need(body, 'now'));
  if (Number.isNaN(now.getTime())) throw new SandboxRequestError('now must be an ISO instant');
  return now;
}

const handlers: Record<string, Handler> = {
  strings: async () => sandboxMessages,
  /** The district's clock, so the time-travel picker starts at "now" in APP_TIMEZONE, not the browser's. */
  clock: async (deps) => {
    const zone = deps.config.timeZone;
    const parts = new Intl.DateTimeFormat('sv-SE', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hour12: false,
    }).format(new Date());
    return { timeZone: zone, localNow: parts.replace(' ', 'T') };
  },
  people: async (deps) => ({
    people: await listPeople(deps.db),
    users: deps.slack.workspace.directory.all(),
  }),
  state: async (deps, body) => state(deps, need(body, 'user')),

  locale: async (deps, body) => {
    const user = deps.slack.user(need(body, 'user'));
    if (!user) throw new SandboxRequestError('unknown user');
    // Slack's own setting: the app learns it from users.info, as it would in a real workspace.
    user.locale = need(body, 'locale') === 'en' ? 'en-US' : 'zh-CN';
    return { locale: user.locale };
  },

  command: async (deps, body) => {
    const userId = need(body, 'user');
    const line = need(body, 'text').trim();
    const match = /^(\/\S+)\s*([\s\S]*)$/.exec(line);
    if (!match) throw new SandboxRequestError('not a slash command');
    const channelId = str(body.channel) ?? deps.slack.dmChannel(userId);
    const reply = await deps.client().command(match[1] as string, { userId, text: match[2], channelId });
    // Slack shows a command's ack body to the person who typed it, as an ephemeral message.
    if (reply.body && (reply.body.text || reply.body.blocks)) {
      deps.slack.workspace.messages.ephemerals.push({
        channel: channelId,
        user: userId,
        message_ts: deps.slack.workspace.ids.ts(),
        text: reply.body.text,
        blocks: reply.body.blocks,
      });
    }
    return { status: reply.status };
  },

  action: async (deps, body) => {
    const reply = await deps.client().blockAction({
      userId: need(body, 'user'),
      actionId: need(body, 'actionId'),
      blockId: str(body.blockId),
      value: str(body.value),
      action: (body.action as Body | undefined) ?? {},
      channelId: str(body.channel),
      messageTs: str(body.messageTs),
      viewId: str(body.viewId),
      values: (body.values as ViewValues | undefined) ?? {},
    });
    return { status: reply.status };
  },

  submit: async (deps, body) => {
    const reply = await deps
      .client()
      .viewSubmission(
        need(body, 'viewId'),
        (body.values as ViewValues | undefined) ?? {},
        need(body, 'user'),
      );
    return { status: reply.status, errors: reply.body?.errors ?? null, refusal: reply.ackRefusal ?? null };
  },

  close: async (deps, body) => {
    const viewId = need(body, 'viewId');
    const view = deps.slack.view(viewId);
    if (view?.notify_on_close) {
      await deps.client().viewClosed(viewId, need(body, 'user'));
    } else {
      deps.slack.closeView(viewId);
    }
    return { closed: true };
  },

  options: async (deps, body) => {
    const reply = await deps.client().blockSuggestion({
      userId: need(body, 'user'),
      actionId: need(body, 'actionId'),
      blockId: str(body.blockId),
      value: typeof body.value === 'string' ? body.value : '',
      viewId: str(body.viewId),
    });
    return { options: reply.body?.options ?? [], option_groups: reply.body?.option_groups ?? [] };
  },

  home: async (deps, body) => {
    const userId = need(body, 'user');
    const reply = await deps
      .client()
      .event(events.appHomeOpened(userId, 'home', deps.slack.dmChannel(userId)));
    return { status: reply.status };
  },

  job: async (deps, body) => {
    const name = need(body, 'job');
    const runner = JOB_RUNNERS[name];
    if (!runner) throw new SandboxRequestError(`unknown job ${name}`);
    const now = jobInstant(body, deps.config.timeZone);
    // Exactly what `npm run zhuqi -- job run <name> --now …` does: its own wiring, clocked at `now`.
    const wiring = createWiring(deps.config, deps.logger.child({ component: 'sandbox-job' }), () => now);
    try {
      return await runner.run(wiring, now);
    } finally {
      await wiring.close();
    }
  },
};

export async function handleApi(deps: SandboxDeps, name: string, body: Body): Promise<unknown> {
  const handler = handlers[name];
  if (!handler) throw new SandboxRequestError(`no sandbox API ${name}`);
  return handler(deps, body);
}
