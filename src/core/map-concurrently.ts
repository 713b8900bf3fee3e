/** Running async work over a list with a bound on how much runs at once. */

/**
 * `work` on each item, at most `concurrency` at a time, started in order; the outcomes in the
 * items' order. Every item runs even when one fails.
 */
export async function mapConcurrently<T, R>(items: readonly T[], concurrency: number, work: (item: T) => Promise<R>): Promise<PromiseSettledResult<R>[]> {
  const outcomes: PromiseSettledResult<R>[] = new Array(items.length);
  let next = 0;
  const drainQueue = async () => {
    while (next < items.length) {
      const position = next;
      next += 1;
      try {
        outcomes[position] = { status: 'fulfilled', value: await work(items[position]!) };
      } catch (reason) {
        outcomes[position] = { status: 'rejected', reason };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, drainQueue));
  return outcomes;
}
