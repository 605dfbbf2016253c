// biome-ignore-all lint/performance/useDomNodeTextContent: Playwright's innerText is the text as shown, line by line.
// The whole story as people walk it, in headless Chromium on the sandbox page (`npm start` without
// Slack credentials): a cadre logs an on-site visit with two problems (one resolved on the spot, one
// handed to dispatch), dispatch routes it to a function group, its owner is reminded once it is
// overdue and resolves it, the finder records the enterprise's feedback, and the leadership channel
// gets the digest. Every step is clicks and typing on the page; the page is checked at each step and
// the database at the end. Screenshots of the key screens go to test-results/sandbox-story/.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asLocalDate, createWorkingCalendar } from '../../src/calendar/index.ts';
import { type Locale, type MessageKey, type MessageParams, t as translate } from '../../src/i18n/index.ts';
import { projectRoot, type RunningEntry, runEntry } from '../support/child-entry.ts';
import { CHROMIUM_PATH } from '../support/chromium.ts';
import { type ScratchDatabase, scratchDatabase } from '../support/database.ts';
import { freePort } from '../support/ports.ts';

const SHOTS = join(projectRoot, 'test-results', 'sandbox-story');
const LOCALE: Locale = 'zh-CN';
const t = (key: MessageKey, params?: MessageParams) => translate(LOCALE, key, params);
const STEP = 30_000;

const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

let scratch: ScratchDatabase;
let app: RunningEntry;
let browser: Browser;
let page: Page;
let base: string;

beforeAll(async () => {
  const port = await freePort();
  scratch = await scratchDatabase('story');
  app = runEntry('src/start.ts', {
    DATABASE_URL: scratch.url,
    REDIS_URL: redisUrl,
    PORT: String(port),
    QUEUE_PREFIX: `zhuqi-story-${process.pid}-${Date.now()}`,
  });
  await mkdir(SHOTS, { recursive: true });
  const [banner] = await Promise.all([
    app.waitForLog((l) => String(l.msg).startsWith('zhuqi sandbox:'), 90_000),
    chromium
      .launch({
        executablePath: CHROMIUM_PATH,
        headless: true,
        args: [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      })
      .then((b) => {
        browser = b;
      }),
  ]);
  base = String(banner.url).replace(/\/sandbox$/, '');
  // A fresh context is a fresh profile: nothing remembered from another run.
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'zh-CN' });
  page = await context.newPage();
  page.setDefaultTimeout(STEP);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop('SIGTERM');
  await app?.stop('SIGKILL');
  await scratch?.drop();
});

const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
const modal = () => page.getByTestId('modal');
const block = (scope: Locator, id: string) => scope.locator(`[data-block="${id}"]`);

async function openPage(): Promise<void> {
  await page.goto(`${base}/sandbox`);
  await expect.poll(() => page.locator('body').getAttribute('data-ready'), { timeout: STEP }).toBe('true');
}

/** Picks the first person of a kind (the page groups people by the part they play) whose line has `text`. */
async function beWho(kind: 'cadre' | 'dispatch' | 'function_group' | 'leader', text = ''): Promise<string> {
  const who = page.getByTestId('who');
  const option = who
    .locator(`optgroup[label="${t(`sandbox.kind.${kind}` as MessageKey)}"] option`, { hasText: text })
    .first();
  const value = (await option.getAttribute('value')) as string;
  const name = ((await option.textContent()) ?? '').split(' · ')[0] as string;
  await who.selectOption(value);
  return name;
}

async function command(text: string): Promise<void> {
  const box = page.getByTestId('composer');
  await box.fill(text);
  await box.press('Enter');
}

async function see(locator: Locator): Promise<void> {
  await locator.first().waitFor({ state: 'visible', timeout: STEP });
}

const ISSUE_2 = '流动资金贷款需求';

