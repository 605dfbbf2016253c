// The fake Slack Web API became the local sandbox's Slack stand-in (issue 5); tests keep importing it here.
export * from '../../../src/sandbox/slack-api/index.ts';
