// `/issue` over signed HTTP against the real app and PostgreSQL: the raise modal's three outcomes, its
// validation, the subject typeahead, `/issue list`, and a repeated submission writing nothing more.
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import { ISSUE_FORM_ACTIONS } from '../../src/slack/ids/issue-views.ts';
import type { StoredView } from '../support/fake-slack/index.ts';
import { type IssueWorld, U } from '../support/issue-driver.ts';
import { writeCounts } from '../support/issue-org.ts';
import { useIssueWorld } from '../support/issue-world-hooks.ts';

let w: IssueWorld;
const db = () => w.app.db.prisma;
const enterprise = () => `enterprise:${w.org.enterpriseId}`;
const base = { title: '供热管网改造审批', category: 'approvals_permits', urgency: 'normal' };

useIssueWorld((world) => {
  w = world;
});

describe('/issue raises an issue outside a visit', () => {
  it('opens the raise modal in the caller’s language', async () => {
    const zhView = await w.openRaise(U.cadreA, '停电');
    const zh = w.app.fake.view(zhView);
    expect(zh?.callback_id).toBe('issue.raise');
    expect(zh?.title).toMatchObject({ text: t('zh-CN', 'issue.form.title.raise') });
    // The command's text pre-fills the title.
    expect(JSON.stringify(zh?.blocks)).toContain('停电');
    const en = w.app.fake.view(await w.openRaise(U.cadreB));
    expect(en?.title).toMatchObject({ text: t('en', 'issue.form.title.raise') });
  });

  it('records an issue resolved on the spot: resolved, counted as on-site, nobody else to tell', async () => {
    await db().cadre.updateMany({ data: { homeOpenedAt: new Date() } }); // everyone has opened their Home
    const { issueId, reply } = await w.raise(U.cadreA, {
      ...base,
      subject: enterprise(),
      outcome: 'resolve_on_spot',
      note: '现场协调供电公司恢复供电',
    });
    expect(reply.body?.response_action).toBe('update');
    const issue = await db().issue.findUniqueOrThrow({ where: { id: issueId } });
    expect(issue).toMatchObject({
      status: 'resolved',
      resolvedOnSpot: true,
      finderId: w.org.cadre.cadreA,
      ownerId: w.org.cadre.cadreA,
      enterpriseId: w.org.enterpriseId,
      level: 'self',
    });
    const events = await db().issueEvent.findMany({ where: { issueId } });
    expect(events).toMatchObject([{ move: 'resolve_on_spot', fromStatus: null, toStatus: 'resolved' }]);
    const outbox = await db().outboxMessage.findMany({ orderBy: { id: 'asc' } });
    expect(outbox.map((m) => m.topic)).toEqual(['issue.card', 'home.refresh']);
    // Only the finder's own Home shows it (found by and resolved by them).
    expect(outbox[1]?.payload).toEqual({
      cadreIds: [w.org.cadre.cadreA],
      dispatch: false,
      enterpriseIds: [],
    });
  });

  it('keeps an issue at own level with a groupmate as owner, due in 5 working days', async () => {
    await db().cadre.updateMany({ data: { homeOpenedAt: new Date() } }); // everyone has opened their Home
    const { issueId } = await w.raise(U.cadreA, {
      ...base,
      subject: enterprise(),
      outcome: 'keep',
      assignee: U.cadreB,
    });
    const issue = await db().issue.findUniqueOrThrow({ where: { id: issueId } });
    expect(issue).toMatchObject({
      status: 'in_progress',
      level: 'self',
      ownerId: w.org.cadre.cadreB,
      ownerUnitId: w.org.unit.group,
    });
    expect(issue.dueDate?.toISOString().slice(0, 10)).toBe('2026-03-09');
    const outbox = await db().outboxMessage.findMany({ orderBy: { id: 'asc' } });
    expect(outbox.map((m) => [m.topic, (m.payload as { recipientId?: number }).recipientId])).toEqual([
      ['issue.moved', w.org.cadre.cadreB],
      ['issue.card', undefined],
      ['home.refresh', undefined],
    ]);
    // The finder's Home and the new owner's.
    expect(outbox[2]?.payload).toEqual({
      cadreIds: [w.org.cadre.cadreA, w.org.cadre.cadreB],
      dispatch: false,
      enterpriseIds: [],
    });
  });

  it('hands a new issue about a key project to dispatch: no owner, the dispatch room told', async () => {
    await db().cadre.updateMany({ data: { homeOpenedAt: new Date() } }); // everyone has opened their Home
    const { issueId } = await w.raise(U.cadreB, {
      ...base,
      subject: `project:${w.org.projectId}`,
      outcome: 'hand_to_dispatch',
      reason: '涉及规划调整，本级无法解决',
    });
    const issue = await db().issue.findUniqueOrThrow({ where: { id: issueId } });
    expect(issue).toMatchObject({
      status: 'awaiting_dispatch',
      ownerId: null,
      projectId: w.org.projectId,
      dueDate: null,
    });
    const outbox = await db().outboxMessage.findMany();
    expect(outbox.map((m) => m.topic).sort()).toEqual(['home.refresh', 'issue.card', 'issue.dispatch']);
    // The dispatch room's queue grew: its staff's Homes are redrawn too.
    expect(outbox.find((m) => m.topic === 'home.refresh')?.payload).toEqual({
      cadreIds: [w.org.cadre.cadreB],
      dispatch: true,
      enterpriseIds: [],
    });
  });

  it('shows every missing field beside its block and writes nothing', async () => {
    const before = await writeCounts(db());
    const viewId = await w.openRaise(U.cadreA);
    const reply = await w.submit(U.cadreA, viewId, {
      title: { value: { type: 'plain_text_input', value: '   ' } },
      outcome: { value: { type: 'radio_buttons', selected_option: { value: 'keep' } } },
    });
    expect(reply.body?.response_action).toBe('errors');
    expect(Object.keys(reply.body?.errors ?? {})).toEqual(['subject']);
    const second = await w.submit(U.cadreA, viewId, {
      subject: {
        [ISSUE_FORM_ACTIONS.subject]: { type: 'external_select', selected_option: { value: enterprise() } },
      },
      title: { value: { type: 'plain_text_input', value: '   ' } },
      outcome: { value: { type: 'radio_buttons', selected_option: { value: 'resolve_on_spot' } } },
    });
    const required = t('zh-CN', 'errors.field.required');
    expect(second.body?.errors).toEqual({
      title: required,
      category: required,
      urgency: required,
      note: required,
    });
    expect(await writeCounts(db())).toEqual(before);
  });

  it('refuses an owner outside the finder’s group or team', async () => {
    const viewId = await w.openRaise(U.cadreA);
    const { body } = await w.submit(U.cadreA, viewId, {
      ...raise({ outcome: 'keep', assignee: U.fg1Member }),
    });
    expect(body?.errors).toEqual({ assignee: t('zh-CN', 'errors.field.outside_unit') });
    expect(await db().issue.count()).toBe(0);
  });

  it('tells someone outside the directory so, in the modal, and writes nothing', async () => {
    const viewId = await w.openRaise(U.stranger);
    await w.app.fake.waitForCall('views.update');
    expect(JSON.stringify(w.app.fake.view(viewId)?.blocks)).toContain(t('en', 'errors.not_in_directory'));
    expect(w.app.fake.view(viewId)?.submit).toBeNull();
    // A submission that beat the update is refused too.
    const raiseView = { ...(w.app.fake.view(viewId) as StoredView), callback_id: 'issue.raise' };
    const reply = await w.app.client.interaction(
      submission(raiseView, raise({ outcome: 'resolve_on_spot', note: 'x' }), U.stranger),
    );
    expect(reply.body?.response_action).toBe('update');
    expect(await db().issue.count()).toBe(0);
  });

  it('lands a double Submit and Slack’s retry once', async () => {
    const viewId = await w.openRaise(U.cadreA);
    const values = raise({ outcome: 'resolve_on_spot', note: '已解决' });
    // The modal as Slack sent it, before the first ack replaced it.
    const view = w.app.fake.view(viewId) as StoredView;
    const first = await w.app.client.interaction(submission(view, values));
    const [again, retry] = await Promise.all([
      w.app.client.interaction(submission(view, values)),
      w.app.client.interaction(submission(view, values), { retryNum: 1, retryReason: 'http_timeout' }),
    ]);
    expect([again.status, retry.status]).toEqual([200, 200]);
    expect(again.body).toEqual(first.body);
    // The card, once; no Home redraw, since nobody here has opened theirs.
    expect(await writeCounts(db())).toMatchObject({ issues: 1, events: 1, outbox: 1 });
  });
});

