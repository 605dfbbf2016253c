import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, missingSlackVariables } from '../../src/config/config.ts';

describe('loadConfig', () => {
  it('gives local defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config.databaseUrl).toBe('postgresql://postgres@127.0.0.1:5432/zhuqi');
    expect(config.redisUrl).toBe('redis://127.0.0.1:6379');
    expect(config.http.port).toBe(3000);
    expect(config.timeZone).toBe('Asia/Shanghai');
    expect(config.locale).toBe('zh-CN');
    expect(config.logLevel).toBe('info');
    expect(missingSlackVariables(config)).toEqual(['SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET']);
  });

  it('reads every variable', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://u:p@db:5433/z',
      REDIS_URL: 'redis://cache:6380',
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_SIGNING_SECRET: 'secret',
      SLACK_APP_TOKEN: 'xapp-1',
      SLACK_API_URL: 'http://127.0.0.1:9999/api/',
      PORT: '8080',
      APP_TIMEZONE: 'Europe/Berlin',
      APP_LOCALE: 'en',
      LOG_LEVEL: 'debug',
    });
    expect(config.slack).toEqual({
      botToken: 'xoxb-1',
      signingSecret: 'secret',
      appToken: 'xapp-1',
      apiUrl: 'http://127.0.0.1:9999/api/',
    });
    expect(config.http.port).toBe(8080);
    expect(config.timeZone).toBe('Europe/Berlin');
    expect(config.locale).toBe('en');
    expect(missingSlackVariables(config)).toEqual([]);
  });

  it('treats empty strings as unset', () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: '', SLACK_API_URL: '' }).slack.botToken).toBeUndefined();
  });

  it.each([
    ['PORT', 'abc', /PORT: expected a port number/],
    ['PORT', '70000', /PORT: expected a port number/],
    ['DATABASE_URL', 'mysql://x', /DATABASE_URL: expected a postgresql:\/\/ URL/],
    ['REDIS_URL', 'http://x', /REDIS_URL: expected a redis:\/\/ URL/],
    ['SLACK_BOT_TOKEN', 'xoxp-user', /SLACK_BOT_TOKEN: expected a bot token starting with xoxb-/],
    ['APP_TIMEZONE', 'Mars/Base', /APP_TIMEZONE: expected an IANA time zone/],
    ['APP_LOCALE', 'fr', /APP_LOCALE: expected zh-CN or en/],
    ['LOG_LEVEL', 'loud', /LOG_LEVEL: expected one of/],
  ])('names %s when it is %s', (variable, value, message) => {
    expect(() => loadConfig({ [variable]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [variable]: value })).toThrow(message);
  });
});
