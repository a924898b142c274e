import type { CheckRequest } from './check-worker';
import { checkDraft, type DraftCheck } from './validate-draft';

// checkDraft in a worker when the browser has workers (one for the whole app, started on
// first use), on the main thread otherwise (tests under jsdom) or if the worker fails to load.

type Reply = { id: number; check: DraftCheck } | { id: number; error: string };

let worker: Worker | undefined;
let broken = typeof Worker === 'undefined';
let nextId = 0;
const pending = new Map<number, { source: string; resolve(check: DraftCheck): void; reject(error: Error): void }>();

function start(): Worker | undefined {
  if (broken) return undefined;
  if (worker) return worker;
  try {
    worker = new Worker(new URL('./check-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    broken = true;
    return undefined;
  }
  worker.onmessage = (event: MessageEvent<Reply>) => {
    const reply = event.data;
    const waiting = pending.get(reply.id);
    pending.delete(reply.id);
    if (!waiting) return;
    if ('check' in reply) waiting.resolve(reply.check);
    else waiting.reject(new Error(reply.error));
  };
  worker.onerror = () => {
    // The worker could not load or crashed: check on the main thread from now on.
    broken = true;
    worker?.terminate();
    worker = undefined;
    for (const [, waiting] of pending) checkDraft(waiting.source).then(waiting.resolve, waiting.reject);
    pending.clear();
  };
  return worker;
}

export function checkDraftOffThread(source: string): Promise<DraftCheck> {
  const running = start();
  if (!running) return checkDraft(source);
  return new Promise((resolve, reject) => {
    const request: CheckRequest = { id: ++nextId, source };
    pending.set(request.id, { source, resolve, reject });
    running.postMessage(request);
  });
}
