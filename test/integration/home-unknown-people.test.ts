// People outside the cadre directory (domain.md "Roles"): wherever they reach zhuqi they read that
// they are not in the directory and whom to ask, and nothing is written. Also the withCaller
// wrappers other listeners use, and /zhuqi help.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import {
  actionWithCaller,
  commandWithCaller,
  optionsWithCaller,
  viewWithCaller,
} from '../../src/slack/with-caller.ts';
import { homeText, openHome } from '../support/home-driver.ts';
import { homeFixtures, rowCounts } from '../support/home-fixtures.ts';
import { startZhuqiApp, type ZhuqiApp } from '../support/zhuqi-app.ts';

const STRANGER = 'U0STRANGER';
const STRANGER_EN = 'U0VISITOR1';
const WANG = 'U0WANGWEI1';
const LEAD = 'U0DISPLEAD';
const NOW = '2026-11-26T02:00:00Z';

let app: ZhuqiApp;
const handled: string[] = [];

beforeAll(async () => {
  app = await startZhuqiApp({
    now: NOW,
    users: [
      { id: STRANGER, name: 'stranger', locale: 'zh-CN' },
      { id: STRANGER_EN, name: 'visitor', locale: 'en-GB' },
      { id: WANG, name: 'wangwei', locale: 'zh-CN' },
      { id: LEAD, name: 'lead', locale: 'zh-CN' },
    ],
  });
  // Test-only listeners through the wrappers, as the feature listeners use them.
  const bolt = app.app.app;
  const ctx = app.context;
  bolt.command(
    '/probe',
    commandWithCaller(ctx, async ({ ack }, caller) => {
      handled.push(`command:${caller.cadre.name}`);
      await ack({ response_type: 'ephemeral', text: `hello ${caller.cadre.name}` });
    }),
  );
  bolt.action(
    'probe_button',
    actionWithCaller(ctx, async (_args, caller) => {
      handled.push(`action:${caller.cadre.name}`);
    }),
  );
  bolt.view(
    'probe_modal',
    viewWithCaller(ctx, async ({ ack }, caller) => {
      handled.push(`view:${caller.cadre.name}`);
      await ack();
    }),
  );
  bolt.options(
    'probe_select',
    optionsWithCaller(ctx, async ({ ack }, caller) => {
      handled.push(`options:${caller.cadre.name}`);
      await ack({ options: [{ text: { type: 'plain_text', text: 'one' }, value: '1' }] });
    }),
  );
});

afterAll(async () => {
  await app?.stop();
});

beforeEach(async () => {
  await app.db.reset();
  handled.length = 0;
  const f = homeFixtures(app.db.prisma);
  const lead = await f.cadre({ name: '赵敏', slackUserId: LEAD, roles: ['dispatch'] });
  await f.dispatchRoom({ leadId: lead, channelId: 'C0DISPATCH', memberIds: [lead] });
  await f.cadre({ name: '王伟', slackUserId: WANG });
});

async function openProbeModal(userId: string): Promise<string> {
  const opened = await app.app.app.client.views.open({
    trigger_id: app.fake.issueTriggerId({ userId }),
    view: {
      type: 'modal',
      callback_id: 'probe_modal',
      title: { type: 'plain_text', text: 'Probe' },
      submit: { type: 'plain_text', text: 'OK' },
      blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'probe' } }],
    },
  });
  return opened.view?.id as string;
}

