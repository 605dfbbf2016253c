// `slack.call`: one raw Web API call. For simple sends that need no rendering at delivery time (the
// writer already knows the channel and the text), and for tests of the delivery path itself.
import { z } from 'zod';
import { defineTopic, type TopicHandler } from './topics.ts';

export const slackCall = defineTopic({
  name: 'slack.call',
  payload: z.object({
    /** A Web API method, e.g. `chat.postMessage`. */
    method: z.string().regex(/^[a-z]+(\.[a-zA-Z]+)+$/, 'a Web API method such as chat.postMessage'),
    args: z.record(z.string(), z.unknown()),
  }),
});

export const sendSlackCall: TopicHandler<z.output<typeof slackCall.payload>> = async (
  { method, args },
  deps,
) => {
  await deps.slack.call(method, args);
};
