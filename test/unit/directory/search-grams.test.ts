import { describe, expect, it } from 'vitest';
import { queryGrams, searchGrams } from '../../../src/domain/directory/search-grams.ts';

describe('searchGrams', () => {
  it('holds the unigrams and bigrams of every field, lower-cased, sorted and distinct', () => {
    expect(searchGrams(['春城热力', null, 'AB1'])).toEqual(
      ['1', 'a', 'ab', 'b', 'b1', '城', '城热', '春', '春城', '热', '热力', '力'].sort(),
    );
  });

  it('contains the grams of any substring query, so @> finds 热力 inside the full name', () => {
    const grams = new Set(searchGrams(['长春市春城热力有限公司', '春城热力', '91220102265077345T']));
    for (const query of ['热力', '春城热', '有限公司', '热', '0226', '91220102265077345t']) {
      for (const gram of queryGrams(query)) expect(grams.has(gram), `${query}: ${gram}`).toBe(true);
    }
  });

  it('does not bridge separators: a bigram across a space or bracket is never typed', () => {
    const grams = searchGrams(['长春（南关）热力 公司']);
    expect(grams).not.toContain('春（');
    expect(grams).not.toContain('关）');
    expect(grams).not.toContain('力 ');
    expect(grams).toContain('南关');
  });

  it('counts characters outside the basic plane as one character', () => {
    expect(searchGrams(['𠀀a'])).toEqual(['a', '𠀀', '𠀀a'].sort());
  });

  it('is empty for empty fields', () => {
    expect(searchGrams([null, undefined, '', '  '])).toEqual([]);
  });
});

describe('queryGrams', () => {
  it('is the character itself for a one-character query', () => {
    expect(queryGrams('热')).toEqual(['热']);
  });

  it('is the bigrams for a longer query, lower-cased', () => {
    expect(queryGrams('春城热力')).toEqual(['城热', '春城', '热力'].sort());
    expect(queryGrams(' MA3 ')).toEqual(['a3', 'ma']);
  });

  it('takes every word of a query with spaces', () => {
    expect(queryGrams('热力 公司')).toEqual(['公司', '热力'].sort());
    expect(queryGrams('热 公司')).toEqual(['公司', '热'].sort());
  });

  it('is empty when nothing searchable was typed', () => {
    expect(queryGrams('  ')).toEqual([]);
    expect(queryGrams('（）')).toEqual([]);
  });
});
