// Drives the issue flows over signed HTTP requests, as Slack would: `/issue`, a card's buttons, the
// modals' submissions. Then runs what the moves left in the outbox through the real delivery path
// (workers/processors/deliver.ts → topic handlers → rate-limited sender → fake Slack).
import type { Job } from 'bullmq';
import { loadConfig } from '../../src/config/config.ts';
import type { Move } from '../../src/domain/issues/index.ts';
import { createLogger } from '../../src/logger.ts';
import { issueMoveActionId } from '../../src/slack/ids/issue-actions.ts';
import { ISSUE_FORM_ACTIONS } from '../../src/slack/ids/issue-views.ts';
import { createWiring, type Wiring } from '../../src/wiring.ts';
import { deliver } from '../../workers/processors/deliver.ts';
import type { RecordedCall, SlackBody } from './fake-slack/index.ts';
import { ISSUE_USERS, type IssueOrg, seedIssueOrg, U } from './issue-org.ts';
import type { SendOptions, ViewSubmissionReply } from './slack-client.ts';
import { input, type ViewValues } from './slack-payloads.ts';
import { startZhuqiApp, type ZhuqiApp } from './zhuqi-app.ts';

/** Monday 2 March 2026, 10:00 in Shanghai: an ordinary working week (no holiday until April). */
export const NOW = '2026-03-02T02:00:00Z';
export const TODAY = '2026-03-02';

export interface RaiseInput {
  subject?: string;
  title?: string;
  description?: string;
  category?: string;
  urgency?: string;
  outcome?: string;
  note?: string;
  assignee?: string;
  reason?: string;
}

export function raiseValues(r: RaiseInput): ViewValues {
  const v: ViewValues = {};
  if (r.subject) v.subject = { [ISSUE_FORM_ACTIONS.subject]: input.externalSelect(r.subject) };
  v.title = { value: input.text(r.title ?? null) };
  v.description = { value: input.text(r.description ?? null) };
  if (r.category) v.category = { value: input.select(r.category) };
  if (r.urgency) v.urgency = { value: input.radio(r.urgency) };
  if (r.outcome) v.outcome = { value: input.radio(r.outcome) };
  v.note = { value: input.text(r.note ?? null) };
  v.assignee = { value: input.user(r.assignee ?? null) };
  v.reason = { value: input.text(r.reason ?? null) };
  return v;
}

/** Text inputs, keyed by block id (a bare string is a plain_text_input's value). */
export function texts(values: Record<string, string>): ViewValues {
  return Object.fromEntries(
    Object.entries(values).map(([block, value]) => [block, { value: input.text(value) }]),
  );
}

export type ClickResult = { viewId: string; view: Record<string, unknown> } | { refusal: string };

export interface IssueWorld {
  app: ZhuqiApp;
  org: IssueOrg;
  /** Everything recorded by the fake from now on. */
  mark(): number;
  callsSince(mark: number, method?: string): RecordedCall[];
  openRaise(userId: string, text?: string): Promise<string>;
  raise(userId: string, r: RaiseInput): Promise<{ issueId: number; reply: ViewSubmissionReply }>;
  click(
    userId: string,
    move: Move | string,
    issueId: number,
    where?: { channelId?: string; messageTs?: string },
  ): Promise<ClickResult>;
  submit(
    userId: string,
    viewId: string,
    values: ViewValues,
    send?: SendOptions,
  ): Promise<ViewSubmissionReply>;
  /** Picks the route modal's target; resolves once the modal is redrawn with owners and a due date. */
  pickTarget(userId: string, viewId: string, target: string): Promise<Record<string, unknown>>;
  /** Runs every pending outbox row through its topic handler, in order. */
  deliverAll(): Promise<number>;
  stop(): Promise<void>;
}

