import { describe, expect, it } from 'vitest';
import { t } from '../../../src/i18n/index.ts';
import { unknownSubcommand } from '../../../src/slack/listeners/commands/zhuqi.ts';
import { TtlLru } from '../../../src/slack/locale/ttl-lru.ts';
import { helpBlocks } from '../../../src/slack/views/help.ts';
import { userText } from '../../../src/slack/views/home/format.ts';

describe('/zhuqi subcommands', () => {
  it.each(['', '  ', 'help', 'HELP', ' help ', '帮助', '?', '？'])('%j asks for help', (text) => {
    expect(unknownSubcommand(text)).toBeUndefined();
  });

  it('hands back anything else, trimmed, for the "no such subcommand" line', () => {
    expect(unknownSubcommand(' report now ')).toBe('report now');
  });

  it('shows what was typed escaped and outside any code span it could break', () => {
    const blocks = helpBlocks('en', { unknownSubcommand: '`<!channel>` & more' });
    expect(blocks[1]).toEqual({
      type: 'context',
      elements: [
        { type: 'mrkdwn', text: t('en', 'help.unknown_subcommand', { text: '&lt;!channel&gt; &amp; more' }) },
      ],
    });
  });

  it('puts the not-in-directory note right under the title', () => {
    const blocks = helpBlocks('zh-CN', { notice: 'NOTE' });
    expect(blocks[1]).toEqual({ type: 'section', text: { type: 'mrkdwn', text: ':warning: NOTE' } });
    expect(blocks).toHaveLength(6);
  });
});

describe('TtlLru', () => {
  it('forgets entries when they expire', () => {
    let now = 0;
    const lru = new TtlLru<string>(10, () => now);
    lru.set('a', 'x', 100);
    now = 99;
    expect(lru.get('a')).toBe('x');
    now = 100;
    expect(lru.get('a')).toBeUndefined();
    expect(lru.size).toBe(0);
  });

  it('evicts the least recently used entry when full', () => {
    const lru = new TtlLru<number>(2, () => 0);
    lru.set('a', 1, 1000);
    lru.set('b', 2, 1000);
    expect(lru.get('a')).toBe(1); // a is now the most recent
    lru.set('c', 3, 1000);
    expect(lru.get('b')).toBeUndefined();
    expect(lru.get('a')).toBe(1);
    expect(lru.get('c')).toBe(3);
  });

  it('refuses a size below one', () => {
    expect(() => new TtlLru(0)).toThrow(RangeError);
  });
});

describe('userText', () => {
  it('escapes, folds white space, and stays within the limit counted after escaping', () => {
    expect(userText('a  <b>\n& c', 50)).toBe('a &lt;b&gt; &amp; c');
    expect(userText('abcdef', 6)).toBe('abcdef');
    expect(userText('abcdefg', 6)).toBe('abcde…');
    expect(userText('&&&&', 12)).toBe('&amp;&amp;…');
    expect(userText('长'.repeat(10), 5)).toBe('长长长长…');
    for (const text of ['<'.repeat(1000), '&x'.repeat(700), '😀'.repeat(300)]) {
      expect([...userText(text, 80)].length).toBeLessThanOrEqual(80);
    }
  });
});
