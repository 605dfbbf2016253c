import { describe, expect, it } from 'vitest';
import { escapeMrkdwn, truncate } from '../../src/slack/views/escape.ts';

describe('escapeMrkdwn', () => {
  it('turns mentions, channel pings and links into plain text', () => {
    expect(escapeMrkdwn('<!channel> ask <@U123> at <http://evil|bank> & co')).toBe(
      '&lt;!channel&gt; ask &lt;@U123&gt; at &lt;http://evil|bank&gt; &amp; co',
    );
  });

  it('leaves Chinese text and ordinary punctuation alone', () => {
    expect(escapeMrkdwn('长春市春城热力有限公司：供热管网改造（一期）')).toBe(
      '长春市春城热力有限公司：供热管网改造（一期）',
    );
  });
});

describe('truncate', () => {
  it('counts characters, not UTF-16 units', () => {
    expect(truncate('热力公司', 4)).toBe('热力公司');
    expect(truncate('热力公司有限', 4)).toBe('热力公…');
  });
});
