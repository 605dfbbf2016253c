import { z } from 'zod';
import { defineTopic } from '../../delivery/topics.ts';

/** Post one stored digest (a DigestEntry row); its handler is ./post-digest.ts. */
export const digestTopic = defineTopic({
  name: 'digest.post',
  payload: z.object({ entryId: z.string().regex(/^[1-9]\d*$/, 'a digest entry id') }),
});

/** The message metadata that marks a digest in the channel, so a resumed send can find it. */
export const DIGEST_EVENT_TYPE = 'zhuqi_digest';