async function waitFor<T>(check: () => T | undefined, what: string, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const viewOf = (call: RecordedCall) =>
  (call.response as SlackBody).view as Record<string, unknown> & { id: string };

export async function startIssueWorld(now: string = NOW): Promise<IssueWorld> {
  const app = await startZhuqiApp({ users: ISSUE_USERS, now });
  const org = await seedIssueOrg(app.db.prisma);
  const { fake, client } = app;
  let wiring: Wiring | undefined;

  const mark = () => fake.calls().length;
  const callsSince = (m: number, method?: string) =>
    fake
      .calls()
      .slice(m)
      .filter((c) => method === undefined || c.method === method);
  const firstSince = (m: number, methods: string[]) =>
    waitFor(() => callsSince(m).find((c) => methods.includes(c.method)), `one of ${methods.join(', ')}`);

  async function deliveryWiring(): Promise<Wiring> {
    if (wiring) return wiring;
    const config = loadConfig({
      DATABASE_URL: app.db.url,
      REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
      QUEUE_PREFIX: app.queuePrefix,
      SLACK_BOT_TOKEN: app.botToken,
      SLACK_API_URL: app.fake.url,
      APP_LOCALE: 'en',
    });
    const w = createWiring(config, createLogger(process.env.ZHUQI_TEST_LOG_LEVEL ?? 'silent'), app.now);
    if (w.redis.status !== 'ready') await new Promise((resolve) => w.redis.once('ready', resolve));
    wiring = w;
    return w;
  }

  const world: IssueWorld = {
    app,
    org,
    mark,
    callsSince,

    async openRaise(userId, text = '') {
      const m = mark();
      const reply = await client.command('/issue', { userId, text });
      if (reply.status !== 200) throw new Error(`/issue answered ${reply.status}`);
      const opened = await firstSince(m, ['views.open']);
      return viewOf(opened).id;
    },

    async raise(userId, r) {
      const viewId = await world.openRaise(userId);
      const reply = await client.viewSubmission(viewId, raiseValues(r), userId);
      const text = JSON.stringify(reply.body ?? {});
      const issueId = Number(/#(\d+)/.exec(text)?.[1] ?? Number.NaN);
      return { issueId, reply };
    },

    async click(userId, move, issueId, where = {}) {
      const m = mark();
      const actionId = move.startsWith('issue.') ? move : issueMoveActionId(move as Move);
      const reply = await client.blockAction({
        userId,
        actionId,
        value: String(issueId),
        channelId: where.channelId ?? 'C0GENERAL01',
        messageTs: where.messageTs,
      });
      if (reply.status !== 200) throw new Error(`click answered ${reply.status}`);
      const call = await firstSince(m, ['views.open', 'views.push', 'response_url']);
      if (call.method === 'response_url') return { refusal: String(call.args.text ?? '') };
      if (!(call.response as SlackBody).ok)
        throw new Error(`${call.method} failed: ${JSON.stringify(call.response)}`);
      const view = viewOf(call);
      return { viewId: view.id, view };
    },

    submit(userId, viewId, values, send) {
      return client.viewSubmission(viewId, values, userId, send);
    },

    async pickTarget(userId, viewId, target) {
      const m = mark();
      await client.blockAction({
        userId,
        viewId,
        actionId: ISSUE_FORM_ACTIONS.routeTarget,
        blockId: 'target',
        action: {
          type: 'static_select',
          selected_option: { text: { type: 'plain_text', text: target }, value: target },
        },
      });
      const updated = await firstSince(m, ['views.update']);
      if (!(updated.response as SlackBody).ok)
        throw new Error(`views.update failed: ${JSON.stringify(updated.response)}`);
      return viewOf(updated);
    },

    async deliverAll() {
      const w = await deliveryWiring();
      const job = { token: 'test', moveToDelayed: async () => {} } as unknown as Job;
      let delivered = 0;
      for (;;) {
        const rows = await app.db.prisma.outboxMessage.findMany({
          where: { status: 'pending' },
          orderBy: { id: 'asc' },
        });
        if (rows.length === 0) return delivered;
        for (const row of rows) {
          await deliver({ outboxId: String(row.id) }, w, job);
          delivered++;
        }
      }
    },

    async stop() {
      await wiring?.close();
      await app.stop();
    },
  };
  return world;
}

export { U };
