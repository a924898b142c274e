// First: installs the React DevTools hook before react-dom loads (see react-commits.ts).
import './react-commits';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadBundledCaseLibrary } from '../src/case/bundled';
import { createMemoryStore } from '../src/db';
import { createEncounterController, createEncounterStore, EncounterView } from '../src/encounter';
import type { Patient, PatientReply, ReplyInfo } from '../src/patient';
import '../src/app/app.css';
import { finishedTurns, replyPieces, sessionRecord } from './fixture';
import { startRecording, summarise } from './recorder';
import type { BenchPage } from './types';

// The streaming benchmark page: the real interview screen (EncounterView, its store and its
// controller, a memory session store) with N finished turns in the log, and a patient that
// streams a long reply as fast as a fast server. ?turns=N&tokens=T&profile (render profile).

const params = new URLSearchParams(location.search);
const turnCount = Number(params.get('turns') ?? 10);
const tokenCount = Number(params.get('tokens') ?? 1500);
const profile = params.has('profile');

/**
 * A fast server: 1,000 tokens a second, handed over in bursts. The stream wakes on a 1 ms timer
 * (Chromium clamps chained timers to 4 ms, so about every 4 ms) and yields, one chunk at a time,
 * every token due by then: about 4 a burst and 16 a frame. A busy main thread gets the backlog
 * in one burst, as from a network buffer. Each chunk's arrival is stamped as it is yielded.
 */
function fastPatient(pieces: readonly string[], arrivals: number[]): Patient {
  const msPerToken = 1;
  return {
    reply(): PatientReply {
      let settle: (info: ReplyInfo) => void = () => {};
      const info = new Promise<ReplyInfo>((resolve) => (settle = resolve));
      async function* stream() {
        try {
          const start = performance.now();
          let sent = 0;
          while (sent < pieces.length) {
            await new Promise((resolve) => setTimeout(resolve, 1));
            const due = Math.min(pieces.length, Math.floor((performance.now() - start) / msPerToken) + 1);
            while (sent < due) {
              arrivals.push(performance.now());
              yield pieces[sent++] ?? '';
            }
          }
        } finally {
          settle({ factIds: [], moves: [], stopped: false });
        }
      }
      const iterator = stream();
      return { [Symbol.asyncIterator]: () => iterator, info };
    },
  };
}

async function mount(): Promise<BenchPage> {
  const library = await loadBundledCaseLibrary();
  const caseFile = (library.cases.find((c) => c.case.id === 'postop-ileus') ?? library.cases[0])?.case;
  if (!caseFile) throw new Error('No bundled case to show.');
  const sessions = createMemoryStore();
  const session = await sessions.createSession(sessionRecord(caseFile));
  await sessions.putTurns(finishedTurns(session.id, turnCount));
  const store = createEncounterStore();
  store.getState().load(await sessions.listTurns(session.id));

  const pieces = replyPieces(tokenCount);
  const arrivals: number[] = [];
  const controller = createEncounterController({
    sessionId: session.id,
    store,
    storage: sessions,
    patient: fastPatient(pieces, arrivals),
    describeError: (error) => ({ message: String(error) }),
  });

  const root = document.getElementById('root');
  if (!root) throw new Error('streaming.html has no #root');
  createRoot(root).render(
    <StrictMode>
      <main className="app-main app-width">
        <EncounterView
          caseFile={caseFile}
          session={session}
          store={store}
          controller={controller}
          patientLabel="Benchmark patient"
          onEnd={() => {}}
          onSubmitNote={() => {}}
        />
      </main>
    </StrictMode>,
  );
  // Let the first screen settle before anything is measured.
  for (let i = 0; i < 3; i++) await new Promise((resolve) => requestAnimationFrame(resolve));

  // Characters of the reply the store holds: the streaming text, then the finished turn.
  const visible = () => {
    const { streaming, turns } = store.getState();
    if (streaming) return streaming.text.length;
    const last = turns.at(-1);
    return last?.speaker === 'patient' && last.index > turnCount ? last.text.length : 0;
  };

  let used = false;
  return {
    async run() {
      if (used) throw new Error('One run per page load: reload for the next.');
      used = true;
      const recording = startRecording({ visible, profile });
      await controller.send('Could you tell me everything about how this started, from the beginning?');
      const result = summarise(await recording.stop(), pieces, arrivals, turnCount, profile);
      const shown = store.getState().turns.at(-1);
      if (shown?.text !== pieces.join('') || shown.status !== 'complete') throw new Error('The reply did not end complete and whole.');
      return result;
    },
  };
}

mount().then(
  (page) => (window.__bench = page),
  (error: unknown) => {
    document.body.dataset.error = String(error);
    throw error;
  },
);
