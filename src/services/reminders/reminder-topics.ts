// What the reminder feature hands to the outbox: the day's message to send, and a sent message to
// redraw after one of its buttons changed an issue. Handlers: ./send-reminder.ts, ./refresh-reminder.ts.
import { z } from 'zod';
import { defineTopic } from '../../delivery/topics.ts';

const messageId = z.string().regex(/^[1-9]\d*$/, 'a reminder message id');

export const reminderSend = defineTopic({
  name: 'reminder.send',
  payload: z.object({
    messageId,
    /** The sweep's instant: the message's day and working hours are judged on its timeline. */
    at: z.iso.datetime({ offset: true }),
  }),
});

export const reminderRefresh = defineTopic({
  name: 'reminder.refresh',
  payload: z.object({
    messageId,
    /** When the button was pressed: snoozes are drawn as they stand then. */
    at: z.iso.datetime({ offset: true }),
  }),
});
