import type { Case } from '../../case/schema';
import type { LeakEvent, Patient, PatientReply, Turn } from '../types';
import { PatientStreamError } from './errors';
import { pendingReplyInfo } from '../reply-info';
import { diagnosisTerms, LeakScanner, type LeakScan } from './leak-terms';

// Wraps any patient so the student never reads the diagnosis from it. Every reply is scanned
// while it streams; text that could be the start of a diagnosis name is held back until it is
// known not to be one. On a hit the inner reply is stopped, nothing of the term is shown, and
// the reply ends with an in-character deflection; `info.leak` keeps what the model said for
// the instructor.

export interface LeakGuardOptions {
  /** What the patient says instead; by default a line in the case's language. */
  deflection?: string;
}

const DEFLECTIONS: Record<string, string> = {
  en: "I'm sorry, I don't really know what it is — that's what I was hoping you could tell me.",
  de: 'Tut mir leid, ich weiß ehrlich gesagt nicht, was das ist – genau das wollte ich ja von Ihnen erfahren.',
};

export function defaultDeflection(language: string): string {
  return DEFLECTIONS[language.split('-')[0] ?? ''] ?? DEFLECTIONS.en ?? '';
}

export function withLeakGuard(patient: Patient, caseFile: Case, options: LeakGuardOptions = {}): Patient {
  const terms = diagnosisTerms(caseFile);
  const deflection = options.deflection ?? defaultDeflection(caseFile.language);

  function reply(turns: readonly Turn[], signal?: AbortSignal): PatientReply {
    // The inner patient gets its own signal, so the guard can stop it without the caller's.
    const inner = new AbortController();
    const onCallerAbort = () => inner.abort(signal?.reason);
    if (signal?.aborted) inner.abort(signal.reason);
    else signal?.addEventListener('abort', onCallerAbort, { once: true });
    const innerReply = patient.reply(turns, inner.signal);

    const { info, settle, fail } = pendingReplyInfo();

    async function* stream(): AsyncGenerator<string> {
      const scanner = new LeakScanner(terms, caseFile.language);
      let shown = 0;
      const take = (upTo: number) => {
        const next = scanner.text.slice(shown, upTo);
        shown = upTo;
        return next;
      };
      let scan: LeakScan | undefined;
      let leak: LeakEvent | undefined;
      let failure: unknown;
      try {
        try {
          for await (const chunk of innerReply) {
            scan = scanner.push(chunk);
            if (scan.hit) {
              inner.abort();
              break;
            }
            if (scan.safe > shown) yield take(scan.safe);
          }
        } catch (error) {
          // Tell the consumer only what it was shown, never the held-back start of a term.
          if (error instanceof PatientStreamError) {
            throw new PatientStreamError(error.kind, scanner.text.slice(0, shown), { cause: error.cause, message: error.message });
          }
          throw error;
        }
        // A stopped reply may end in the first half of a term: that half stays unsaid.
        if (!scan?.hit && !signal?.aborted) {
          scan = scanner.finish();
          if (!scan.hit && scan.safe > shown) yield take(scan.safe);
        }
        if (scan?.hit) {
          leak = { term: scan.hit.term, leakedText: scanner.text };
          // Finish the last clean sentence, so the deflection can follow as the next one.
          const sentenceEnd = shown + lastSentenceEnd(scanner.text.slice(shown, scan.safe));
          if (sentenceEnd > shown) yield take(sentenceEnd);
          yield joinDeflection(scanner.text.slice(0, shown), deflection);
        }
      } catch (error) {
        failure = error;
        throw error;
      } finally {
        signal?.removeEventListener('abort', onCallerAbort);
        if (failure !== undefined) fail(failure);
        else {
          const settled = await innerReply.info.then(
            (innerInfo) => ({ innerInfo }),
            (error: unknown) => ({ error }),
          );
          if ('error' in settled) fail(settled.error);
          // The guard stopped the inner reply; the caller did not.
          else if (leak) settle({ ...settled.innerInfo, stopped: signal?.aborted === true, leak });
          else settle(settled.innerInfo);
        }
      }
    }

    const iterator = stream();
    return { [Symbol.asyncIterator]: () => iterator, info };
  }

  return { reply };
}

/** Where the last finished sentence in `text` ends, with the spaces after it; 0 if none does. */
function lastSentenceEnd(text: string): number {
  let end = 0;
  for (const match of text.matchAll(/[.!?…]["'”’)]*\s+/g)) end = match.index + match[0].length;
  return end;
}

/** The deflection after what was already shown: broken off mid-sentence, or as the next sentence. */
function joinDeflection(shown: string, deflection: string): string {
  const said = shown.trimEnd();
  if (said === '') return deflection;
  const space = shown.length > said.length ? '' : ' ';
  return /[.!?…]["'”’)]*$/.test(said) ? `${space}${deflection}` : `${space}… ${deflection}`;
}
