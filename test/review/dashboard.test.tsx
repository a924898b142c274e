// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/app/App';
import type { AppServices } from '../../src/app/services';
import { createDexieStore, createMemoryCaseStore, type GradingRecord, type SessionRecord, type SessionStore } from '../../src/db';
import { closeTestDatabases, makeSession, openTestDatabase } from '../db/fixtures';

// The review desk through the whole app at #/review, over a real Dexie store on fake-indexeddb,
// with sessions written the way the app writes them (gradings and reviews inside the session).

const day = (d: number, hour = 10) => new Date(2026, 10, d, hour, 0).getTime();

interface Seed {
  student: string;
  caseId?: string;
  title?: string;
  started: number;
  percent?: number;
  flags?: number;
  critical?: string[];
  review?: { percent: number; reviewed: boolean };
}

const CASE_TITLES: Record<string, string> = { 'postop-ileus': 'Abdominal distension after surgery', cough: 'Cough for three weeks' };

function session(seed: Seed): SessionRecord {
  const caseId = seed.caseId ?? 'postop-ileus';
  const grading: GradingRecord | undefined =
    seed.percent === undefined
      ? undefined
      : {
          id: crypto.randomUUID(),
          createdAt: seed.started + 600_000,
          grader: { kind: 'rule', version: 'rule-1', hash: 'abc' },
          result: {
            checklist: [],
            communication: [],
            misinformation: Array.from({ length: seed.flags ?? 0 }, (_, i) => ({
              turn: i + 1,
              speaker: 'student' as const,
              quote: 'Take ibuprofen',
              problem: 'Unsafe',
              correction: 'Not after this surgery',
              severity: 'high' as const,
              source: 'medical-knowledge' as const,
            })),
            note: null,
            strengths: [],
            nextSteps: [],
          },
          score: { points: seed.percent, maxPoints: 100, percent: seed.percent, band: 'good', criticalMissed: seed.critical ?? [] },
          verification: { droppedFlags: 0, unverifiedItems: [] },
          disagreements: null,
        };
  return makeSession({
    studentName: seed.student,
    caseId,
    caseTitle: seed.title ?? CASE_TITLES[caseId] ?? caseId,
    status: 'ended',
    startedAt: seed.started,
    endedAt: seed.started + 12 * 60_000,
    updatedAt: seed.started + 12 * 60_000,
    ...(grading ? { gradings: [grading] } : {}),
    ...(grading && seed.review
      ? {
          review: {
            gradingId: grading.id,
            decisions: [],
            comments: [],
            reviewed: seed.review.reviewed ? { reviewer: 'Dr Who', at: seed.started + 900_000 } : null,
            score: { points: seed.review.percent, maxPoints: 100, percent: seed.review.percent, band: 'good', criticalMissed: [] },
            flagsUpheld: seed.flags ?? 0,
          },
        }
      : {}),
  });
}

const SEEDS: Seed[] = [
  { student: 'Ada Lovelace', started: day(3), percent: 80, review: { percent: 85, reviewed: true } },
  { student: 'Ben Okri', caseId: 'cough', started: day(5), percent: 45, flags: 2, critical: ['ask-flatus', 'ask-stool'] },
  { student: 'Chloé Núñez', started: day(7), percent: 62.5, flags: 1 },
  { student: 'Ada Lovelace', caseId: 'cough', started: day(9) },
];

let store: SessionStore;

function services(): AppServices {
  const unused = () => Promise.reject(new Error('not used on the review desk'));
  return {
    bundledLibrary: unused,
    library: unused,
    sessions: async () => ({ store, cases: createMemoryCaseStore(), problem: undefined }),
    choosePatient: unused,
    describeError: unused,
  };
}

async function openDashboard(seeds: readonly Seed[] = SEEDS) {
  store = createDexieStore(openTestDatabase());
  const sessions = [];
  for (const seed of seeds) sessions.push(await store.createSession(session(seed)));
  window.location.hash = '#/review';
  await act(async () => {
    render(<App services={services()} />);
  });
  await screen.findByRole('heading', { name: 'Review' }, { timeout: 3000 });
  return { user: userEvent.setup(), sessions };
}

