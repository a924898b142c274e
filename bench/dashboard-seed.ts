import { AnamnesisDatabase, SessionRecord, summarize, type GradingRecord } from '../src/db';

// A bench page served on the app's origin: fills the app's own IndexedDB database ('anamnesis')
// with generated sessions, each with a grading of realistic size (a full checklist with
// evidence, communication scores, flags, a note assessment), a third reviewed, most imported,
// for several students and the bundled cases. Sessions and summaries are written together, as
// the app writes them, in batches (one transaction per batch). Turns are not written: the
// dashboard never reads them.

export interface SeedResult {
  sessions: number;
  ms: number;
  /** Mean JSON size of a session record, bytes. */
  meanBytes: number;
}

declare global {
  interface Window {
    __seedDashboard?: (count: number) => Promise<SeedResult>;
  }
}

const CASES = [
  ['akute-bauchschmerzen', 'Akute Bauchschmerzen bei einem 19-Jährigen'],
  ['atypical-chest-pain-diabetes', '"Indigestion" and tiredness in a 63-year-old woman with diabetes'],
  ['breathlessness-pregnancy', 'Breathlessness at 31 weeks of pregnancy'],
  ['chest-pain-smoker', 'Central chest pain in a 55-year-old smoker'],
  ['fever-dysuria-older-man', 'Fever and burning on passing urine in a 74-year-old man'],
  ['feverish-toddler', 'Fever in an 18-month-old'],
  ['first-seizure', 'Collapse with shaking in a young man after a sleepless night'],
  ['low-mood-alcohol', 'Low mood and heavy drinking in a 49-year-old woman'],
  ['postop-ileus', 'Vomiting and abdominal distension on day 3 after bowel surgery'],
  ['sti-shame', 'Penile discharge and stinging in an embarrassed young man'],
  ['thunderclap-headache', 'Sudden severe headache in a 47-year-old woman'],
] as const;
const FIRST = ['Ada', 'Ben', 'Chloé', 'Dmitri', 'Émile', 'Fatima', 'Grace', 'Hiroshi', 'Ines', 'Jonas', 'Kwame', 'Lena', 'Mateo', 'Nadia', 'Oskar'];
const LAST = ['Lovelace', 'Okri', 'Núñez', 'Petrov', 'Zola', 'Haddad', 'Hopper', 'Tanaka', 'García', 'Weber'];
const DOMAINS = ['introduction', 'open-questions', 'empathy', 'ice', 'jargon', 'signposting-summarising', 'closing'] as const;
const STATUSES = ['met', 'met', 'met', 'partial', 'missed'] as const;
const hex = (n: number, seed: number) => Array.from({ length: n }, (_, i) => ((seed * 31 + i * 7) % 16).toString(16)).join('');

function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function grading(next: () => number, at: number, llm: boolean): GradingRecord {
  const checklist = Array.from({ length: 16 }, (_, i) => {
    const status = STATUSES[Math.floor(next() * STATUSES.length)] ?? 'met';
    return {
      itemId: `item-${i}`,
      status,
      evidence: status === 'missed' ? [] : [{ turn: 1 + Math.floor(next() * 40), quote: 'Have you been able to pass any wind or open your bowels since yesterday?' }],
      rationale: 'The student asked directly and the patient confirmed; this covers the item as the case describes it.',
    };
  });
  const missed = checklist.filter((c) => c.status === 'missed').map((c) => c.itemId);
  const flags = next() < 0.25 ? 1 + Math.floor(next() * 2) : 0;
  const percent = Math.round((100 * checklist.filter((c) => c.status === 'met').length) / checklist.length);
  const result = {
    checklist,
    communication: DOMAINS.map((domain) => ({
      domain,
      score: 1 + Math.floor(next() * 5),
      evidence: [{ turn: 2, quote: 'That sounds really difficult, I am sorry to hear it.' }],
      advice: 'Pause after the opening question and let the patient finish before narrowing down.',
    })),
    misinformation: Array.from({ length: flags }, (_, i) => ({
      turn: 10 + i,
      speaker: 'student' as const,
      quote: 'You can take some ibuprofen for that, it will settle the pain.',
      problem: 'NSAIDs are unsafe here without checking kidney function and bleeding risk.',
      correction: 'Recommend paracetamol and review; avoid NSAIDs until assessed.',
      severity: 'medium' as const,
      source: 'medical-knowledge' as const,
    })),
    note: {
      summaryAccurate: next() < 0.7,
      summaryComments: 'Covers the timeline and key negatives; the medication history is missing.',
      diagnosisNamed: true,
      diagnosisRank: 1,
      wrongDifferentials: [],
      missedRedFlags: next() < 0.3 ? ['No flatus for 24 hours'] : [],
      comments: 'A focused, well-ordered note.',
    },
    strengths: ['Clear opening', 'Good use of open questions', 'Summarised back to the patient'],
    nextSteps: ['Ask about medications early', 'Screen for red flags explicitly', 'Close with a plan the patient understands'],
  };
  return {
    id: crypto.randomUUID(),
    createdAt: at,
    grader: llm ? { kind: 'llm', version: 'grader-2', hash: hex(16, at), model: 'gpt-4.1-mini', modelAnswered: 'gpt-4.1-mini-2025-04-14', temperature: 0 } : { kind: 'rule', version: 'rule-1', hash: hex(16, at) },
    result,
    score: { points: percent / 5, maxPoints: 20, percent, band: percent >= 85 ? 'excellent' : percent >= 70 ? 'good' : percent >= 55 ? 'borderline' : 'needs work', criticalMissed: missed.slice(0, 2) },
    verification: { droppedFlags: 0, unverifiedItems: [] },
    disagreements: llm ? [] : null,
    ...(llm ? { raw: JSON.stringify(result) } : {}),
  };
}

