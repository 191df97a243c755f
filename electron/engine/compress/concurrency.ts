import { availableParallelism } from 'node:os';

/**
 * Run `task` over `items` with at most `limit` in flight. sharp decodes and encodes on
 * libuv's thread pool, so two images in flight keep both cores busy without worker
 * threads (which could not import sharp from inside an ASAR archive without extra unpacking).
 */
export async function forEachLimited<T>(
  items: readonly T[],
  task: (item: T, index: number) => Promise<void>,
  limit = defaultLimit(),
): Promise<void> {
  let next = 0;
  const runners = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      await task(items[index]!, index);
    }
  });
  await Promise.all(runners);
}

export function defaultLimit(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}
