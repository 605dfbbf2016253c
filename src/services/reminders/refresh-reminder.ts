// Redraws a sent reminder message after one of its buttons changed an issue (snoozed, enterprise
// informed): the line shows how it stands now instead of its buttons. Safe to repeat: it
// draws the present state each time.
import type { z } from 'zod';
import type { TopicHandler } from '../../delivery/topics.ts';
import { fromDbDate } from '../../persistence/dates.ts';
import { reminderMessage } from '../../slack/views/reminders/reminder-message.ts';
import { buildReminderModel } from './reminder-model.ts';
import type { reminderRefresh } from './reminder-topics.ts';

export const refreshReminderMessage: TopicHandler<z.output<typeof reminderRefresh.payload>> = async (
  payload,
  deps,
) => {
  const message = await deps.db.reminderMessage.findUnique({
    where: { id: BigInt(payload.messageId) },
    select: { recipientId: true, localDate: true, status: true, channelId: true, ts: true },
  });
  if (message?.status !== 'sent' || !message.channelId || !message.ts) return;
  const built = await buildReminderModel(deps.db, {
    recipientId: message.recipientId,
    localDate: fromDbDate(message.localDate),
    now: new Date(payload.at),
    timeZone: deps.config.timeZone,
    fallbackLocale: deps.config.locale,
  });
  if (!built) return;
  const rendered = reminderMessage(built.model);
  await deps.slack.update({
    channel: message.channelId,
    ts: message.ts,
    text: rendered.text,
    blocks: rendered.blocks,
  });
};
