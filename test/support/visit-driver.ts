// Drives the /visit flow over signed HTTP requests, as Slack would: the command, the modal's buttons,
// its selects' option requests, and its submission. Builds the view state Slack would send back.
import { issueBlockId, VISIT_ACTIONS, VISIT_BLOCKS } from '../../src/slack/ids/visit.ts';
import type { SlackBody, StoredView } from './fake-slack/index.ts';
import type { SendOptions as ClientSendOptions } from './slack-client.ts';
import { input, type ViewValues } from './slack-payloads.ts';
import type { ZhuqiApp } from './zhuqi-app.ts';

/** How long to wait for the write's views.update after a "saving…" ack. */
type SendOptions = ClientSendOptions & { finalTimeoutMs?: number };

export interface IssueInput {
  title: string;
  category?: string;
  urgency?: string;
  description?: string;
  outcome: string;
  note?: string;
}

export interface VisitInput {
  enterpriseId?: number | string;
  enterpriseText?: string;
  date?: string;
  mode?: string;
  companions?: string[];
  summary?: string;
  policies?: number[];
  flags?: string[];
  /** By slot. */
  issues?: Record<number, IssueInput>;
}

/** The view state of a filled-in visit form. */
export function visitValues(v: VisitInput): ViewValues {
  const values: ViewValues = {};
  if (v.enterpriseId !== undefined) {
    values[VISIT_BLOCKS.enterprise] = {
      [VISIT_ACTIONS.enterprise]: input.externalSelect(
        String(v.enterpriseId),
        v.enterpriseText ?? 'enterprise',
      ),
    };
  }
  if (v.date !== undefined) values[VISIT_BLOCKS.date] = { value: input.date(v.date) };
  if (v.mode !== undefined) values[VISIT_BLOCKS.mode] = { value: input.radio(v.mode) };
  values[VISIT_BLOCKS.companions] = { value: input.users(v.companions ?? []) };
  values[VISIT_BLOCKS.summary] = { value: input.text(v.summary ?? null) };
  values[VISIT_BLOCKS.policies] = {
    [VISIT_ACTIONS.policies]: {
      type: 'multi_external_select',
      selected_options: (v.policies ?? []).map((id) => ({
        text: { type: 'plain_text', text: `policy ${id}` },
        value: String(id),
      })),
    },
  };
  values[VISIT_BLOCKS.flags] = { value: input.checkboxes(v.flags ?? []) };
  for (const [slot, issue] of Object.entries(v.issues ?? {})) {
    const id = (field: Parameters<typeof issueBlockId>[1]) => issueBlockId(Number(slot), field);
    values[id('title')] = { value: input.text(issue.title) };
    if (issue.category) values[id('category')] = { value: input.select(issue.category) };
    values[id('urgency')] = { value: input.radio(issue.urgency ?? 'normal') };
    values[id('description')] = { value: input.text(issue.description ?? null) };
    values[id('outcome')] = { value: input.radio(issue.outcome) };
    values[id('note')] = { value: input.text(issue.note ?? null) };
  }
  return values;
}

