import { checkDraft } from './validate-draft';

// Runs the draft check off the main thread: on a long case the reachability check takes a
// few hundred milliseconds, which typing should not wait for.

export interface CheckRequest {
  id: number;
  source: string;
}

self.onmessage = async (event: MessageEvent<CheckRequest>) => {
  const { id, source } = event.data;
  try {
    self.postMessage({ id, check: await checkDraft(source) });
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
