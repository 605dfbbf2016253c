// The load generator of scripts/bench/slack-acks.ts, in a worker thread: its event loop only sends
// signed requests and reads the answers, so the latencies it measures are the apps', not those of
// the fake Slack (which serves the apps' Web API calls on the main thread). Trigger ids and
// response URLs come from the fake over the message port, before each request's clock starts.
import { type MessagePort, parentPort, workerData } from 'node:worker_threads';
import { VISIT_ACTIONS, VISIT_BLOCKS, VISIT_CALLBACK } from '../../src/slack/ids/visit.ts';
import { encodeVisitMeta, newVisitMeta } from '../../src/slack/views/visit/metadata.ts';
import type { FakeSlack } from '../../test/support/fake-slack/index.ts';
import { SlackClient } from '../../test/support/slack-client.ts';
import {
  blockSuggestionPayload,
  commandForm,
  viewSubmissionPayload,
} from '../../test/support/slack-payloads.ts';
import { visitValues } from '../../test/support/visit-driver.ts';
import { type Ask, type LoadResult, type LoadSetup, type Phase, phasesOf } from './ack-shared.ts';

const setup = workerData as LoadSetup;
const port = parentPort as MessagePort;

let asked = 0;
const waiting = new Map<number, (value: string) => void>();
port.on('message', (message: { id: number; value: string }) => {
  waiting.get(message.id)?.(message.value);
  waiting.delete(message.id);
});
function ask(question: Ask): Promise<string> {
  asked += 1;
  const id = asked;
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    port.postMessage({ id, ...question });
  });
}

// Payload builders read only the team, the app and user names from the fake.
const fakeLike = { team: setup.team, bot: setup.bot, user: () => undefined } as unknown as FakeSlack;
const clients = {
  bare: new SlackClient(setup.urls.bare, setup.signingSecret, fakeLike),
  zhuqi: new SlackClient(setup.urls.zhuqi, setup.signingSecret, fakeLike),
};
const FORM = 'application/x-www-form-urlencoded';
const refused: Record<string, number> = {};

async function timed(label: string, send: () => Promise<{ status: number }>): Promise<number> {
  const started = performance.now();
  const reply = await send();
  const elapsed = performance.now() - started;
  if (reply.status !== 200) refused[label] = (refused[label] ?? 0) + 1;
  return elapsed;
}

async function load(
  count: number,
  concurrency: number,
  task: (i: number) => Promise<number>,
): Promise<number[]> {
  const latencies: number[] = [];
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      latencies.push(await task(i));
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return latencies;
}

const user = (i: number) => setup.userIds[(i * 7919) % setup.userIds.length] as string;
const words = ['', '热力', '科技', '长春', '', '物流', '食品', ''];

async function command(app: 'bare' | 'zhuqi', i: number): Promise<number> {
  const userId = user(i);
  const [triggerId, responseUrl] = await Promise.all([
    ask({ ask: 'trigger', userId }),
    ask({ ask: 'responseUrl', userId }),
  ]);
  const form = commandForm(
    fakeLike,
    '/visit',
    { userId, text: words[i % words.length] },
    triggerId,
    responseUrl,
  );
  const body = new URLSearchParams(form).toString();
  return timed(`${app} /visit`, () => clients[app].post(body, FORM));
}

// Each submission a new view, cadre and firm: no replay and no double-entry question, so every one
// writes a visit (and every other one a problem kept at the cadre's level).
let serial = 0;
async function submit(app: 'bare' | 'zhuqi', i: number): Promise<number> {
  serial += 1;
  const withProblem = serial % 2 === 0;
  // As /visit opened it: in the user's language (the fake's users are all zh-CN).
  const meta = { ...newVisitMeta('', 'zh-CN'), slots: withProblem ? [1] : [], nextSlot: 2 };
  const view = {
    id: `VBENCH${serial}`,
    callback_id: VISIT_CALLBACK,
    type: 'modal',
    hash: `h${serial}`,
    private_metadata: encodeVisitMeta(meta),
    blocks: [],
  };
  const userId = user(i + serial);
  const state = visitValues({
    enterpriseId: setup.enterpriseIds[serial % setup.enterpriseIds.length] ?? 1,
    date: setup.today,
    mode: 'on_site',
    summary: `第 ${serial} 次走访：企业生产经营正常，介绍了供热补贴政策。`,
    ...(withProblem
      ? { issues: { 1: { title: '用工缺口', category: 'labour_hiring', outcome: 'keep' } } }
      : {}),
  });
  const triggerId = await ask({ ask: 'trigger', userId });
  const body = new URLSearchParams({
    payload: JSON.stringify(viewSubmissionPayload(fakeLike, view, state, userId, triggerId)),
  }).toString();
  return timed(`${app} submission`, () => clients[app].post(body, FORM));
}