/** The student named in each body row, top to bottom, once the table has settled. */
async function students(expected?: string[]) {
  const read = () => screen.queryAllByRole('rowheader').map((cell) => cell.textContent);
  if (expected) await waitFor(() => expect(read()).toEqual(expected));
  return read();
}

const table = () => screen.getByRole('table');

afterEach(() => {
  cleanup();
  closeTestDatabases();
});

describe('the review desk', () => {
  it('lists every session newest first, naming the student and the case title, each linking to its review', async () => {
    const { sessions } = await openDashboard();
    await students(['Ada Lovelace', 'Chloé Núñez', 'Ben Okri', 'Ada Lovelace']);
    const rows = within(table()).getAllByRole('row').slice(1);

    const ben = rows[2] as HTMLElement;
    within(ben).getByText('Cough for three weeks');
    expect(within(ben).getByRole('link', { name: 'Ben Okri' }).getAttribute('href')).toBe(`#/review/session/${sessions[1]?.id}`);
    expect(ben.textContent).toContain('45 %');
    expect(ben.textContent).toContain('12 min');
    expect(within(ben).getAllByRole('cell').map((cell) => cell.textContent)).toContain('2'); // critical missed, flags

    const reviewed = rows[3] as HTMLElement;
    expect(reviewed.textContent).toMatch(/grader 80 %.*reviewed 85 %/);
    within(reviewed).getByText('Reviewed');
    within(rows[1] as HTMLElement).getByText('Not yet');
    within(rows[0] as HTMLElement).getByText('not graded');

    expect(screen.getByRole('link', { name: 'Cohort analytics' }).getAttribute('href')).toBe('#/review/cohort');
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
  });

  it('tells an instructor with no sessions to import the files students export', async () => {
    await openDashboard([]);
    const empty = await screen.findByText('No sessions yet.');
    expect(empty.closest('td')?.textContent).toMatch(/Import the session files your students export/);
  });

  it('sorts by a column header, toggling the direction on a second click', async () => {
    const { user } = await openDashboard();
    const header = (name: string) => screen.getByRole('columnheader', { name: new RegExp(`^${name}`) });
    expect(header('Date').getAttribute('aria-sort')).toBe('descending');

    await user.click(within(header('Student')).getByRole('button'));
    await students(['Ada Lovelace', 'Ada Lovelace', 'Ben Okri', 'Chloé Núñez']);
    expect(header('Student').getAttribute('aria-sort')).toBe('ascending');
    expect(header('Date').getAttribute('aria-sort')).toBe('none');

    await user.click(within(header('Student')).getByRole('button'));
    await students(['Chloé Núñez', 'Ben Okri', 'Ada Lovelace', 'Ada Lovelace']);
    expect(header('Student').getAttribute('aria-sort')).toBe('descending');

    // Highest score first (the reviewed score counts), ungraded last.
    await user.click(within(header('Score')).getByRole('button'));
    await students(['Ada Lovelace', 'Chloé Núñez', 'Ben Okri', 'Ada Lovelace']);
    expect(screen.getAllByRole('row')[1]?.textContent).toContain('85 %');

    // Case titles A–Z, and within a case the oldest first (the index's order).
    await user.click(within(header('Case')).getByRole('button'));
    await students(['Ada Lovelace', 'Chloé Núñez', 'Ben Okri', 'Ada Lovelace']);
    expect(header('Case').getAttribute('aria-sort')).toBe('ascending');
  });

  it('filters by case and by student from their lists', async () => {
    const { user } = await openDashboard();
    const caseSelect = screen.getByRole('combobox', { name: 'Case' });
    await waitFor(() => expect(within(caseSelect).getAllByRole('option')).toHaveLength(3));
    await user.selectOptions(caseSelect, 'Cough for three weeks');
    await students(['Ada Lovelace', 'Ben Okri']);

    await user.selectOptions(caseSelect, 'All cases');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Student' }), 'Ada Lovelace');
    await students(['Ada Lovelace', 'Ada Lovelace']);
    expect(within(table()).getAllByText(/Cough for three weeks|Abdominal distension after surgery/)).toHaveLength(2);
  });

  it('filters by dates, both days included', async () => {
    const { user } = await openDashboard();
    await students(['Ada Lovelace', 'Chloé Núñez', 'Ben Okri', 'Ada Lovelace']);
    await user.type(screen.getByLabelText('From'), '2026-11-05');
    await students(['Ada Lovelace', 'Chloé Núñez', 'Ben Okri']);
    await user.type(screen.getByLabelText('To'), '2026-11-07');
    await students(['Chloé Núñez', 'Ben Okri']);
  });

  it('shows flagged only and unreviewed only, and offers to clear filters that match nothing', async () => {
    const { user } = await openDashboard();
    await user.click(screen.getByRole('checkbox', { name: 'Flagged only' }));
    await students(['Chloé Núñez', 'Ben Okri']);
    await user.click(screen.getByRole('checkbox', { name: 'Flagged only' }));
    await user.click(screen.getByRole('checkbox', { name: 'Unreviewed only' }));
    await students(['Ada Lovelace', 'Chloé Núñez', 'Ben Okri']);

    await user.type(screen.getByRole('searchbox', { name: 'Search sessions' }), 'lovelace abdominal');
    await screen.findByText('No sessions match these filters.');
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await students(['Ada Lovelace', 'Chloé Núñez', 'Ben Okri', 'Ada Lovelace']);
    expect(screen.getByRole('checkbox', { name: 'Unreviewed only' })).toHaveProperty('checked', false);
  });

  it('searches every word in the student name, case title and case id', async () => {
    const { user } = await openDashboard();
    const search = screen.getByRole('searchbox', { name: 'Search sessions' });
    await user.type(search, 'COUGH');
    await students(['Ada Lovelace', 'Ben Okri']);
    await user.clear(search);
    await user.type(search, 'núñez postop');
    await students(['Chloé Núñez']);
  });

  it('shows 50 sessions at a time and more on request, with no gaps or repeats', async () => {
    const seeds = Array.from({ length: 112 }, (_, i) => ({ student: `Student ${String(i).padStart(3, '0')}`, started: day(1) + i * 60_000, percent: i % 100 }));
    const { user } = await openDashboard(seeds);
    const newestFirst = seeds.map((s) => s.student).reverse();
    await students(newestFirst.slice(0, 50));
    await user.click(screen.getByRole('button', { name: 'Show more' }));
    await students(newestFirst.slice(0, 100));
    await user.click(screen.getByRole('button', { name: 'Show more' }));
    await students(newestFirst);
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
  });

  it('downloads a CSV of every session the filters match, as the gradebook', async () => {
    const { user } = await openDashboard();
    const saved: Blob[] = [];
    const created = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved.push(blob as Blob);
      return 'blob:gradebook';
    });
    URL.revokeObjectURL ??= () => {};
    try {
      await user.click(screen.getByRole('checkbox', { name: 'Unreviewed only' }));
      await students(['Ada Lovelace', 'Chloé Núñez', 'Ben Okri']);
      await user.click(screen.getByRole('button', { name: 'Download CSV' }));
      await screen.findByText('3 sessions in the file.');
    } finally {
      created.mockRestore();
    }
    expect(saved).toHaveLength(1);
    const blob = saved[0] as Blob;
    expect(blob.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await bytesOf(blob));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1).split('\r\n');
    expect(lines[0]).toBe('student,case,case id,date,duration (minutes),score,reviewed score,critical misses,flags,reviewed');
    expect(lines.slice(1)).toEqual([
      `Ada Lovelace,Cough for three weeks,cough,${new Date(day(9)).toISOString()},12,,,0,0,no`,
      `Chloé Núñez,Abdominal distension after surgery,postop-ileus,${new Date(day(7)).toISOString()},12,62.5,,0,1,no`,
      `Ben Okri,Cough for three weeks,cough,${new Date(day(5)).toISOString()},12,45,,2,2,no`,
      '',
    ]);
  });
});

/** jsdom's Blob lacks text() and arrayBuffer(); FileReader it has. */
function bytesOf(blob: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}
