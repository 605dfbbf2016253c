// Public surface of the Slack stand-in: a local Slack Web API for the sandbox (npm start without credentials) and the tests.

export { LIMITS } from './rules/limits.ts';
export { FakeSlack, type FakeSlackOptions, startFakeSlack } from './server.ts';
export type { StoredFile } from './state/files.ts';
export type { StoredEphemeral, StoredMessage } from './state/messages.ts';
export type { ResponseTarget } from './state/response-urls.ts';
export type { IssueTriggerOptions, TriggerError } from './state/triggers.ts';
export type { ViewSubmissionAck } from './state/view-submission.ts';
export { type StoredView, VIEW_STACK_LIMIT } from './state/views.ts';
export type { FakeBot, FakeTeam, FakeUser, Fault, RecordedCall, SlackArgs, SlackBody } from './types.ts';
