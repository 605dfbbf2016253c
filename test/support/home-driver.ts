// Drives the App Home like a user does: open the tab (app_home_opened), click a button on it, and read
// what was published back as plain lines of text.

import { events } from './slack-payloads.ts';
import type { ZhuqiApp } from './zhuqi-app.ts';

/** The parts of a Block Kit block the Home tests read. */
export interface Block {
  type: string;
  block_id?: string;
  text?: { type?: string; text: string };
  fields?: { text: string }[];
  elements?: Array<{ type?: string; text?: string | { text: string }; action_id?: string; value?: string }>;
  accessory?: { action_id: string; value?: string };
  action_id?: string;
  value?: string;
}
export interface PublishedHome {
  blocks: Block[];
  /** The views.publish answer: ok:false when the fake (Slack's rules) refused the view. */
  ok: boolean;
  error?: string;
}

async function published(app: ZhuqiApp, userId: string): Promise<PublishedHome> {
  const call = await app.fake.waitForCall('views.publish', (c) => c.args.user_id === userId, 10_000);
  const raw = call.args.view;
  const view = (typeof raw === 'string' ? JSON.parse(raw) : raw) as { blocks: Block[] };
  const response = call.response as { ok: boolean; error?: string };
  return { blocks: view.blocks, ok: response.ok, error: response.error };
}

/** Opens the Home tab and returns the view the app published. */
export async function openHome(app: ZhuqiApp, userId: string): Promise<PublishedHome> {
  app.fake.reset();
  const reply = await app.client.event(events.appHomeOpened(userId));
  if (reply.status !== 200) throw new Error(`app_home_opened answered ${reply.status}`);
  return published(app, userId);
}

/** Clicks a button of the user's current Home tab and returns the view published in answer. */
export async function clickHome(
  app: ZhuqiApp,
  userId: string,
  button: { action_id?: string; value?: string } | undefined,
): Promise<PublishedHome> {
  if (!button?.action_id) throw new Error('no such button on the Home tab');
  const home = app.fake.homeView(userId);
  if (!home) throw new Error(`${userId} has no Home tab yet`);
  app.fake.reset();
  const reply = await app.client.blockAction({
    userId,
    viewId: home.id,
    actionId: button.action_id,
    value: button.value,
  });
  if (reply.status !== 200) throw new Error(`block_actions answered ${reply.status}`);
  return published(app, userId);
}

/** Every text of a block: header, section text and fields, context elements. */
export function textOf(block: Block): string {
  const parts: string[] = [];
  if (block.text?.text) parts.push(block.text.text);
  for (const field of block.fields ?? []) parts.push(field.text);
  for (const element of block.elements ?? [])
    if (element.text && typeof element.text === 'string') parts.push(element.text);
  return parts.join('\n');
}

export const homeText = (home: PublishedHome): string => home.blocks.map(textOf).join('\n');

/** The headers of the Home, in order. */
export const headers = (home: PublishedHome): string[] =>
  home.blocks.filter((b) => b.type === 'header').map((b) => b.text?.text ?? '');

/** The blocks between the header that starts with `title` and the next header. */
export function sectionOf(home: PublishedHome, title: string): Block[] {
  const start = home.blocks.findIndex((b) => b.type === 'header' && (b.text?.text ?? '').startsWith(title));
  if (start < 0) return [];
  const end = home.blocks.findIndex((b, i) => i > start && b.type === 'header');
  return home.blocks.slice(start + 1, end < 0 ? undefined : end);
}

/** Issue ids of the rows of a section, in order ("*#12* title"). */
export const issueIds = (blocks: Block[]): number[] =>
  blocks
    .filter((b) => b.type === 'section' && b.accessory)
    .map((b) => Number(/^\*#(\d+)\*/.exec(b.text?.text ?? '')?.[1]));

/** The paging button of a section (`home.page.next` / `home.page.previous`), if shown. */
export const pagingButton = (blocks: Block[], actionId: string) =>
  blocks
    .flatMap((b) => (b.type === 'actions' ? (b.elements ?? []) : []))
    .find((e) => e.action_id === actionId);
