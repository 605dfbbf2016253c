// The outbox on real PostgreSQL and Redis with the fake Slack Web API: what a transaction writes is
// relayed and sent once, what it rolls back is never sent, and racing relays never send a row twice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nudgeRelay } from '../../src/delivery/nudge.ts';
import { outboxMessage, writeOutbox } from '../../src/delivery/outbox.ts';
import { claimPending } from '../../src/delivery/outbox-store.ts';
import { relayOutbox } from '../../src/delivery/relay.ts';
import { slackCall } from '../../src/delivery/slack-call.ts';
import { createPrisma } from '../../src/persistence/prisma.ts';
import type { Wiring } from '../../src/wiring.ts';
import {
  type DeliveryHarness,
  eventually,
  outboxRows,
  post,
  startDeliveryHarness,
} from '../support/delivery-harness.ts';

let h: DeliveryHarness;
let web: Wiring;

beforeAll(async () => {
  h = await startDeliveryHarness();
  web = h.wiring();
});
afterAll(async () => {
  await h?.close();
});

const okPosts = () => h.fake.calls('chat.postMessage').filter((c) => c.status === 200 && !c.fault);

describe('claiming outbox rows', () => {
  it('gives each pending row to exactly one of several concurrent claims', async () => {
    await h.submit(...Array.from({ length: 120 }, (_, i) => post('C0CLAIM', `claim ${i}`)));
    // Two connection pools, as two worker processes would have.
    const other = createPrisma(h.db.url, { max: 4 });
    try {
      const claims = await Promise.all(
        Array.from({ length: 6 }, (_, i) => claimPending(i % 2 ? other : h.db.prisma, 25, 60_000)),
      );
      const ids = claims.flat().map((r) => r.id);
      expect(ids).toHaveLength(120);
      expect(new Set(ids).size).toBe(120);
    } finally {
      await other.$disconnect();
    }
    // Not meant to be sent: the workers of the next tests must not see them.
    await h.db.prisma.outboxMessage.deleteMany({});
  });
});

describe('outbox to Slack', () => {
  beforeAll(async () => {
    await h.startWorkers();
  });

  it('registers the relay as a job scheduler running every 2 s', async () => {
    const schedulers = await web.queues.outbox.getJobSchedulers();
    expect(schedulers.map((s) => [s.key, s.every])).toContainEqual(['relay-outbox', 2000]);
  });

  it('relays a message written in a transaction and delivers it once', async () => {
    const started = Date.now();
    await h.submit(post('C0OUT1', 'hello from the outbox'));
    expect(await nudgeRelay(web.queues.outbox)).toBe(true);
    const row = await eventually(async () => {
      const [r] = await outboxRows(h.db);
      return r?.status === 'done' && r;
    });
    expect(row).toMatchObject({ attempts: 0, lastError: null });
    expect(row.doneAt).toBeInstanceOf(Date);
    expect(h.fake.messages('C0OUT1').map((m) => m.text)).toEqual(['hello from the outbox']);
    // The nudge makes it quick; the scheduled relay alone would take up to 2 s.
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('sends nothing for a transaction that rolls back', async () => {
    await expect(
      h.db.prisma.$transaction(async (tx) => {
        await writeOutbox(tx, [post('C0OUT2', 'never sent')]);
        throw new Error('the change was refused');
      }),
    ).rejects.toThrow('the change was refused');
    expect(await h.db.prisma.outboxMessage.count({ where: { dedupeKey: 'test:C0OUT2:never sent' } })).toBe(0);
  });

  it('stores a dedupe key once however often it is written', async () => {
    const message = post('C0OUT3', 'written twice', 'request-42:notify');
    await h.submit(message, message);
    await h.submit(message);
    await nudgeRelay(web.queues.outbox);
    expect(await h.db.prisma.outboxMessage.count({ where: { dedupeKey: 'request-42:notify' } })).toBe(1);
    await eventually(() => h.fake.messages('C0OUT3').length === 1);
  });

  it('checks a payload against its topic when the message is built', () => {
    expect(() => outboxMessage(slackCall, { method: 'not a method', args: {} }, 'bad-method')).toThrow(
      /Web API method/,
    );
    expect(() => post('C0OUT4', 'no key', '')).toThrow(/dedupe key/);
  });

  it('delivers each message exactly once while two worker sets and extra relay runs race', async () => {
    const second = await h.startWorkers();
    const messages = Array.from({ length: 24 }, (_, i) => post(`C0RACE${i % 12}`, `race ${i}`));
    await h.submit(...messages);
    // On top of both schedulers: relay runs started by hand from both processes at the same moment.
    await Promise.all(
      [web, second.wiring, web, second.wiring].map((w) =>
        relayOutbox({ db: w.db, delivery: w.queues.delivery, logger: w.logger }),
      ),
    );
    await eventually(
      async () => (await h.db.prisma.outboxMessage.count({ where: { status: { not: 'done' } } })) === 0,
      15_000,
      'all rows done',
    );
    const texts = okPosts()
      .map((c) => String(c.args.text))
      .filter((t) => t.startsWith('race '));
    expect(texts.sort()).toEqual(
      messages.map((m) => String((m.payload.args as { text: string }).text)).sort(),
    );
  });

  it('enqueues again a relayed row whose job was lost (Redis restarted empty, a relay died)', async () => {
    // What a relay leaves behind when Redis loses the job after the claim: relayed, no job anywhere.
    const { id } = await h.db.prisma.outboxMessage.create({
      data: {
        ...post('C0LOST', 'job lost'),
        status: 'relayed',
        relayedAt: new Date(Date.now() - 60_000),
        availableAt: new Date(Date.now() - 1000),
      },
    });
    await nudgeRelay(web.queues.outbox);
    await eventually(
      async () => (await h.db.prisma.outboxMessage.findUnique({ where: { id } }))?.status === 'done',
    );
    expect(h.fake.messages('C0LOST').map((m) => m.text)).toEqual(['job lost']);
  });

  it('never sent anything twice, even after further relay runs', async () => {
    await nudgeRelay(web.queues.outbox);
    await new Promise((resolve) => setTimeout(resolve, 2500)); // past the next scheduled relay
    const texts = okPosts().map((c) => String(c.args.text));
    expect(texts.length).toBeGreaterThan(0);
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts).not.toContain('never sent');
  });
});
