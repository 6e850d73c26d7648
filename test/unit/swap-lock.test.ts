import { describe, expect, it } from 'vitest';
import { SwapLock } from '../../electron/core/swap-lock';

const tick = (ms = 5) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the database swap lock', () => {
  it('runs ordinary calls together, a swap alone after them, and later calls after the swap', async () => {
    const lock = new SwapLock();
    const events: string[] = [];
    const call = (name: string, ms: number) =>
      lock.shared(async () => {
        events.push(`${name} start`);
        await tick(ms);
        events.push(`${name} end`);
      });
    const first = call('a', 20);
    const second = call('b', 10);
    await tick(1);
    const swap = lock.exclusive(async () => {
      events.push('swap start');
      await tick(10);
      events.push('swap end');
    });
    await tick(1);
    const after = call('c', 1);
    await Promise.all([first, second, swap, after]);
    expect(events).toEqual(['a start', 'b start', 'b end', 'a end', 'swap start', 'swap end', 'c start', 'c end']);
  });

  it('releases the lock when the swap fails', async () => {
    const lock = new SwapLock();
    await expect(lock.exclusive(async () => Promise.reject(new Error('disk full')))).rejects.toThrow('disk full');
    expect(await lock.shared(async () => 'still works')).toBe('still works');
  });
});
