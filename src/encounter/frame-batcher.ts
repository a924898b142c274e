// Streamed text arrives many times per frame; the screen needs it at most once per frame.
// Chunks are gathered here and handed on once per animation frame, and at once on flush
// (a stream's end must not wait for a frame: frames pause in background tabs).

export interface FrameBatcher {
  push(chunk: string): void;
  /** Hands on what is pending now and stops waiting for a frame. */
  flush(): void;
  cancel(): void;
}

type Schedule = (callback: () => void) => () => void;

const animationFrame: Schedule = (callback) => {
  if (typeof requestAnimationFrame !== 'function') {
    const timer = setTimeout(callback, 16);
    return () => clearTimeout(timer);
  }
  const id = requestAnimationFrame(callback);
  return () => cancelAnimationFrame(id);
};

export function createFrameBatcher(commit: (appended: string) => void, schedule: Schedule = animationFrame): FrameBatcher {
  let pending = '';
  let cancelFrame: (() => void) | undefined;

  const deliver = () => {
    cancelFrame = undefined;
    if (!pending) return;
    const text = pending;
    pending = '';
    commit(text);
  };

  return {
    push(chunk) {
      pending += chunk;
      cancelFrame ??= schedule(deliver);
    },
    flush() {
      cancelFrame?.();
      deliver();
    },
    cancel() {
      cancelFrame?.();
      cancelFrame = undefined;
      pending = '';
    },
  };
}
