import type { SlackBody } from '../types.ts';

/** One validation failure at a JSON pointer into the request, worded like Slack's. */
export interface Problem {
  pointer: string;
  message: string;
}

export const tooLong = (pointer: string, max: number): Problem => ({
  pointer,
  message: `must be less than ${max + 1} characters`,
});

export const tooMany = (pointer: string, max: number): Problem => ({
  pointer,
  message: `no more than ${max} items allowed`,
});

const line = (p: Problem) => `${p.message} [json-pointer:${p.pointer}]`;

/** chat.* refusal: Slack lists the problems in `errors` and again, prefixed, in response_metadata. */
export function invalidBlocks(problems: Problem[]): SlackBody {
  return {
    ok: false,
    error: 'invalid_blocks',
    errors: problems.map(line),
    response_metadata: { messages: problems.map((p) => `[ERROR] ${line(p)}`) },
  };
}

/** views.* refusal: Slack answers invalid_arguments with the problems in response_metadata.messages. */
export function invalidArguments(problems: Problem[]): SlackBody {
  return {
    ok: false,
    error: 'invalid_arguments',
    response_metadata: { messages: problems.map((p) => `[ERROR] ${line(p)}`) },
  };
}
