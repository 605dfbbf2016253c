// Proves the Slack test harness: the real Bolt app, driven by signed requests, talking to the fake Web API.
import type { HomeView, KnownBlock, ModalView } from '@slack/types';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { t as translate } from '../../src/i18n/index.ts';
import { type AppUnderTest, startAppUnderTest } from '../support/app-under-test.ts';
import { LIMITS, type SlackBody } from '../support/fake-slack/index.ts';
import { events, input } from '../support/slack-payloads.ts';

const ZH_USER = 'U0LIWEI001';
const EN_USER = 'U0ANNA0001';
const CHANNEL = 'C0HARNESS1';

const section = (text: string): KnownBlock => ({ type: 'section', text: { type: 'mrkdwn', text } });
const modal = (blocks: unknown[] = [section('hello')]): ModalView => ({
  type: 'modal',
  callback_id: 'harness_modal',
  title: { type: 'plain_text', text: 'Harness' },
  submit: { type: 'plain_text', text: 'Save' },
  // Deliberately loose: some tests send blocks that break Slack's rules.
  blocks: blocks as KnownBlock[],
});
const slackError = (error: string) => ({ data: expect.objectContaining({ ok: false, error }) });

describe('Slack test harness', () => {
  let sut: AppUnderTest;

  beforeAll(async () => {
    sut = await startAppUnderTest({
      users: [
        { id: ZH_USER, name: 'liwei', locale: 'zh-CN', tz: 'Asia/Shanghai' },
        { id: EN_USER, name: 'anna', locale: 'en-US', tz: 'Europe/London' },
      ],
    });
    // Test-only listeners, registered on the real Bolt app beside the product's own.
    sut.app.app.action('harness_open', async ({ ack, body, client }) => {
      await ack();
      if (body.type !== 'block_actions') return;
      await client.views.open({ trigger_id: body.trigger_id, view: modal([inputBlock()]) });
    });
    sut.app.app.action('harness_post', async ({ ack, client, respond }) => {
      await ack();
      await client.chat.postMessage({ channel: CHANNEL, text: 'posted by a listener' });
      await respond({ text: 'done', response_type: 'ephemeral' });
    });
    sut.app.app.view('harness_modal', async ({ ack, view }) => {
      const title = view.state.values.title_block?.title?.value ?? '';
      if (title.trim() === '') {
        await ack({ response_action: 'errors', errors: { title_block: 'required' } });
        return;
      }
      await ack();
    });
    // An event zhuqi has no listener of: the Home's app_home_opened is routed to zhuqi's own (router.ts).
    sut.app.app.event('app_mention', async ({ event, client, context }) => {
      await client.views.publish({
        user_id: event.user ?? '',
        view: { type: 'home', blocks: [section(`retry ${context.retryNum ?? 0}`)] },
      });
    });
  });

  afterAll(async () => {
    await sut?.stop();
  });

  beforeEach(() => {
    sut.fake.reset();
  });

  const inputBlock = () => ({
    type: 'input',
    block_id: 'title_block',
    label: { type: 'plain_text', text: 'Title' },
    element: { type: 'plain_text_input', action_id: 'title' },
  });

  it('serves /healthz', async () => {
    const res = await fetch(`${sut.baseUrl}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('answers 401 to a bad signature', async () => {
    const reply = await sut.client.command(
      '/zhuqi',
      { userId: EN_USER, text: 'help' },
      { badSignature: true },
    );
    expect(reply.status).toBe(401);
  });

  it('answers 401 to a timestamp more than 5 minutes old, and accepts one just inside', async () => {
    const now = Math.floor(Date.now() / 1000);
    const stale = await sut.client.command(
      '/zhuqi',
      { userId: EN_USER, text: 'help' },
      { timestamp: now - 5 * 60 - 1 },
    );
    expect(stale.status).toBe(401);
    const fresh = await sut.client.command(
      '/zhuqi',
      { userId: EN_USER, text: 'help' },
      { timestamp: now - 4 * 60 },
    );
    expect(fresh.status).toBe(200);
  });

  it('delivers /zhuqi help and acks with help in the caller’s locale', async () => {
    const zh = await sut.client.command('/zhuqi', { userId: ZH_USER, text: 'help' });
    expect(zh.status).toBe(200);
    expect(zh.body?.response_type).toBe('ephemeral');
    expect(zh.body?.blocks?.[0]).toMatchObject({
      type: 'header',
      text: { text: translate('zh-CN', 'help.title') },
    });

    const en = await sut.client.command('/zhuqi', { userId: EN_USER, text: 'help' });
    expect(en.body?.blocks?.[0]).toMatchObject({ text: { text: translate('en', 'help.title') } });
    expect(en.body?.text).toBe(translate('en', 'help.title'));
  });

  it('records Web API calls the app makes, and keeps messages so chat.update edits them', async () => {
    const posted = await sut.app.app.client.chat.postMessage({ channel: CHANNEL, text: 'hello' });
    expect(posted).toMatchObject({ ok: true, channel: CHANNEL, message: { text: 'hello' } });

    const call = sut.fake.lastCall('chat.postMessage');
    expect(call).toMatchObject({
      args: { channel: CHANNEL, text: 'hello' },
      token: sut.botToken,
      status: 200,
    });

    await sut.app.app.client.chat.update({ channel: CHANNEL, ts: posted.ts as string, text: 'edited' });
    expect(sut.fake.message(CHANNEL, posted.ts as string)?.text).toBe('edited');
    await expect(
      sut.app.app.client.chat.update({ channel: CHANNEL, ts: '1.000001', text: 'nope' }),
    ).rejects.toMatchObject(slackError('message_not_found'));
  });

  it('runs a listener end to end: block action → chat.postMessage and respond() reach the fake', async () => {
    const reply = await sut.client.blockAction({
      userId: EN_USER,
      actionId: 'harness_post',
      channelId: CHANNEL,
    });
    expect(reply.status).toBe(200);

    const post = await sut.fake.waitForCall('chat.postMessage');
    expect(post.args).toMatchObject({ channel: CHANNEL, text: 'posted by a listener' });
    const response = await sut.fake.waitForCall('response_url');
    expect(response.args).toMatchObject({ text: 'done', response_type: 'ephemeral' });
    expect(sut.fake.ephemerals({ user: EN_USER }).at(-1)?.text).toBe('done');
  });

  it('opens a modal from an action and returns the view_submission ack body', async () => {
    await sut.client.blockAction({ userId: EN_USER, actionId: 'harness_open', channelId: CHANNEL });
    const opened = await sut.fake.waitForCall('views.open', (c) => c.status === 200);
    const view = (opened.response as SlackBody).view as { id: string };
    expect(sut.fake.isViewOpen(view.id)).toBe(true);

    const empty = await sut.client.viewSubmission(
      view.id,
      { title_block: { title: input.text('  ') } },
      EN_USER,
    );
    expect(empty.body).toEqual({ response_action: 'errors', errors: { title_block: 'required' } });
    expect(sut.fake.isViewOpen(view.id)).toBe(true);

    const filled = await sut.client.viewSubmission(
      view.id,
      { title_block: { title: 'Water supply' } },
      EN_USER,
    );
    expect(filled.status).toBe(200);
    expect(filled.body).toBeUndefined();
    expect(sut.fake.isViewOpen(view.id)).toBe(false);
  });

  it('accepts a trigger_id once and only within 3 seconds', async () => {
    const { client } = sut.app.app;
    const trigger = sut.fake.issueTriggerId({ userId: EN_USER });
    await expect(client.views.open({ trigger_id: trigger, view: modal() })).resolves.toMatchObject({
      ok: true,
    });
    await expect(client.views.open({ trigger_id: trigger, view: modal() })).rejects.toMatchObject(
      slackError('exchanged_trigger_id'),
    );

    const stale = sut.fake.issueTriggerId({ userId: EN_USER, issuedAt: Date.now() - 3001 });
    await expect(client.views.open({ trigger_id: stale, view: modal() })).rejects.toMatchObject(
      slackError('expired_trigger_id'),
    );
    await expect(client.views.open({ trigger_id: '123.456.abc', view: modal() })).rejects.toMatchObject(
      slackError('invalid_trigger_id'),
    );
  });

  it('answers 429 with Retry-After, and Bolt’s WebClient retries after it', async () => {
    sut.fake.failNext('chat.postMessage', { status: 429, retryAfter: 1 });
    const raw = await fetch(`${sut.fake.url}chat.postMessage`, {
      method: 'POST',
      headers: { authorization: `Bearer ${sut.botToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ channel: CHANNEL, text: 'x' }),
    });
    expect(raw.status).toBe(429);
    expect(raw.headers.get('retry-after')).toBe('1');

    sut.fake.failNext('chat.postMessage', { status: 429, retryAfter: 1 });
    const started = Date.now();
    const result = await sut.app.app.client.chat.postMessage({ channel: CHANNEL, text: 'after a 429' });
    expect(result.ok).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    const attempts = sut.fake.calls('chat.postMessage').filter((c) => c.args.text === 'after a 429');
    expect(attempts.map((c) => c.status)).toEqual([429, 200]);
  });

  it('injects a Slack error on the next call only', async () => {
    sut.fake.failNext('chat.postMessage', { error: 'channel_not_found' });
    await expect(sut.app.app.client.chat.postMessage({ channel: CHANNEL, text: 'a' })).rejects.toMatchObject(
      slackError('channel_not_found'),
    );
    await expect(sut.app.app.client.chat.postMessage({ channel: CHANNEL, text: 'b' })).resolves.toMatchObject(
      {
        ok: true,
      },
    );
  });

  it('enforces block limits: 50 per message, 100 per modal, header 150 characters', async () => {
    const { client } = sut.app.app;
    const blocks = (n: number) => Array.from({ length: n }, (_, i) => section(`line ${i}`));

    await expect(
      client.chat.postMessage({ channel: CHANNEL, text: 'ok', blocks: blocks(LIMITS.messageBlocks) }),
    ).resolves.toMatchObject({ ok: true });
    await expect(
      client.chat.postMessage({ channel: CHANNEL, text: 'too many', blocks: blocks(51) }),
    ).rejects.toMatchObject({
      data: {
        ok: false,
        error: 'invalid_blocks',
        response_metadata: { messages: ['[ERROR] no more than 50 items allowed [json-pointer:/blocks]'] },
      },
    });
    const header = { type: 'header', text: { type: 'plain_text', text: 'x'.repeat(151) } };
    await expect(
      client.chat.postMessage({ channel: CHANNEL, text: 'h', blocks: [header] }),
    ).rejects.toMatchObject(slackError('invalid_blocks'));

    const trigger = () => sut.fake.issueTriggerId({ userId: EN_USER });
    await expect(
      client.views.open({ trigger_id: trigger(), view: modal(blocks(100)) }),
    ).resolves.toMatchObject({
      ok: true,
    });
    await expect(
      client.views.open({ trigger_id: trigger(), view: modal(blocks(101)) }),
    ).rejects.toMatchObject({
      data: {
        error: 'invalid_arguments',
        response_metadata: { messages: [expect.stringContaining('/view/blocks')] },
      },
    });
  });

  it('delivers events as JSON, with Slack’s retry headers', async () => {
    const mention = events.appMention({ channel: CHANNEL, user: ZH_USER, text: '<@U0ZHUQI> hi' });
    const reply = await sut.client.event(mention, {}, { retryNum: 1 });
    expect(reply.status).toBe(200);
    const publish = await sut.fake.waitForCall('views.publish');
    expect(publish.args).toMatchObject({ user_id: ZH_USER });
    expect(sut.fake.homeView(ZH_USER)?.blocks).toEqual([section('retry 1')]);
  });

  it('answers like Slack for DMs, users, uploads and unknown methods', async () => {
    const { client } = sut.app.app;
    const first = await client.conversations.open({ users: ZH_USER });
    const again = await client.conversations.open({ users: ZH_USER });
    expect(first.channel?.id).toMatch(/^D/);
    expect(again.channel?.id).toBe(first.channel?.id);

    const info = await client.users.info({ user: ZH_USER, include_locale: true });
    expect(info.user).toMatchObject({ id: ZH_USER, locale: 'zh-CN', tz: 'Asia/Shanghai' });
    await expect(client.users.info({ user: 'U0NOBODY01' })).rejects.toMatchObject(
      slackError('user_not_found'),
    );

    await client.filesUploadV2({ channel_id: CHANNEL, filename: 'report.csv', content: 'a,b\n1,2\n' });
    const completed = sut.fake.lastCall('files.completeUploadExternal');
    const files = completed?.args.files as Array<{ id: string }> | undefined;
    const fileId = files?.[0]?.id ?? '';
    expect(sut.fake.file(fileId)?.bytes?.toString()).toBe('a,b\n1,2\n');

    await expect(client.apiCall('nothing.here')).rejects.toMatchObject(slackError('unknown_method'));
  });
  describe('fake Slack rules beyond the basics', () => {
    const openModal = async (userId = EN_USER, view = modal()) => {
      const trigger = sut.fake.issueTriggerId({ userId });
      const opened = await sut.app.app.client.views.open({ trigger_id: trigger, view });
      return opened.view as { id: string; hash: string };
    };

    it('refuses calls without a token or with a foreign one', async () => {
      const call = (headers: Record<string, string>) =>
        fetch(`${sut.fake.url}auth.test`, { method: 'POST', headers }).then((r) => r.json());
      expect(await call({})).toMatchObject({ ok: false, error: 'not_authed' });
      expect(await call({ authorization: 'Bearer xoxb-someone-else' })).toMatchObject({
        ok: false,
        error: 'invalid_auth',
      });
      expect(await call({ authorization: `Bearer ${sut.botToken}` })).toMatchObject({
        ok: true,
        user_id: sut.fake.bot.userId,
      });
    });

    it('parses form bodies with JSON-encoded fields like JSON bodies', async () => {
      const form = new URLSearchParams({
        channel: CHANNEL,
        text: 't',
        blocks: JSON.stringify([section('form')]),
      });
      const res = await fetch(`${sut.fake.url}chat.postMessage`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${sut.botToken}`,
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: form.toString(),
      });
      expect(await res.json()).toMatchObject({ ok: true, message: { blocks: [section('form')] } });
      expect(sut.fake.lastCall('chat.postMessage')?.args.blocks).toEqual([section('form')]);
    });

    it('keeps a view stack of at most 3', async () => {
      const { client } = sut.app.app;
      const root = await openModal();
      const push = () =>
        client.views.push({
          trigger_id: sut.fake.issueTriggerId({ userId: EN_USER, viewId: root.id }),
          view: modal(),
        });
      await push();
      await push();
      expect(sut.fake.viewStack(root.id)).toHaveLength(3);
      await expect(push()).rejects.toMatchObject(slackError('push_limit_reached'));
    });

    it('updates views by id or external_id, refusing a stale hash and unknown views', async () => {
      const { client } = sut.app.app;
      const opened = await openModal(EN_USER, { ...modal(), external_id: `ext-${Date.now()}` });
      const stored = sut.fake.view(opened.id);
      const updated = await client.views.update({
        external_id: stored?.external_id as string,
        view: modal([section('second')]),
      });
      expect(updated.view?.id).toBe(opened.id);
      expect(sut.fake.view(opened.id)?.blocks).toEqual([section('second')]);
      await expect(
        client.views.update({ view_id: opened.id, hash: opened.hash, view: modal() }),
      ).rejects.toMatchObject(slackError('hash_conflict'));
      await expect(client.views.update({ view_id: 'V0NOPE', view: modal() })).rejects.toMatchObject(
        slackError('not_found'),
      );
    });

    it('publishes one Home tab per user', async () => {
      const { client } = sut.app.app;
      const first = await client.views.publish({
        user_id: EN_USER,
        view: { type: 'home', blocks: [section('a')] },
      });
      const second = await client.views.publish({
        user_id: EN_USER,
        view: { type: 'home', blocks: [section('b')] },
      });
      expect(second.view?.id).toBe(first.view?.id);
      expect(sut.fake.homeView(EN_USER)?.blocks).toEqual([section('b')]);
      await expect(
        client.views.publish({ user_id: EN_USER, view: modal() as unknown as HomeView }),
      ).rejects.toMatchObject(slackError('invalid_arguments'));
    });

    it('enforces text, title, options and metadata limits', async () => {
      const { client } = sut.app.app;
      const refusal = (error: string, pointer: string) => ({
        data: {
          error,
          response_metadata: { messages: [expect.stringContaining(`[json-pointer:${pointer}]`)] },
        },
      });
      await expect(
        client.chat.postMessage({
          channel: CHANNEL,
          text: 'x',
          blocks: [section('y'.repeat(LIMITS.textObject + 1))],
        }),
      ).rejects.toMatchObject(refusal('invalid_blocks', '/blocks/0/text/text'));
      await expect(
        client.chat.postMessage({ channel: CHANNEL, text: 'z'.repeat(LIMITS.messageText + 1) }),
      ).rejects.toMatchObject(slackError('msg_too_long'));

      const trigger = () => sut.fake.issueTriggerId({ userId: EN_USER });
      const longTitle = { ...modal(), title: { type: 'plain_text' as const, text: 't'.repeat(25) } };
      await expect(client.views.open({ trigger_id: trigger(), view: longTitle })).rejects.toMatchObject(
        refusal('invalid_arguments', '/view/title/text'),
      );
      const metadata = { ...modal(), private_metadata: 'm'.repeat(LIMITS.privateMetadata + 1) };
      await expect(client.views.open({ trigger_id: trigger(), view: metadata })).rejects.toMatchObject(
        refusal('invalid_arguments', '/view/private_metadata'),
      );
      const options = Array.from({ length: 101 }, (_, i) => ({
        text: { type: 'plain_text', text: `o${i}` },
        value: `o${i}`,
      }));
      const select = {
        type: 'section',
        text: { type: 'mrkdwn', text: 'pick' },
        accessory: { type: 'static_select', action_id: 'pick', options },
      };
      await expect(client.views.open({ trigger_id: trigger(), view: modal([select]) })).rejects.toMatchObject(
        refusal('invalid_arguments', '/view/blocks/0/accessory/options'),
      );
    });

    it('applies response_url replace_original to the message the action came from', async () => {
      const posted = await sut.app.app.client.chat.postMessage({ channel: CHANNEL, text: 'before' });
      const url = sut.fake.issueResponseUrl({ channelId: CHANNEL, userId: EN_USER, messageTs: posted.ts });
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ replace_original: true, text: 'after' }),
      });
      expect(res.status).toBe(200);
      expect(sut.fake.message(CHANNEL, posted.ts as string)?.text).toBe('after');
    });

    it('explains what arrived when an awaited call never comes', async () => {
      await expect(sut.fake.waitForCall('chat.delete', undefined, 50)).rejects.toThrow(
        /no matching chat.delete/,
      );
    });
  });
});