/** The conversation pane once it shows `text` (the page refreshes every 1.5 s). */
async function conversationShows(text: string): Promise<Locator> {
  const pane = page.getByTestId('conversation');
  await see(pane.getByText(text, { exact: false }));
  return pane;
}

/** The bot's message in the open conversation that holds `text` and a button named `button`. */
function messageWith(text: string, button: string): Locator {
  return page
    .getByTestId('message')
    .filter({ hasText: text })
    .filter({ has: page.getByRole('button', { name: button, exact: true }) })
    .last();
}

async function travel(job: 'reminders' | 'digest', local: string): Promise<string> {
  await page.getByTestId('travel-at').fill(local);
  await page.getByTestId('travel-job').selectOption(job);
  const out = page.getByTestId('travel-out');
  await page.getByTestId('travel-run').click();
  await see(out.getByText(`${job} ${local.slice(0, 10)}`));
  return out.innerText();
}

/** A digest figure as the catalog writes it: "label：value". */
const figure = (label: MessageKey, value: number | string) =>
  t('digest.line', { label: t(label), value, change: '' }).trim();

describe('the sandbox page, walked as people would', () => {
  it('visit → dispatch → function group → overdue reminder → resolved → feedback → digest', async () => {
    await openPage();
    await see(page.getByTestId('sandbox-banner').filter({ hasText: t('sandbox.banner') }));
    // Time travel reads its picker in the district's zone, and says so.
    await see(
      page.getByTestId('travel-zone').filter({ hasText: t('sandbox.time_zone', { zone: 'Asia/Shanghai' }) }),
    );
    await shot('01-page');

    // 1. A cadre (the first one the page offers) logs an on-site visit and raises two problems.
    const finder = await beWho('cadre');
    await command('/visit');
    const form = modal();
    await see(form.getByText(t('visit.modal.title')));
    const enterprise = block(form, 'visit.enterprise').locator('input');
    await enterprise.click();
    await enterprise.pressSequentially('长春亚越');
    await block(form, 'visit.enterprise')
      .getByRole('button', { name: /长春亚越物流有限公司/ })
      .click();
    await expect.poll(() => enterprise.inputValue()).toMatch(/长春亚越物流有限公司/);
    await block(form, 'visit.mode').getByLabel(t('visit.mode.on_site')).check();
    await block(form, 'visit.summary').locator('textarea').fill('了解企业生产经营情况，现场答复社保咨询。');

    await form.getByRole('button', { name: t('visit.issues.add') }).click();
    await see(block(form, 'visit.issue.1.title').locator('input'));
    await block(form, 'visit.issue.1.title').locator('input').fill('员工社保缴纳咨询');
    await block(form, 'visit.issue.1.category')
      .locator('select')
      .selectOption({ label: t('visit.issue.category.labour_hiring') });
    await block(form, 'visit.issue.1.urgency').getByLabel(t('visit.issue.urgency.normal')).check();
    await block(form, 'visit.issue.1.outcome').getByLabel(t('visit.issue.outcome.resolve_on_spot')).check();
    await block(form, 'visit.issue.1.note').locator('textarea').fill('现场讲解了社保缴纳政策。');

    await form.getByRole('button', { name: t('visit.issues.add') }).click();
    await see(block(form, 'visit.issue.2.title').locator('input'));
    // Adding a problem rebuilds the form from what was typed: the first one is still there.
    expect(await block(form, 'visit.issue.1.title').locator('input').inputValue()).toBe('员工社保缴纳咨询');
    await block(form, 'visit.issue.2.title').locator('input').fill(ISSUE_2);
    await block(form, 'visit.issue.2.category')
      .locator('select')
      .selectOption({ label: t('visit.issue.category.financing') });
    await block(form, 'visit.issue.2.urgency').getByLabel(t('visit.issue.urgency.normal')).check();
    await block(form, 'visit.issue.2.outcome').getByLabel(t('visit.issue.outcome.hand_to_dispatch')).check();
    await block(form, 'visit.issue.2.note').locator('textarea').fill('需要银行授信支持，本级无法解决。');
    await shot('02-visit-form');
    await form.getByTestId('modal-submit').click();
    // The form gives way (perhaps through a "saving…" view) to the "visit logged" view.
    await see(form.getByText(t('visit.result.title')));
    const logged = await form.innerText();
    expect(logged).toContain('长春亚越物流有限公司');
    expect(logged).toContain(
      t('visit.result.issue.resolve_on_spot', { id: 1, title: '员工社保缴纳咨询', due: '' }),
    );
    expect(logged).toContain(t('visit.result.issue.hand_to_dispatch', { id: 2, title: ISSUE_2, due: '' }));
    await shot('03-visit-logged');
    await form.getByTestId('modal-close').click();
    await form.waitFor({ state: 'hidden' });

    // 2. Dispatch finds the card in its channel and routes it to the financing function group.
    const dispatcher = await beWho('dispatch');
    await page.getByTestId('nav-C0DISPATCH01').click();
    const card2 = t('issue.card.title', { id: 2, title: ISSUE_2 });
    await conversationShows(card2);
    const dispatchCard = messageWith(card2, t('issue.button.route'));
    await see(dispatchCard.filter({ hasText: t('issue.status.awaiting_dispatch') }));
    await shot('04-dispatch-channel');
    await dispatchCard.getByRole('button', { name: t('issue.button.route'), exact: true }).click();
    await see(modal().getByText(t('issue.form.title.route')));
    await block(modal(), 'target').locator('select').selectOption({ label: '金融服务组' });
    // Choosing the target refills the form with the group's people and the default deadline.
    const ownerSelect = modal().locator('[data-block^="assignee:"] select');
    await see(ownerSelect);
    const owner = ((await ownerSelect.locator('option:checked').textContent()) ?? '').trim();
    expect(owner).not.toBe('');
    const due = await modal().locator('[data-block^="dueDate:"] input').inputValue();
    expect(due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await shot('05-route-modal');
    await modal().getByTestId('modal-submit').click();
    await modal().waitFor({ state: 'hidden' });
    // The card in the dispatch channel is updated in place.
    const routedCard = messageWith(card2, t('issue.button.resolve'));
    await see(routedCard.filter({ hasText: t('issue.status.in_progress') }));
    const routedText = await routedCard.innerText();
    expect(routedText).toContain(owner);
    expect(routedText).toContain('金融服务组');
    expect(routedText).toContain(`${dispatcher} ${t('issue.history.route')}`);

    // 3. The owner has it in their DMs; once it is overdue, the reminder run tells them so.
    await beWho('function_group', owner);
    await page.getByTestId('nav-dm').click();
    await conversationShows(card2);
    // The first working day after the deadline (the shipped calendar: the sandbox has no overrides),
    // 09:00 in the district: the page's picker is read in APP_TIMEZONE.
    const calendar = createWorkingCalendar();
    const after = calendar.addWorkingDays(asLocalDate(due), 1);
    const remindersOut = await travel('reminders', `${after}T09:00`);
    expect(remindersOut).toMatch(/new reminders/);
    const reminder = page
      .getByTestId('message')
      .filter({ hasText: t('reminders.section.overdue').replace(/\*/g, '') });
    await see(reminder);
    const reminderText = await reminder.last().innerText();
    expect(reminderText).toContain(`#2 ${ISSUE_2}`);
    expect(reminderText).toContain(t('reminders.item.overdue_days', { days: 1 }));
    await shot('06-overdue-reminder');

    // 4. The owner resolves it from the reminder; an empty note is refused beside the field.
    await reminder
      .last()
      .getByRole('button', { name: t('issue.button.resolve'), exact: true })
      .click();
    await see(modal().getByText(t('issue.form.title.resolve')));
    await modal().getByTestId('modal-submit').click();
    await see(
      modal()
        .getByTestId('error-note')
        .filter({ hasText: t('errors.field.required') }),
    );
    await shot('07-resolve-required');
    await block(modal(), 'note').locator('textarea').fill('已协调银行完成授信，贷款已发放。');
    await modal().getByTestId('modal-submit').click();
    await modal().waitFor({ state: 'hidden' });

    // 5. The finder hears of it, records the enterprise's feedback and closes it out.
    await beWho('cadre', finder);
    await page.getByTestId('nav-dm').click();
    await conversationShows('已协调银行完成授信，贷款已发放。');
    const finderCard = messageWith(card2, t('issue.button.close_out'));
    await see(finderCard.filter({ hasText: t('issue.status.resolved') }));
    await finderCard.getByRole('button', { name: t('issue.button.close_out'), exact: true }).click();
    await see(modal().getByText(t('issue.form.title.close_out')));
    await block(modal(), 'verdict').getByLabel('满意', { exact: true }).check();
    await block(modal(), 'comment').locator('textarea').fill('企业对办理结果满意。');
    await shot('08-feedback');
    await modal().getByTestId('modal-submit').click();
    await modal().waitFor({ state: 'hidden' });
    const closedCard = page.getByTestId('message').filter({ hasText: card2 }).first();
    await see(closedCard.filter({ hasText: t('issue.status.closed') }));
    expect(await closedCard.innerText()).toContain(`${finder} ${t('issue.history.close_out')}`);
    await shot('09-closed-out');

    // 6. The next morning's digest in the leadership channel, with the figures of the story.
    const digestDay = calendar.addWorkingDays(after, 1);
    expect(await travel('digest', `${digestDay}T08:30`)).toMatch(/1 stored/);
    await page.getByTestId('nav-C0LEADERSHIP').click();
    const digest = page.getByTestId('message').filter({ hasText: t('digest.section.issues') });
    await see(digest);
    const lines = (await digest.last().innerText()).split('\n').map((l) => l.trim());
    const has = (text: string) =>
      expect(
        lines.some((l) => l.endsWith(text)),
        `${text} in\n${lines.join('\n')}`,
      ).toBe(true);
    has(figure('digest.issues.collected', 2));
    has(figure('digest.issues.resolvedOnSpot', 1));
    has(figure('digest.issues.awaitingDispatch', 0));
    has(figure('digest.issues.sentToFunctionGroups', 1));
    has(figure('digest.issues.resolved', 2));
    has(figure('digest.issues.closedOut', 1));
    has(figure('digest.issues.overdue', 0));
    has(figure('digest.issues.satisfaction', '100.0%'));
    has(figure('digest.visits.total', 1));
    await shot('10-digest');

    // 7. And the database agrees with the page.
    const client = new pg.Client({ connectionString: scratch.url });
    await client.connect();
    try {
      const { rows } = await client.query<{
        title: string;
        status: string;
        resolved_on_spot: boolean;
        level: string;
        owner: string | null;
        verdicts: string[] | null;
      }>(
        `SELECT i.title, i.status::text, i.resolved_on_spot, i.level::text, o.name AS owner,
                (SELECT array_agg(f.verdict::text) FROM feedback f WHERE f.issue_id = i.id) AS verdicts
           FROM issues i LEFT JOIN cadres o ON o.id = i.owner_id ORDER BY i.id`,
      );
      expect(rows).toEqual([
        expect.objectContaining({ title: '员工社保缴纳咨询', resolved_on_spot: true }),
        expect.objectContaining({
          title: ISSUE_2,
          status: 'closed',
          resolved_on_spot: false,
          level: 'function_group',
          owner,
          verdicts: ['satisfied'],
        }),
      ]);
      const visits = await client.query<{ mode: string }>('SELECT mode::text FROM visits');
      expect(visits.rows).toEqual([{ mode: 'on_site' }]);
    } finally {
      await client.end();
    }
  }, 180_000);
});
