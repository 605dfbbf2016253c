// Whatever a user typed is shown back in mrkdwn as text: `<!channel>`, `<@U123>` or `<http://x|y>` typed
// into a summary must ping nobody and link nowhere. Slack's escaping is exactly these three characters.
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Cuts text to `max` characters (Slack's limits count characters), marking the cut. */
export function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