function makeSession(i: number, next: () => number): SessionRecord {
  const [caseId, caseTitle] = CASES[i % CASES.length] ?? CASES[0];
  const student = `${FIRST[Math.floor(next() * FIRST.length)]} ${LAST[Math.floor(next() * LAST.length)]}`;
  const startedAt = Date.UTC(2026, 0, 1) + Math.floor(next() * 320 * 86_400_000);
  const endedAt = startedAt + (6 + Math.floor(next() * 25)) * 60_000;
  const graded = next() < 0.95;
  const g = graded ? grading(next, endedAt + 5_000, next() < 0.5) : undefined;
  const reviewed = g && next() < 0.35;
  const imported = next() < 0.8;
  const id = crypto.randomUUID();
  return {
    id,
    caseId,
    caseVersion: 1,
    caseHash: hex(64, i),
    caseTitle,
    caseLanguage: caseId === 'akute-bauchschmerzen' ? 'de' : 'en',
    studentName: student,
    status: 'ended',
    startedAt,
    endedAt,
    updatedAt: endedAt + 10_000,
    patient: { kind: 'scripted', promptVersion: 'scripted-1', promptHash: hex(16, i) },
    note: { summary: 'Day 3 after surgery, vomiting, distended, no flatus since yesterday.', differential: ['Postoperative ileus', 'Small-bowel obstruction', 'Anastomotic leak'], plan: 'NG tube, bloods, CT abdomen.', submittedAt: endedAt },
    ...(g ? { gradings: [g] } : {}),
    events: [],
    ...(reviewed && g
      ? {
          review: {
            gradingId: g.id,
            decisions: [{ kind: 'checklist' as const, itemId: 'item-3', status: 'met' as const, note: 'Asked in turn 12, phrased differently.', reviewer: 'Dr Reviewer', at: endedAt + 86_400_000 }],
            comments: [{ turn: 4, text: 'Good open question here.', reviewer: 'Dr Reviewer', at: endedAt + 86_400_000 }],
            reviewed: next() < 0.8 ? { reviewer: 'Dr Reviewer', at: endedAt + 86_400_000 } : null,
            score: { ...g.score, percent: Math.min(100, g.score.percent + 5) },
            flagsUpheld: g.result.misinformation.length,
          },
        }
      : {}),
    ...(imported ? { origin: { kind: 'import' as const, sourceId: id, digest: hex(64, i + 1), file: `sessions-${student.split(' ')[0]}.json`, importedAt: endedAt + 3_600_000, revision: 1 } } : {}),
  };
}

window.__seedDashboard = async (count) => {
  const started = performance.now();
  const db = new AnamnesisDatabase();
  const next = random(20261125);
  await db.transaction('rw', db.sessions, db.summaries, db.turns, async () => {
    await Promise.all([db.sessions.clear(), db.summaries.clear(), db.turns.clear()]);
  });
  let bytes = 0;
  for (let done = 0; done < count; ) {
    const batch = Array.from({ length: Math.min(500, count - done) }, (_, k) => makeSession(done + k, next));
    // Valid as the app would store them: the first few parsed with the stored schema.
    if (done === 0) for (const session of batch.slice(0, 20)) SessionRecord.parse(session);
    for (const session of batch) bytes += JSON.stringify(session).length;
    await db.transaction('rw', db.sessions, db.summaries, async () => {
      await db.sessions.bulkPut(batch);
      await db.summaries.bulkPut(batch.map(summarize));
    });
    done += batch.length;
  }
  db.close();
  return { sessions: count, ms: performance.now() - started, meanBytes: Math.round(bytes / count) };
};

export interface QueryTimes {
  open: number;
  firstPage: number;
  secondPage: number;
  facets: number;
  searchPage: number;
  /** A search nothing matches: every summary is read. */
  searchNone: number;
}

declare global {
  interface Window {
    __timeDashboardQueries?: () => Promise<QueryTimes>;
  }
}

/** The store's share of opening the desk, each call timed alone on a fresh connection. */
window.__timeDashboardQueries = async () => {
  const { openSessionStore } = await import('../src/db');
  const time = async <T,>(run: () => Promise<T>): Promise<[number, T]> => {
    const start = performance.now();
    const value = await run();
    return [performance.now() - start, value];
  };
  const [open, { store }] = await time(() => openSessionStore());
  const view = { sort: 'date', direction: 'desc', filter: {}, limit: 50 } as const;
  const [firstPage, page] = await time(() => store.querySummaries(view));
  const [secondPage] = await time(() => store.querySummaries({ ...view, ...(page.next ? { after: page.next } : {}) }));
  const [facets] = await time(() => store.summaryFacets());
  const [searchPage] = await time(() => store.querySummaries({ ...view, filter: { search: 'grace' } }));
  const [searchNone] = await time(() => store.querySummaries({ ...view, filter: { search: 'nobody' } }));
  store.close();
  return { open, firstPage, secondPage, facets, searchPage, searchNone };
};
