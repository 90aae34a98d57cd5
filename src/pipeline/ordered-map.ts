// Runs an async function over items with bounded concurrency and yields the
// results in input order, so output is deterministic however work interleaves
// and memory holds at most `window` results at a time.
export async function* orderedMap<T, R>(items: Iterable<T>, window: number, fn: (item: T, index: number) => Promise<R>): AsyncGenerator<R> {
  const pending: Promise<R>[] = [];
  let i = 0;
  const it = items[Symbol.iterator]();
  let done = false;
  const fill = () => {
    while (!done && pending.length < window) {
      const next = it.next();
      if (next.done) {
        done = true;
        break;
      }
      const p = fn(next.value, i++);
      p.catch(() => undefined); // handled when awaited in order
      pending.push(p);
    }
  };
  fill();
  while (pending.length) {
    const r = await pending.shift()!;
    fill();
    yield r;
  }
}
