// A streaming reply is saved at most every `intervalMs` while it grows, and at once when it
// ends: never once per token (each IndexedDB transaction costs far more than the row).

export interface ThrottledWriter<T> {
  update(value: T): void;
  /** Writes the latest value now (if it changed), waits for every write, and throws the first failure. */
  flush(): Promise<void>;
}

export function createThrottledWriter<T>(write: (value: T) => Promise<void>, intervalMs = 250): ThrottledWriter<T> {
  let latest: T | undefined;
  let dirty = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let chain: Promise<void> = Promise.resolve();
  let failure: unknown;

  const writeNow = () => {
    timer = undefined;
    if (!dirty || latest === undefined) return;
    dirty = false;
    const value = latest;
    // Writes are chained so an older value never lands after a newer one.
    chain = chain.then(() => write(value)).catch((error: unknown) => {
      failure = error;
    });
  };

  return {
    update(value) {
      latest = value;
      dirty = true;
      timer ??= setTimeout(writeNow, intervalMs);
    },
    async flush() {
      if (timer) clearTimeout(timer);
      writeNow();
      await chain;
      if (failure !== undefined) throw failure;
    },
  };
}
