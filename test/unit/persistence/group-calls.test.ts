// Calls made while one is running go out together when it ends; alone, a call goes at once.
import { describe, expect, it } from 'vitest';
import { groupCalls } from '../../../src/persistence/group-calls.ts';

/** A `send` that records each group and answers only when released. */
function heldSend() {
  const groups: number[][] = [];
  const releases: Array<() => void> = [];
  const send = (items: number[]) => {
    groups.push(items);
    return new Promise<string[]>((resolve) => releases.push(() => resolve(items.map((i) => `#${i}`))));
  };
  const releaseNext = async () => {
    releases.shift()?.();
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { send, groups, releaseNext };
}

describe('groupCalls', () => {
  it('sends a lone call at once, and the calls made meanwhile as one group after it', async () => {
    const { send, groups, releaseNext } = heldSend();
    const call = groupCalls(send);
    const first = call(1);
    expect(groups).toEqual([[1]]);
    const rest = [call(2), call(3), call(4)];
    expect(groups).toEqual([[1]]); // waiting for the first
    await releaseNext();
    expect(groups).toEqual([[1], [2, 3, 4]]);
    await releaseNext();
    expect(await first).toBe('#1');
    expect(await Promise.all(rest)).toEqual(['#2', '#3', '#4']);
    // Idle again: the next call goes at once.
    const later = call(5);
    expect(groups.at(-1)).toEqual([5]);
    await releaseNext();
    expect(await later).toBe('#5');
  });

  it('caps a group at maxGroup, sending the rest next', async () => {
    const { send, groups, releaseNext } = heldSend();
    const call = groupCalls(send, { maxGroup: 2 });
    const all = [1, 2, 3, 4, 5].map((i) => call(i));
    for (let i = 0; i < 4; i++) await releaseNext();
    expect(groups).toEqual([[1], [2, 3], [4, 5]]);
    expect(await Promise.all(all)).toEqual(['#1', '#2', '#3', '#4', '#5']);
  });

  it('fails every call of a failed group, and goes on with the next', async () => {
    let sent = 0;
    const call = groupCalls(async (items: number[]) => {
      sent += 1;
      await new Promise((resolve) => setImmediate(resolve));
      if (sent === 2) throw new Error('connection lost');
      return items.map((i) => i * 10);
    });
    const first = call(1);
    const failed = [call(2), call(3)];
    await expect(first).resolves.toBe(10);
    for (const f of failed) await expect(f).rejects.toThrow('connection lost');
    await expect(call(4)).resolves.toBe(40);
  });

  it('refuses an answer that does not match the group, rather than mixing answers up', async () => {
    const call = groupCalls(async (items: number[]) => items.slice(1));
    await expect(call(1)).rejects.toThrow('answered 0 of 1 items');
  });
});
