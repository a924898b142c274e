import { useEffect, useState } from 'react';
import type { DraftCheck } from './validate-draft';
import { checkDraftOffThread } from './worker-check';

// Live validation: the draft is checked once typing pauses, and only the latest text's
// result is kept (an older check that finishes late is dropped).

export const CHECK_DELAY_MS = 300;

export interface LiveCheck {
  /** The result for `source`, or undefined while it is being checked. */
  current?: DraftCheck;
  /** The last result, even for an older text: shown while the new one is checked. */
  last?: DraftCheck;
}

export function useDraftCheck(source: string, check: (source: string) => Promise<DraftCheck> = checkDraftOffThread): LiveCheck {
  const [result, setResult] = useState<{ source: string; check: DraftCheck }>();
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      check(source).then(
        (checked) => live && setResult({ source, check: checked }),
        (error: unknown) => live && setResult({ source, check: { problems: [failedCheck(error)] } }),
      );
    }, CHECK_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [source, check]);
  return { current: result?.source === source ? result.check : undefined, last: result?.check };
}

function failedCheck(error: unknown) {
  const message = `the check itself failed: ${error instanceof Error ? error.message : String(error)}`;
  return { file: '', line: 0, column: 0, path: '', message, severity: 'error' as const };
}
