import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HandlerContext } from './handlers/context.ts';
import { METHODS, UNAUTHENTICATED } from './handlers/index.ts';
import { BodyError, parseArgs, readRaw, tokenOf } from './http/body.ts';
import { receiveResponse } from './http/response-url.ts';
import { receiveUpload } from './http/upload.ts';
import { answerFor, FaultPlan } from './state/faults.ts';
import type { StoredFile } from './state/files.ts';
import type { StoredEphemeral, StoredMessage } from './state/messages.ts';
import { CallRecorder } from './state/recorder.ts';
import type { ResponseTarget } from './state/response-urls.ts';
import type { IssueTriggerOptions } from './state/triggers.ts';
import { applyViewSubmissionAck } from './state/view-submission.ts';
import type { StoredView } from './state/views.ts';
import { Workspace } from './state/workspace.ts';
import type { FakeBot, FakeTeam, FakeUser, Fault, RecordedCall, SlackArgs, SlackBody } from './types.ts';

export interface FakeSlackOptions {
  host?: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** Tokens accepted as bearer tokens; when empty, any `xox…` token is accepted. */
  tokens?: string[];
  users?: FakeUser[];
  team?: Partial<FakeTeam>;
  bot?: Partial<FakeBot>;
  /** Clock for trigger expiry, timestamps and recorded times; defaults to Date.now. */
  now?: () => number;
  /** Slack's trigger_id lifetime, 3 s. */
  triggerLifetimeMs?: number;
}

interface Answer {
  status: number;
  headers?: Record<string, string>;
  body: SlackBody | string;
}

/**
 * A local stand-in for Slack's Web API over real HTTP: Bolt's WebClient talks to it through `slackApiUrl`.
 * It answers like Slack (shapes and error names), keeps the workspace's state, enforces platform limits,
 * records every call and can be told to fail the next calls of a method.
 */
export class FakeSlack {
  readonly workspace: Workspace;
  private readonly recorder = new CallRecorder();
  private readonly faults = new FaultPlan();
  private readonly tokens: Set<string>;
  private readonly now: () => number;
  private server: Server | undefined;
  private boundOrigin: string | undefined;
  /** Methods whose answers are kept back (holdAnswers), each until its gate opens. */
  private readonly heldAnswers = new Map<string, Promise<void>>();

  constructor(private readonly options: FakeSlackOptions = {}) {
    this.now = options.now ?? Date.now;
    const team: FakeTeam = {
      id: 'T0FAKE0001',
      name: 'Zhuqi Sandbox',
      domain: 'zhuqi-sandbox',
      ...options.team,
    };
    const bot: FakeBot = {
      userId: 'U0ZHUQIBOT',
      botId: 'B0ZHUQIBOT',
      appId: 'A0ZHUQIAPP',
      name: 'zhuqi',
      ...options.bot,
    };
    this.workspace = new Workspace(team, bot, this.now, options.triggerLifetimeMs ?? 3000);
    this.tokens = new Set(options.tokens ?? []);
    for (const user of options.users ?? []) this.workspace.directory.add(user);
  }

  /** `http://127.0.0.1:PORT`. */
  get origin(): string {
    if (!this.boundOrigin) throw new Error('fake Slack is not started');
    return this.boundOrigin;
  }

  /** The Web API base URL to give Bolt as `slackApiUrl` (ends with `/api/`). */
  get url(): string {
    return `${this.origin}/api/`;
  }

  get team(): FakeTeam {
    return this.workspace.team;
  }

  get bot(): FakeBot {
    return this.workspace.bot;
  }