const phases: Record<Phase, (i: number) => Promise<number>> = {
  'bare /visit': (i) => command('bare', i),
  'zhuqi /visit': (i) => command('zhuqi', i),
  'bare submission': (i) => submit('bare', i),
  'zhuqi submission': (i) => submit('zhuqi', i),
};

/** Requests `first`… (`size` of them, at most up to `count`) sent at once; answered, then settled. */
async function burst(first: number, size: number, count: number, phase: Phase) {
  const ids = Array.from({ length: Math.min(size, count - first) }, (_, k) => first + k);
  await ask({ ask: 'begin', phase: `burst ${phase}` });
  const latencies = await Promise.all(ids.map(phases[phase]));
  await ask({ ask: 'settle' });
  await ask({ ask: 'end', phase: `burst ${phase}` });
  return latencies;
}

async function main(): Promise<LoadResult> {
  const { requests, rounds, concurrency } = setup;
  const PHASES = phasesOf(setup.kinds);
  // Warm-up (connections, JIT), gently then at full load; not counted.
  for (const phase of PHASES) await load(20, 2, phases[phase]);
  for (const phase of PHASES) await load(concurrency, concurrency, phases[phase]);
  await ask({ ask: 'settle' });
  for (const key of Object.keys(refused)) delete refused[key];

  const empty = () =>
    Object.fromEntries(phasesOf(['/visit', 'submission']).map((p) => [p, [] as number[]])) as Record<
      Phase,
      number[]
    >;
  const samples: LoadResult['samples'] = { burst: empty(), sustained: empty() };
  for (let round = 1; round <= rounds; round++) {
    // Alternating which app goes first cancels slow drift of the machine between phases.
    const order = round % 2 === 1 ? PHASES : [...PHASES].reverse();
    // Bursts: the apps take turns burst by burst (who goes first alternating too), so that each app's
    // bursts meet the same machine as the other's — PostgreSQL's autovacuum, the workers' backlog, a
    // slow spell of the host — rather than one phase catching them all.
    for (let first = 0, n = 0; first < requests; first += concurrency, n++) {
      for (const phase of n % 2 === 0 ? order : [...order].reverse()) {
        samples.burst[phase].push(...(await burst(first, concurrency, requests, phase)));
      }
    }
    for (const phase of order) {
      await ask({ ask: 'begin', phase: `sustained ${phase}` });
      samples.sustained[phase].push(...(await load(requests, concurrency, phases[phase])));
      // The /visit listener goes on after its ack (views.open, the pre-fill): let it finish first.
      await ask({ ask: 'settle' });
      await ask({ ask: 'end', phase: `sustained ${phase}` });
    }
  }

  // Typeahead: one request at a time, each query twice.
  const search: Record<string, number[]> = {};
  for (const { kind, query } of setup.search ? [...setup.queries, ...setup.queries] : []) {
    const payload = blockSuggestionPayload(fakeLike, {
      userId: user(query.length),
      actionId: VISIT_ACTIONS.enterprise,
      blockId: VISIT_BLOCKS.enterprise,
      value: query,
    });
    const latency = await timed('search', () => clients.zhuqi.interaction(payload));
    search[kind] = [...(search[kind] ?? []), latency];
  }
  return { samples, search, refused };
}

port.postMessage({ done: await main() });
