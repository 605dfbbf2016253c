// Shared shapes of the Slack stand-in (the local sandbox's Web API, also used by the tests).

/** Arguments of a Web API call after parsing: form fields, JSON body and JSON-encoded fields merged. */
export type SlackArgs = Record<string, unknown>;

/** What Slack answers: always an object with `ok`, plus whatever the method returns. */
export type SlackBody = { ok: boolean; error?: string } & Record<string, unknown>;

/** One request the fake received, kept for assertions. */
export interface RecordedCall {
  /** Web API method (`chat.postMessage`), or a pseudo-method: `response_url`, `file_upload`. */
  method: string;
  /** Request path, e.g. `/api/chat.postMessage` or `/response/12ab`. */
  path: string;
  /** Parsed arguments, without the token. */
  args: SlackArgs;
  /** The bearer token (or `token` argument) the caller sent, if any. */
  token?: string;
  /** Fake clock time (epoch ms) when the request arrived. */
  at: number;
  /** HTTP status the fake answered. */
  status: number;
  /** The body the fake answered (parsed JSON, or text for upload/response endpoints). */
  response: SlackBody | string;
  /** The injected fault that produced this answer, if one did. */
  fault?: Fault;
}

/** A failure to inject on the next call(s) of a method; see FakeSlack.failNext. */
export type Fault =
  | { status: 429; retryAfter?: number }
  | { status: 500 | 502 | 503 }
  | { error: string; status?: undefined };

/** A user of the fake workspace, as users.info describes them. */
export interface FakeUser {
  id: string;
  name: string;
  realName?: string;
  /** IANA zone, e.g. `Asia/Shanghai`. */
  tz?: string;
  /** Slack locale, e.g. `zh-CN` or `en-US`; users.info returns it only with include_locale=true. */
  locale?: string;
  email?: string;
  isBot?: boolean;
  deleted?: boolean;
}

export interface FakeTeam {
  id: string;
  name: string;
  domain: string;
}

/** The app's own identity in the fake workspace (what auth.test answers). */
export interface FakeBot {
  userId: string;
  botId: string;
  appId: string;
  name: string;
}