  async start(): Promise<this> {
    const server = createServer((req, res) => {
      this.handle(req, res).catch((err: unknown) => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(String(err));
      });
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.options.port ?? 0, this.options.host ?? '127.0.0.1', () => resolve());
    });
    const { address, port } = server.address() as AddressInfo;
    this.server = server;
    this.boundOrigin = `http://${address.includes(':') ? `[${address}]` : address}:${port}`;
    return this;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  // ---- recorded calls -------------------------------------------------------------------------------

  calls(method?: string): RecordedCall[] {
    return this.recorder.calls(method);
  }

  lastCall(method: string): RecordedCall | undefined {
    return this.recorder.lastCall(method);
  }

  waitForCall(
    method: string,
    predicate?: (call: RecordedCall) => boolean,
    timeoutMs?: number,
  ): Promise<RecordedCall> {
    return this.recorder.waitForCall(method, predicate, timeoutMs);
  }

  /**
   * Calls of `method` are carried out at once (the message is posted, the call recorded) but their
   * answers are kept back until the returned function is called: a caller killed meanwhile never
   * learns that Slack did what it asked.
   */
  holdAnswers(method: string): () => void {
    let release = () => {};
    this.heldAnswers.set(method, new Promise<void>((resolve) => (release = resolve)));
    return () => {
      this.heldAnswers.delete(method);
      release();
    };
  }

  /** Forgets recorded calls and queued faults (workspace state stays; see clearState). */
  reset(): void {
    this.recorder.reset();
    this.faults.reset();
  }

  /** Forgets messages, views, files, triggers and response URLs; users and identity stay. */
  clearState(): void {
    this.workspace.clear();
  }

  /**
   * The next `times` calls of `method` fail: `{ status: 429, retryAfter }` (with a Retry-After header),
   * `{ status: 500 }`, or `{ error: 'channel_not_found' }` (ok:false on HTTP 200). `response_url` works too.
   */
  failNext(method: string, fault: Fault, times = 1): void {
    this.faults.failNext(method, fault, times);
  }

  // ---- what Slack would hand to an app in inbound payloads --------------------------------------------

  /** A trigger_id as Slack puts in a command or interaction: valid 3 s, exchangeable once. */
  issueTriggerId(options: IssueTriggerOptions = {}): string {
    return this.workspace.triggers.issue(options);
  }

  /** A response_url served by this fake (`/response/:id`), tied to where the interaction happened. */
  issueResponseUrl(target: ResponseTarget): string {
    return `${this.origin}/response/${this.workspace.responseUrls.issue(target)}`;
  }

  acceptToken(token: string): void {
    this.tokens.add(token);
  }

  addUser(user: FakeUser): FakeUser {
    return this.workspace.directory.add(user);
  }

  user(id: string): FakeUser | undefined {
    return this.workspace.directory.get(id);
  }

  // ---- workspace state, for assertions ---------------------------------------------------------------

  messages(channel: string): StoredMessage[] {
    return this.workspace.messages.in(this.workspace.directory.resolveChannel(channel));
  }

  message(channel: string, ts: string): StoredMessage | undefined {
    return this.workspace.messages.find(this.workspace.directory.resolveChannel(channel), ts);
  }

  ephemerals(filter: { channel?: string; user?: string } = {}): StoredEphemeral[] {
    return this.workspace.messages.ephemerals.filter(
      (e) => (!filter.channel || e.channel === filter.channel) && (!filter.user || e.user === filter.user),
    );
  }

  /** The app's DM channel with a user (what conversations.open answers). */
  dmChannel(userId: string): string {
    return this.workspace.directory.dmChannel([userId]);
  }

  view(id: string): StoredView | undefined {
    return this.workspace.views.get(id);
  }

  isViewOpen(id: string): boolean {
    return this.workspace.views.isOpen(id);
  }

  /** The open modal stack holding `viewId`, bottom to top. */
  viewStack(viewId: string): StoredView[] {
    return this.workspace.views.stackOf(viewId);
  }

  topModal(userId: string): StoredView | undefined {
    return this.workspace.views.topModalOf(userId);
  }

  homeView(userId: string): StoredView | undefined {
    return this.workspace.views.homeOf(userId);
  }

  file(id: string): StoredFile | undefined {
    return this.workspace.files.get(id);
  }

  /** Applies an app's ack to a view_submission the way Slack would (close, update, push, clear, errors). */
  applyViewSubmissionAck(viewId: string, ack: unknown): SlackBody | undefined {
    return applyViewSubmissionAck(this.workspace, viewId, ack);
  }

  /** The user closed the modal (view_closed): the top view, or the whole stack with `all`. */
  closeView(viewId: string, all = false): void {
    this.workspace.views.close(viewId, all);
  }

  // ---- HTTP ------------------------------------------------------------------------------------------

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.origin);
    const [, root, rest] = url.pathname.split('/', 3);
    const raw = await readRaw(req);
    const at = this.now();

    if (root === 'api' && rest) {
      const answer = await this.api(rest, req, raw, url, at);
      await this.heldAnswers.get(rest);
      return this.send(res, answer);
    }
    if (req.method === 'POST' && root === 'upload' && rest) {
      const answer = await receiveUpload(this.workspace, rest, req, raw);
      this.record({
        method: 'file_upload',
        path: url.pathname,
        args: answer.args,
        at,
        status: answer.status,
        response: answer.text,
      });
      return this.send(res, { status: answer.status, body: answer.text });
    }
    if (req.method === 'POST' && root === 'response' && rest) {
      return this.send(res, await this.responseUrl(rest, req, raw, url, at));
    }
    if (url.pathname === '/healthz') return this.send(res, { status: 200, body: { ok: true } });
    return this.send(res, { status: 404, body: 'not_found' });
  }

  private async api(
    method: string,
    req: IncomingMessage,
    raw: Buffer,
    url: URL,
    at: number,
  ): Promise<Answer> {
    let args: SlackArgs = {};
    try {
      args = await parseArgs(req, raw, url.searchParams);
    } catch (err) {
      if (!(err instanceof BodyError)) throw err;
      const answer: Answer = { status: 200, body: { ok: false, error: err.message } };
      this.record({ method, path: url.pathname, args, at, status: answer.status, response: answer.body });
      return answer;
    }
    const token = tokenOf(req, args);
    delete args.token;

    const { answer, fault } = this.decide(method, token, args);
    this.record({
      method,
      path: url.pathname,
      args,
      token,
      at,
      status: answer.status,
      response: answer.body,
      fault,
    });
    return answer;
  }

  /** Slack's order: unknown method, then authentication, then rate limits (injected faults), then the method. */
  private decide(
    method: string,
    token: string | undefined,
    args: SlackArgs,
  ): { answer: Answer; fault?: Fault } {
    if (!METHODS[method]) {
      return { answer: { status: 200, body: { ok: false, error: 'unknown_method', req_method: method } } };
    }
    const open = UNAUTHENTICATED.has(method);
    if (!open && !token) return { answer: { status: 200, body: { ok: false, error: 'not_authed' } } };
    if (!open && !this.accepts(token as string)) {
      return { answer: { status: 200, body: { ok: false, error: 'invalid_auth' } } };
    }
    const fault = this.faults.take(method);
    if (fault) return { answer: answerFor(fault), fault };
    return { answer: { status: 200, body: this.run(method, args) } };
  }

  private run(method: string, args: SlackArgs): SlackBody {
    const ctx: HandlerContext = { ws: this.workspace, origin: this.origin };
    try {
      return (METHODS[method] as NonNullable<(typeof METHODS)[string]>)(args, ctx);
    } catch (err) {
      // A bug in the stand-in must fail fast (a test, a sandbox click), not send the WebClient into its 30-minute retry loop.
      return { ok: false, error: 'fatal_error', detail: String(err) };
    }
  }

  private async responseUrl(
    id: string,
    req: IncomingMessage,
    raw: Buffer,
    url: URL,
    at: number,
  ): Promise<Answer> {
    let args: SlackArgs = {};
    let answer: Answer;
    const fault = this.faults.take('response_url');
    try {
      args = await parseArgs(req, raw, new URLSearchParams());
      if (typeof args.payload === 'string') args = JSON.parse(args.payload) as SlackArgs;
      answer = fault ? answerFor(fault) : receiveResponse(this.workspace, id, args);
    } catch (err) {
      if (!(err instanceof BodyError)) throw err;
      answer = { status: 400, body: err.message };
    }
    this.record({
      method: 'response_url',
      path: url.pathname,
      args,
      at,
      status: answer.status,
      response: answer.body,
      fault,
    });
    return answer;
  }

  private accepts(token: string): boolean {
    return this.tokens.size === 0 ? token.startsWith('xox') : this.tokens.has(token);
  }

  private record(call: RecordedCall): void {
    if (call.fault === undefined) delete call.fault;
    if (call.token === undefined) delete call.token;
    this.recorder.record(call);
  }

  private send(res: ServerResponse, answer: Answer): void {
    const isText = typeof answer.body === 'string';
    res.writeHead(answer.status, {
      'content-type': isText ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8',
      ...answer.headers,
    });
    res.end(isText ? answer.body : JSON.stringify(answer.body));
  }
}

/** Creates and starts a fake Slack Web API on 127.0.0.1 and a free port. */
export async function startFakeSlack(options: FakeSlackOptions = {}): Promise<FakeSlack> {
  return new FakeSlack(options).start();
}
