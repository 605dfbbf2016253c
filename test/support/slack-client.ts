// The signed-request client moved to the sandbox, which sends the same requests; tests import it here.
export * from '../../src/sandbox/slack-client.ts';
