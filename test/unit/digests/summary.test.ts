import { describe, expect, it } from 'vitest';
import { summarySentence } from '../../../src/domain/digests/index.ts';

const article = {
  collected: 175,
  resolvedOnSpot: 5,
  keptAtServiceLevel: 0,
  awaitingDispatch: 0,
  sentToFunctionGroups: 125,
  sentToCity: 45,
};

describe('summary sentence', () => {
  it('reads like the report in Chinese', () => {
    expect(summarySentence(article, 'zh-CN')).toBe(
      '共收集问题175个，现场解决5个，其余170个中，125个转区服务功能组、45个报市总调度室。',
    );
  });

  it('reads like the report in English', () => {
    expect(summarySentence(article, 'en')).toBe(
      '175 problems collected; 5 resolved on the spot; of the other 170, 125 sent to district function groups and 45 to the city.',
    );
  });

  it('names the problems kept at service level and those waiting for dispatch, leaving out empty parts', () => {
    const figures = {
      ...article,
      collected: 185,
      keptAtServiceLevel: 7,
      awaitingDispatch: 3,
      sentToCity: 45,
    };
    expect(summarySentence(figures, 'en')).toBe(
      '185 problems collected; 5 resolved on the spot; of the other 180, 7 kept at service level, 125 sent to district function groups, 45 to the city and 3 awaiting dispatch.',
    );
    expect(summarySentence(figures, 'zh-CN')).toBe(
      '共收集问题185个，现场解决5个，其余180个中，7个由服务队组自行办理、125个转区服务功能组、45个报市总调度室、3个待调度室分办。',
    );
    const noCity = { ...article, collected: 130, sentToCity: 0 };
    expect(summarySentence(noCity, 'en')).toBe(
      '130 problems collected; 5 resolved on the spot; of the other 125, 125 sent to district function groups.',
    );
  });

  it('handles the first days: nothing yet, one problem, all solved on the spot', () => {
    const none = { ...article, collected: 0, resolvedOnSpot: 0, sentToFunctionGroups: 0, sentToCity: 0 };
    expect(summarySentence(none, 'zh-CN')).toBe('尚未收集到问题。');
    expect(summarySentence(none, 'en')).toBe('No problems collected yet.');
    const one = { ...none, collected: 1, resolvedOnSpot: 1 };
    expect(summarySentence(one, 'en')).toBe('1 problem collected; 1 resolved on the spot.');
    expect(summarySentence(one, 'zh-CN')).toBe('共收集问题1个，现场解决1个。');
  });

  it('groups thousands', () => {
    const big = { ...article, collected: 12_345, sentToFunctionGroups: 12_295 };
    expect(summarySentence(big, 'en')).toContain('12,345 problems collected');
  });
});
