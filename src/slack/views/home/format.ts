// Small formatters shared by the Home sections. Whatever a user typed (titles, summaries, reasons) or
// an import carried (names) goes through `userText`, so nobody's text can ping `<!channel>` from a
// Home tab, and no text object can outgrow Slack's 3,000 characters however much of it needs escaping.
import { type Locale, t } from '../../../i18n/index.ts';
import { escapeMrkdwn } from '../escape.ts';

/**
 * The text escaped for mrkdwn and at most `max` characters long *after* escaping (an `&` costs five),
 * cut between characters, never inside an `&amp;`, and marked with "…" when cut. Runs of white space
 * become one space: a Home row is one line.
 */
export function userText(text: string, max: number): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  let out = '';
  let length = 0;
  for (const [i, char] of chars.entries()) {
    const piece = escapeMrkdwn(char);
    const cost = piece === char ? 1 : piece.length;
    // Keep room for the "…" unless this is the last character.
    const room = i === chars.length - 1 ? max : max - 1;
    if (length + cost > room) return `${out}…`;
    out += piece;
    length += cost;
  }
  return out;
}

/** "87.5%", or "—" when there is nothing to divide by. */
export function percent(part: number, whole: number): string {
  if (whole <= 0) return '—';
  const value = Math.round((part / whole) * 1000) / 10;
  return `${value}%`;
}

/** The enterprise or project an issue belongs to. */
export function subjectText(locale: Locale, subject: string | null): string {
  return subject === null ? t(locale, 'home.issue.no_subject') : userText(subject, 80);
}

/** "*#12* Title": the issue number users quote, then its (escaped) title. */
export function issueHeadline(id: number, title: string): string {
  return `*#${id}* ${userText(title, 150)}`;
}

/** A section row with one button on the right, the shape of every issue row. */
export function rowWithButton(text: string, button: { actionId: string; label: string; value: string }) {
  return {
    type: 'section' as const,
    text: { type: 'mrkdwn' as const, text },
    accessory: {
      type: 'button' as const,
      action_id: button.actionId,
      text: { type: 'plain_text' as const, text: button.label },
      value: button.value,
    },
  };
}