describe('someone outside the directory', () => {
  it('reads whom to ask on /zhuqi, the Home tab, a click and a modal, and nothing is written', async () => {
    const before = await rowCounts(app.db.prisma);

    const help = await app.client.command('/zhuqi', { userId: STRANGER });
    expect(help.status).toBe(200);
    const helpText = JSON.stringify(help.body);
    expect(helpText).toContain(t('zh-CN', 'errors.not_in_directory'));
    expect(helpText).toContain('调度室负责人：赵敏 (<@U0DISPLEAD>)');
    expect(helpText).toContain('调度室频道：<#C0DISPATCH>');
    expect(helpText).toContain('`U0STRANGER`');
    expect(helpText).toContain('/visit'); // help is harmless: they still get it

    const home = await openHome(app, STRANGER);
    expect(home.ok).toBe(true);
    expect(homeText(home)).toContain(t('zh-CN', 'errors.not_in_directory'));
    expect(homeText(home)).toContain('<@U0DISPLEAD>');

    // A paging click on that Home: acked, and the Home says it again.
    app.fake.reset();
    const click = await app.client.blockAction({
      userId: STRANGER,
      viewId: app.fake.homeView(STRANGER)?.id,
      actionId: 'home.page.next',
      value: '1.0.0.0.0.0',
    });
    expect(click.status).toBe(200);
    const republished = await app.fake.waitForCall('views.publish', (c) => c.args.user_id === STRANGER);
    expect(JSON.stringify(republished.args.view)).toContain(t('zh-CN', 'errors.not_in_directory'));

    // A click on a message: an ephemeral reply under it.
    const onMessage = await app.client.blockAction({
      userId: STRANGER_EN,
      actionId: 'probe_button',
      value: '1',
    });
    expect(onMessage.status).toBe(200);
    await app.fake.waitForCall('response_url');
    expect(app.fake.ephemerals({ user: STRANGER_EN }).at(-1)?.text).toContain(
      t('en', 'errors.not_in_directory'),
    );

    const command = await app.client.command('/probe', { userId: STRANGER_EN });
    expect(command.body).toMatchObject({ response_type: 'ephemeral' });
    expect(command.body?.text).toContain(t('en', 'errors.not_in_directory'));
    expect(command.body?.text).toContain('Dispatch room lead: 赵敏');

    const viewId = await openProbeModal(STRANGER_EN);
    const submitted = await app.client.viewSubmission(viewId, {}, STRANGER_EN);
    expect(submitted.body).toMatchObject({ response_action: 'update' });
    expect(JSON.stringify(app.fake.view(viewId)?.blocks)).toContain(t('en', 'errors.not_in_directory'));

    const options = await app.client.blockSuggestion({
      userId: STRANGER_EN,
      actionId: 'probe_select',
      value: 'x',
    });
    expect(options.body).toEqual({ options: [] });

    expect(handled).toEqual([]);
    expect(await rowCounts(app.db.prisma)).toEqual(before);
    // Not even the locale cache: strangers have no row to write it on.
    const cadres = await app.db.prisma.cadre.findMany({ select: { localeFetchedAt: true } });
    expect(cadres.every((c) => c.localeFetchedAt === null)).toBe(true);
  });

  it('lets a cadre through every wrapper to the feature', async () => {
    const command = await app.client.command('/probe', { userId: WANG });
    expect(command.body?.text).toBe('hello 王伟');
    await app.client.blockAction({ userId: WANG, actionId: 'probe_button', value: '1' });
    const viewId = await openProbeModal(WANG);
    await app.client.viewSubmission(viewId, {}, WANG);
    const options = await app.client.blockSuggestion({ userId: WANG, actionId: 'probe_select', value: 'x' });
    expect(options.body?.options).toHaveLength(1);
    await expect.poll(() => handled.length).toBe(4);
    expect(handled.sort()).toEqual(['action:王伟', 'command:王伟', 'options:王伟', 'view:王伟']);
  });

  it('still says whom to ask when the directory has no dispatch room', async () => {
    await app.db.reset();
    const reply = await app.client.command('/probe', { userId: STRANGER });
    expect(reply.body?.text).toBe(
      `${t('zh-CN', 'errors.not_in_directory')}\n${t('zh-CN', 'errors.not_in_directory.your_id', { id: STRANGER })}`,
    );
  });
});

describe('/zhuqi help', () => {
  it('explains the commands in the caller’s language, for /zhuqi, /zhuqi help and unknown subcommands', async () => {
    const zh = await app.client.command('/zhuqi', { userId: WANG, text: 'help' });
    expect(zh.body?.text).toBe(t('zh-CN', 'help.title'));
    const zhText = JSON.stringify(zh.body?.blocks);
    expect(zhText).toContain(JSON.stringify(t('zh-CN', 'help.body')).slice(1, -1));
    expect(zhText).toContain(JSON.stringify(t('zh-CN', 'help.home')).slice(1, -1));
    expect(zhText).not.toContain(t('zh-CN', 'errors.not_in_directory')); // a cadre needs no such note

    const bare = await app.client.command('/zhuqi', { userId: WANG });
    expect(bare.body?.blocks).toEqual(zh.body?.blocks);

    const odd = await app.client.command('/zhuqi', { userId: WANG, text: 'frobnicate <!channel> `x`' });
    const oddText = JSON.stringify(odd.body?.blocks);
    expect(oddText).toContain('没有 `frobnicate &lt;!channel&gt; x` 这个子命令');
    expect(oddText).not.toContain('<!channel>');

    await homeFixtures(app.db.prisma).cadre({ name: 'Visitor', slackUserId: STRANGER_EN });
    const en = await app.client.command('/zhuqi', { userId: STRANGER_EN, text: 'HELP' });
    expect(en.body?.text).toBe('zhuqi commands');
    expect(JSON.stringify(en.body?.blocks)).toContain('`/visit [enterprise or credit code]`');
  });
});
