/** Collects items and hands them to `run` in batches, once nothing new has arrived for a quiet period. */
export interface Debouncer<T> {
  push(item: T): void;
  /** Drops pending items and waits for a batch in progress to finish; later pushes are ignored. */
  close(): Promise<void>;
}

/**
 * A burst of pushes (an editor saving several files, or writing one file in steps) becomes one batch. Batches
 * never overlap: items pushed while `run` is busy wait for it, then for a quiet period of their own.
 */
export function debounceBatches<T>(quietMs: number, run: (batch: T[]) => Promise<void>, onError: (error: unknown) => void): Debouncer<T> {
  let pending: T[] = [];
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let closed = false;

  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(fire, quietMs);
  };
  const fire = () => {
    timer = undefined;
    if (running || closed) return; // the batch in progress re-arms the timer when it ends
    const batch = pending;
    pending = [];
    running = run(batch).catch(onError).finally(() => {
      running = undefined;
      if (pending.length && !timer && !closed) arm();
    });
  };

  return {
    push(item) {
      if (closed) return;
      pending.push(item);
      arm();
    },
    async close() {
      closed = true;
      clearTimeout(timer);
      pending = [];
      await running;
    },
  };
}