describe('the subject typeahead', () => {
  it('finds enterprises by name or credit code and projects by name', async () => {
    const byName = await w.app.client.blockSuggestion({
      userId: U.cadreB,
      actionId: ISSUE_FORM_ACTIONS.subject,
      value: '热力',
    });
    const groups = byName.body?.option_groups as { options: { value: string }[] }[];
    expect(groups.flatMap((g) => g.options.map((o) => o.value))).toEqual([enterprise()]);
    const byCode = await w.app.client.blockSuggestion({
      userId: U.cadreB,
      actionId: ISSUE_FORM_ACTIONS.subject,
      value: 'MA000',
    });
    expect(JSON.stringify(byCode.body)).toContain(enterprise());
    const project = await w.app.client.blockSuggestion({
      userId: U.cadreB,
      actionId: ISSUE_FORM_ACTIONS.subject,
      value: '管网',
    });
    expect(JSON.stringify(project.body)).toContain(`project:${w.org.projectId}`);
  });
});

describe('/issue list', () => {
  it('lists the caller’s open issues as owner or finder, ephemerally', async () => {
    await w.raise(U.cadreA, {
      ...base,
      title: 'A keeps',
      subject: enterprise(),
      outcome: 'keep',
      assignee: U.cadreA,
    });
    await w.raise(U.cadreA, {
      ...base,
      title: 'B owns',
      subject: enterprise(),
      outcome: 'keep',
      assignee: U.cadreB,
    });
    await w.raise(U.cadreB, {
      ...base,
      title: 'not A’s',
      subject: enterprise(),
      outcome: 'keep',
      assignee: U.cadreB,
    });
    const m = w.mark();
    const reply = await w.app.client.command('/issue', { userId: U.cadreA, text: 'list' });
    expect(reply.status).toBe(200);
    const response = await w.app.fake.waitForCall('response_url', (c) => w.app.fake.calls().indexOf(c) >= m);
    expect(response.args.response_type).toBe('ephemeral');
    const text = JSON.stringify(response.args.blocks);
    expect(text).toContain('A keeps');
    expect(text).toContain('B owns');
    expect(text).not.toContain('not A’s');
    expect(text).toContain(t('zh-CN', 'issue.list.title', { count: 2 }));
  });

  it('says so when there is nothing open', async () => {
    const m = w.mark();
    await w.app.client.command('/issue', { userId: U.leader, text: 'list' });
    const response = await w.app.fake.waitForCall('response_url', (c) => w.app.fake.calls().indexOf(c) >= m);
    expect(response.args.text).toBe(t('en', 'issue.list.empty'));
  });
});

