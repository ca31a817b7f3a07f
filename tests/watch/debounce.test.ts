import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { debounceBatches } from '../../src/watch/debounce';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function recorder() {
  const batches: string[][] = [];
  let finish: (() => void) | undefined;
  let hold = false;
  const run = async (batch: string[]) => {
    batches.push(batch);
    if (hold) await new Promise<void>((resolve) => (finish = resolve));
  };
  return { batches, run, holdNext: () => (hold = true), release: () => { hold = false; finish?.(); } };
}

describe('debounceBatches', () => {
  it('hands over a burst of pushes as one batch once the quiet period has passed', async () => {
    const { batches, run } = recorder();
    const debouncer = debounceBatches(100, run, (e) => { throw e; });
    debouncer.push('a');
    await vi.advanceTimersByTimeAsync(60);
    debouncer.push('b');
    await vi.advanceTimersByTimeAsync(60);
    debouncer.push('c');
    await vi.advanceTimersByTimeAsync(99);
    expect(batches).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(batches).toEqual([['a', 'b', 'c']]);
  });

  it('never overlaps batches: pushes during a run wait for it, then for their own quiet period', async () => {
    const { batches, run, holdNext, release } = recorder();
    const debouncer = debounceBatches(100, run, (e) => { throw e; });
    holdNext();
    debouncer.push('a');
    await vi.advanceTimersByTimeAsync(100);
    debouncer.push('b');
    await vi.advanceTimersByTimeAsync(500);
    expect(batches).toEqual([['a']]);
    release();
    await vi.advanceTimersByTimeAsync(99);
    expect(batches).toEqual([['a']]);
    await vi.advanceTimersByTimeAsync(1);
    expect(batches).toEqual([['a'], ['b']]);
  });

  it('reports a failing run and goes on with the next batch', async () => {
    const errors: unknown[] = [];
    const batches: string[][] = [];
    const debouncer = debounceBatches(10, async (batch: string[]) => {
      batches.push(batch);
      if (batch.includes('bad')) throw new Error('run failed');
    }, (e) => errors.push(e));
    debouncer.push('bad');
    await vi.advanceTimersByTimeAsync(10);
    debouncer.push('good');
    await vi.advanceTimersByTimeAsync(10);
    expect(batches).toEqual([['bad'], ['good']]);
    expect(errors).toEqual([new Error('run failed')]);
  });

  it('drops pending pushes on close and ignores later ones', async () => {
    const { batches, run } = recorder();
    const debouncer = debounceBatches(100, run, (e) => { throw e; });
    debouncer.push('a');
    await debouncer.close();
    debouncer.push('b');
    await vi.advanceTimersByTimeAsync(1000);
    expect(batches).toEqual([]);
  });

  it('waits on close for the batch in progress', async () => {
    const { batches, run, holdNext, release } = recorder();
    const debouncer = debounceBatches(10, run, (e) => { throw e; });
    holdNext();
    debouncer.push('a');
    await vi.advanceTimersByTimeAsync(10);
    let closed = false;
    const closing = debouncer.close().then(() => (closed = true));
    await vi.advanceTimersByTimeAsync(100);
    expect(closed).toBe(false);
    release();
    await closing;
    expect(batches).toEqual([['a']]);
  });
});