export function visitDriver(sut: ZhuqiApp) {
  const viewOf = (call: { response: SlackBody | string }) => (call.response as SlackBody).view as StoredView;

  return {
    /** `/visit [text]`: the opened modal as Slack stores it, after the pre-fill update unless told none comes. */
    async open(
      userId: string,
      text = '',
      options: { updates?: boolean } = {},
    ): Promise<{ view: StoredView; elapsedMs: number; ackBody: unknown }> {
      const opensBefore = sut.fake.calls('views.open').length;
      const updatesBefore = sut.fake.calls('views.update').length;
      const started = performance.now();
      const reply = await sut.client.command('/visit', { userId, text });
      const elapsedMs = performance.now() - started;
      if (reply.status !== 200) throw new Error(`/visit answered ${reply.status}`);
      const opened = await sut.fake.waitForCall(
        'views.open',
        (c) => sut.fake.calls('views.open').indexOf(c) >= opensBefore,
      );
      if (opened.status !== 200 || !(opened.response as SlackBody).ok) {
        throw new Error(`views.open failed: ${JSON.stringify(opened.response)}`);
      }
      const view = viewOf(opened);
      // Words that pick a firm or name none update the modal once looked up; several matches do not.
      if (text.trim() !== '' && options.updates !== false) {
        await sut.fake.waitForCall(
          'views.update',
          (c) => sut.fake.calls('views.update').indexOf(c) >= updatesBefore,
        );
      }
      return { view: sut.fake.view(view.id) as StoredView, elapsedMs, ackBody: reply.body };
    },

    /** Clicks "Add a problem" (or "Remove" on `slot`) and waits for the modal's update. */
    async click(
      userId: string,
      view: StoredView,
      action: 'add' | { remove: number },
      values: ViewValues = {},
    ) {
      const before = sut.fake.calls('views.update').length;
      const reply = await sut.client.blockAction({
        userId,
        viewId: view.id,
        actionId: action === 'add' ? VISIT_ACTIONS.addIssue : VISIT_ACTIONS.removeIssue,
        value: action === 'add' ? 'add' : String(action.remove),
        values,
      });
      if (reply.status !== 200) throw new Error(`block action answered ${reply.status}`);
      const update = await sut.fake.waitForCall(
        'views.update',
        (c) => sut.fake.calls('views.update').indexOf(c) >= before,
      );
      return { update, view: sut.fake.view(view.id) as StoredView };
    },

    /**
     * Submits the form. An accepted visit is acked with a "saving…" view and written after the ack:
     * then this waits for the write's views.update and gives the view it put up as `final` (the
     * "visit logged" view, or the form again with the error beside its field).
     */
    async submit(userId: string, view: StoredView, v: VisitInput, send: SendOptions = {}) {
      const before = sut.fake.calls('views.update').length;
      const reply = await sut.client.viewSubmission(view, visitValues(v), userId, send);
      const saving =
        (reply.body?.view as { callback_id?: string } | undefined)?.callback_id === 'visit.saving';
      if (!saving) return { ...reply, final: undefined };
      await sut.fake.waitForCall(
        'views.update',
        (c) => sut.fake.calls('views.update').indexOf(c) >= before && c.args.view_id === view.id,
        send.finalTimeoutMs ?? 10_000,
      );
      return { ...reply, final: sut.fake.view(view.id) as StoredView | undefined };
    },

    suggest(userId: string, actionId: string, value: string, view?: StoredView, send: SendOptions = {}) {
      return sut.client.blockSuggestion(
        { userId, actionId, value, blockId: VISIT_BLOCKS.enterprise, ...(view ? { viewId: view.id } : {}) },
        send,
      );
    },
  };
}

/** Text of every block of a view (section text, context elements, header), joined, for assertions. */
export function viewText(view: unknown): string {
  const texts: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (typeof o.text === 'string') texts.push(o.text);
      for (const value of Object.values(o)) if (typeof value === 'object') walk(value);
    }
  };
  walk((view as { blocks?: unknown }).blocks);
  return texts.join('\n');
}

/** Every mrkdwn text of a view: where Slack would turn `<!channel>` into a ping. */
export function mrkdwnTexts(view: unknown): string[] {
  const texts: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (o.type === 'mrkdwn' && typeof o.text === 'string') texts.push(o.text);
      for (const value of Object.values(o)) if (typeof value === 'object') walk(value);
    }
  };
  walk((view as { blocks?: unknown }).blocks);
  return texts;
}

type Block = { block_id?: string; element?: Record<string, unknown>; type: string };

/** The block of a view with this block_id. */
export function blockOf(view: unknown, blockId: string): Block | undefined {
  const blocks = ((view as { blocks?: unknown }).blocks ?? []) as Block[];
  return blocks.find((b) => b.block_id === blockId);
}
