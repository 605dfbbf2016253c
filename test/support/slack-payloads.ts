// Slack's payload builders moved to the sandbox, which sends the same payloads; tests import them here.
export * from '../../src/sandbox/slack-payloads.ts';
