import { describe, expect, it } from 'vitest';
import { catalogs, t, toLocale } from '../../src/i18n/index.ts';

describe('i18n catalogs', () => {
  it('have exactly the same keys in every language', () => {
    const [reference, ...others] = Object.values(catalogs).map((c) => Object.keys(c).sort());
    for (const keys of others) expect(keys).toEqual(reference);
  });

  it('have no empty message and the same placeholders in every language', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(catalogs['zh-CN']) as (keyof (typeof catalogs)['en'])[]) {
      expect(catalogs.en[key].trim(), key).not.toBe('');
      expect(catalogs['zh-CN'][key].trim(), key).not.toBe('');
      expect(placeholders(catalogs.en[key]), key).toEqual(placeholders(catalogs['zh-CN'][key]));
    }
  });

  it('maps Slack locales onto the shipped ones', () => {
    expect(toLocale('zh-CN', 'en')).toBe('zh-CN');
    expect(toLocale('zh-TW', 'en')).toBe('zh-CN');
    expect(toLocale('en-GB', 'zh-CN')).toBe('en');
    expect(toLocale('ja-JP', 'zh-CN')).toBe('zh-CN');
    expect(toLocale(undefined, 'en')).toBe('en');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('en', 'help.title')).toBe('zhuqi commands');
    expect(t('zh-CN', 'help.title')).toBe('助企 命令');
  });
});
