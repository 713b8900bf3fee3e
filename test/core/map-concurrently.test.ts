import { describe, expect, it } from 'vitest';
import { mapConcurrently } from '../../src/core/map-concurrently.js';

describe('mapConcurrently', () => {
  it('gives the outcomes in the items’ order, never runs more than the bound at once, and runs every item when one fails', async () => {
    let running = 0;
    let most = 0;
    const started: number[] = [];
    // Later items finish first: the outcomes must still be in item order.
    const outcomes = await mapConcurrently([5, 4, 3, 2, 1, 0], 3, async (item) => {
      started.push(item);
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, item * 5));
      running -= 1;
      if (item === 2) throw new Error('item 2 failed');
      return item * 10;
    });
    expect(most).toBe(3);
    expect(started).toEqual([5, 4, 3, 2, 1, 0]);
    expect(outcomes.map((outcome) => (outcome.status === 'fulfilled' ? outcome.value : (outcome.reason as Error).message))).toEqual([50, 40, 30, 'item 2 failed', 10, 0]);
  });

  it('runs one at a time with a bound of 1, and returns nothing for no items', async () => {
    let running = 0;
    let most = 0;
    await mapConcurrently([1, 2, 3], 1, async () => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 2));
      running -= 1;
    });
    expect(most).toBe(1);
    expect(await mapConcurrently([], 4, async () => 1)).toEqual([]);
  });
});
