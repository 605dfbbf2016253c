import type { FakeBot, FakeTeam } from '../types.ts';
import type { IdFactory } from './ids.ts';

export type ViewPayload = Record<string, unknown>;

/** A view as Slack returns it from views.*: the caller's payload plus Slack's bookkeeping fields. */
export interface StoredView extends ViewPayload {
  id: string;
  type: string;
  hash: string;
  root_view_id: string;
  previous_view_id: string | null;
  external_id: string;
  private_metadata: string;
  callback_id: string;
  state: { values: Record<string, unknown> };
}

interface ViewRecord {
  view: StoredView;
  userId?: string;
  closed: boolean;
}

export const VIEW_STACK_LIMIT = 3;

/** Modal stacks (max 3, Slack's limit) and Home tabs (one per user), all addressable by view id. */
export class ViewStore {
  private readonly views = new Map<string, ViewRecord>();
  /** Root view id → view ids from bottom to top. */
  private readonly stacks = new Map<string, string[]>();
  private readonly homes = new Map<string, string>();

  constructor(
    private readonly ids: IdFactory,
    private readonly team: FakeTeam,
    private readonly bot: FakeBot,
  ) {}

  get(id: string): StoredView | undefined {
    return this.views.get(id)?.view;
  }

  isOpen(id: string): boolean {
    const record = this.views.get(id);
    return !!record && !record.closed;
  }

  byExternalId(externalId: string): StoredView | undefined {
    if (!externalId) return undefined;
    for (const record of this.views.values()) {
      if (record.view.external_id === externalId && !record.closed) return record.view;
    }
    return undefined;
  }

  /** Open views of a user's modal stack, bottom to top (empty when no modal is open). */
  stackOf(viewId: string): StoredView[] {
    const root = this.views.get(viewId)?.view.root_view_id;
    const ids = root ? (this.stacks.get(root) ?? []) : [];
    return ids.map((id) => this.views.get(id)?.view).filter((v): v is StoredView => !!v);
  }

  /** The user's topmost open modal, if any. */
  topModalOf(userId: string): StoredView | undefined {
    let top: StoredView | undefined;
    for (const [root, ids] of this.stacks) {
      if (this.views.get(root)?.userId !== userId || ids.length === 0) continue;
      top = this.views.get(ids.at(-1) as string)?.view;
    }
    return top;
  }

  homeOf(userId: string): StoredView | undefined {
    const id = this.homes.get(userId);
    return id ? this.get(id) : undefined;
  }

  open(payload: ViewPayload, userId: string | undefined): StoredView {
    const view = this.build(payload, undefined, null);
    this.views.set(view.id, { view, userId, closed: false });
    this.stacks.set(view.id, [view.id]);
    return view;
  }

  /** Pushes onto the stack holding `belowId`; undefined when the stack is already at its limit. */
  push(belowId: string, payload: ViewPayload): StoredView | undefined {
    const below = this.views.get(belowId);
    if (!below) return undefined;
    const stack = this.stacks.get(below.view.root_view_id) ?? [];
    if (stack.length >= VIEW_STACK_LIMIT) return undefined;
    const top = stack.at(-1) ?? below.view.id;
    const view = this.build(payload, below.view.root_view_id, top);
    this.views.set(view.id, { view, userId: below.userId, closed: false });
    stack.push(view.id);
    this.stacks.set(below.view.root_view_id, stack);
    return view;
  }

  /** Replaces a view's content in place: same id, new hash, as views.update does. */
  replace(id: string, payload: ViewPayload): StoredView {
    const record = this.views.get(id);
    if (!record) throw new Error(`no view ${id}`);
    const old = record.view;
    record.view = { ...this.build(payload, old.root_view_id, old.previous_view_id), id: old.id };
    return record.view;
  }

  publishHome(userId: string, payload: ViewPayload): StoredView {
    const existing = this.homes.get(userId);
    if (existing) return this.replace(existing, payload);
    const view = this.build(payload, undefined, null);
    this.views.set(view.id, { view, userId, closed: false });
    this.homes.set(userId, view.id);
    return view;
  }

  /** Closes the top view of the stack holding `viewId`, or the whole stack with `all`. */
  close(viewId: string, all = false): void {
    const root = this.views.get(viewId)?.view.root_view_id;
    const stack = root ? this.stacks.get(root) : undefined;
    if (!root || !stack) return;
    const closing = all ? stack.splice(0) : stack.splice(-1);
    for (const id of closing) {
      const record = this.views.get(id);
      if (record) record.closed = true;
    }
    if (stack.length === 0) this.stacks.delete(root);
  }

  clear(): void {
    this.views.clear();
    this.stacks.clear();
    this.homes.clear();
  }

  private build(payload: ViewPayload, rootId: string | undefined, previousId: string | null): StoredView {
    const id = this.ids.next('V');
    const isModal = payload.type === 'modal';
    return {
      ...(isModal ? { close: null, submit: null, clear_on_close: false, notify_on_close: false } : {}),
      ...payload,
      id,
      team_id: this.team.id,
      type: String(payload.type),
      private_metadata: typeof payload.private_metadata === 'string' ? payload.private_metadata : '',
      callback_id: typeof payload.callback_id === 'string' ? payload.callback_id : '',
      external_id: typeof payload.external_id === 'string' ? payload.external_id : '',
      state: { values: {} },
      hash: this.ids.hash(),
      root_view_id: rootId ?? id,
      previous_view_id: previousId,
      app_id: this.bot.appId,
      app_installed_team_id: this.team.id,
      bot_id: this.bot.botId,
    };
  }
}