function raise(r: { outcome: string; note?: string; assignee?: string }) {
  return {
    subject: {
      [ISSUE_FORM_ACTIONS.subject]: { type: 'external_select', selected_option: { value: enterprise() } },
    },
    title: { value: { type: 'plain_text_input', value: base.title } },
    category: { value: { type: 'static_select', selected_option: { value: base.category } } },
    urgency: { value: { type: 'radio_buttons', selected_option: { value: 'normal' } } },
    outcome: { value: { type: 'radio_buttons', selected_option: { value: r.outcome } } },
    note: { value: { type: 'plain_text_input', value: r.note ?? null } },
    assignee: { value: { type: 'users_select', selected_user: r.assignee ?? null } },
  };
}

/** The raw view_submission payload, to send the very same delivery more than once. */
function submission(view: StoredView, values: ReturnType<typeof raise>, userId: string = U.cadreA) {
  return {
    type: 'view_submission',
    user: { id: userId, username: userId, name: userId, team_id: w.app.fake.team.id },
    team: { id: w.app.fake.team.id, domain: w.app.fake.team.domain },
    api_app_id: w.app.fake.bot.appId,
    token: 'legacy-verification-token',
    trigger_id: w.app.fake.issueTriggerId({ userId, viewId: String(view.id) }),
    view: { ...view, state: { values } },
  };
}
