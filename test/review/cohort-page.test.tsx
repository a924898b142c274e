// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/app/App';
import type { AppServices } from '../../src/app/services';
import type { CaseLibrary } from '../../src/case/library';
import { Case } from '../../src/case/schema';
import { createDexieStore, createMemoryCaseStore, createMemoryStore, type SessionRecord, type SessionStore } from '../../src/db';
import { closeTestDatabases, makeSession, openTestDatabase } from '../db/fixtures';
import { minimalCase } from '../fixtures/minimal-case';
import { checklistDecision, flag, flagDecision, gradedSession, type GradedOptions } from './cohort-fixtures';
import type { ChecklistStatus } from '../../src/grading/schema';

// The cohort page through the whole app at #/review/cohort, over a real Dexie store on
// fake-indexeddb: several students' graded sessions of two cases, some reviewed with overrides.

const ANTIBIOTICS = { claim: 'Antibiotics will clear a three-week cough', correction: 'A post-viral cough does not need antibiotics.' };

const cough = Case.parse(
  minimalCase((draft) => {
    draft.facts.push({ id: 'weight-loss', category: 'ros', says: 'My weight is steady.' });
    draft.checklist = [
      { id: 'ask-smoking', text: 'Asks about smoking', category: 'social', facts: ['smoking'] },
      { id: 'ask-duration', text: 'Asks how long the cough has lasted', category: 'hpi', facts: ['cough-duration'], critical: true },
      { id: 'ask-weight', text: 'Asks about weight loss', category: 'ros', facts: ['weight-loss'] },
    ];
    draft.misconceptions = [{ ...ANTIBIOTICS, severity: 'high' }];
  }),
);
const chestPain = Case.parse(
  minimalCase((draft) => {
    draft.id = 'chest-pain-test';
    draft.title = 'Chest pain on the stairs';
  }),
);
const library: CaseLibrary = {
  cases: [
    { case: cough, hash: 'hash-cough', file: 'cases/minimal-case.yaml' },
    { case: chestPain, hash: 'hash-chest', file: 'cases/chest-pain-test.yaml' },
  ],
  failures: [],
};

function coughSession(statuses: Record<string, ChecklistStatus>, options: GradedOptions): SessionRecord {
  return { ...gradedSession(statuses, { caseId: cough.id, caseTitle: cough.title, ...options }), caseHash: 'hash-cough' };
}

const antibiotics = (problem = `This repeats a misconception the case warns about: ${ANTIBIOTICS.claim}`) =>
  flag(problem, { source: 'case-misconception', correction: ANTIBIOTICS.correction, severity: 'high' });
const syrup = () => flag('Cough syrup cures pneumonia');

/**
 * Cough, each student's latest attempt (grader → instructor where they differ):
 *   Ada  smoking met, duration met, weight missed → partial; reviewed; antibiotics; score 70 → 80
 *   Ben  smoking met, duration partial, weight missed; reviewed, no change; antibiotics + syrup (dismissed); 50
 *   Cleo smoking missed → met (not marked reviewed), duration met, weight unverified; antibiotics; 40
 *   Dev  smoking missed, duration met, weight met; syrup; 60
 * Ada's first attempt (all missed, 0, "Smoking is harmless") counts only with every attempt.
 * Chest pain: Eve, smoking missed → met, reviewed.
 */
function seed(): SessionRecord[] {
  return [
    coughSession({ 'ask-smoking': 'missed', 'ask-duration': 'missed', 'ask-weight': 'missed' }, { student: 'Ada', startedAt: 1_764_000_000_000, percent: 0, flags: [flag('Smoking is harmless')] }),
    coughSession(
      { 'ask-smoking': 'met', 'ask-duration': 'met', 'ask-weight': 'missed' },
      { student: 'Ada', startedAt: 1_764_100_000_000, percent: 70, flags: [antibiotics()], decisions: [checklistDecision('ask-weight', 'partial')], reviewed: true, reviewedPercent: 80 },
    ),
    coughSession(
      { 'ask-smoking': 'met', 'ask-duration': 'partial', 'ask-weight': 'missed' },
      { student: 'Ben', percent: 50, flags: [antibiotics('Suggests antibiotics for a viral cough'), syrup()], decisions: [flagDecision(1, 'dismissed')], reviewed: true },
    ),
    coughSession({ 'ask-smoking': 'missed', 'ask-duration': 'met', 'ask-weight': 'unverified' }, { student: 'Cleo', percent: 40, flags: [antibiotics()], decisions: [checklistDecision('ask-smoking', 'met')] }),
    coughSession({ 'ask-smoking': 'missed', 'ask-duration': 'met', 'ask-weight': 'met' }, { student: 'Dev', percent: 60, flags: [syrup()] }),
    {
      ...gradedSession({ 'ask-smoking': 'missed' }, { student: 'Eve', caseId: chestPain.id, caseTitle: chestPain.title, decisions: [checklistDecision('ask-smoking', 'met')], reviewed: true }),
      caseHash: 'hash-chest',
    },
  ];
}

function services(store: SessionStore): AppServices {
  const opened = { store, cases: createMemoryCaseStore(), problem: undefined };
  return {
    bundledLibrary: async () => library,
    library: async () => library,
    sessions: async () => opened,
    choosePatient: () => Promise.reject(new Error('no interview in these tests')),
    describeError: async () => ({ message: 'unused' }),
  };
}

async function renderAt(hash: string, store: SessionStore) {
  window.location.hash = hash;
  await act(async () => {
    render(<App services={services(store)} />);
  });
  return userEvent.setup();
}

async function seededStore(): Promise<SessionStore> {
  const store = createDexieStore(openTestDatabase());
  for (const session of seed()) await store.createSession(session);
  return store;
}

/** The cells of the row headed `name` in `table`. */
function rowOf(table: HTMLElement, name: string | RegExp): string[] {
  const row = within(table).getByRole('rowheader', { name }).closest('tr');
  if (!row) throw new Error(`no row ${String(name)}`);
  return within(row).getAllByRole('cell').map((cell) => cell.textContent ?? '');
}

afterEach(() => {
  cleanup();
  closeTestDatabases();
  window.location.hash = '';
});

describe('the cohort page', () => {
  it('opens the first case with sessions, and the case selector moves to another through the URL', async () => {
    const user = await renderAt('#/review/cohort', await seededStore());
    await screen.findByRole('heading', { level: 2, name: 'Cohort' });
    const select = await screen.findByRole('combobox', { name: 'Case' });
    // By title: "Chest pain…" sorts before "Cough…".
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['Chest pain on the stairs', 'Cough for three weeks']);
    expect(await screen.findByText(/1 student · 1 graded session/)).toBeTruthy();
    expect(window.location.hash).toBe('#/review/cohort/chest-pain-test');

    await user.selectOptions(select, 'Cough for three weeks');
    expect(window.location.hash).toBe('#/review/cohort/minimal-case');
    expect(await screen.findByText(/4 students · 5 graded sessions · 2 reviewed/)).toBeTruthy();
  });

  it("shows coverage per item with the instructors' overrides, each student's latest attempt", async () => {
    await renderAt('#/review/cohort/minimal-case', await seededStore());
    const table = await screen.findByRole('table', { name: /Coverage per checklist item/ });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Checklist item', 'Met', 'Partial']);
    expect(rowOf(table, /Asks about smoking/)).toEqual(['75%', '0%']);
    expect(rowOf(table, /Asks how long the cough has lasted/)).toEqual(['75%', '25%']);
    expect(rowOf(table, /Asks about weight loss/)).toEqual(['25%', '25%']);
    within(table).getByRole('rowheader', { name: /Asks how long.*critical/ });
  });

  it('counts sessions per item when gradings judged different items (the case changed between versions)', async () => {
    const store = createMemoryStore();
    await store.createSession(coughSession({ 'ask-smoking': 'met', 'ask-duration': 'met', 'ask-weight': 'met' }, { student: 'Ada' }));
    await store.createSession(coughSession({ 'ask-smoking': 'missed', 'ask-old': 'met' }, { student: 'Ben' }));
    await renderAt('#/review/cohort/minimal-case', store);
    const table = await screen.findByRole('table', { name: /Coverage per checklist item/ });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Checklist item', 'Met', 'Partial', 'Sessions']);
    expect(rowOf(table, /Asks about smoking/)).toEqual(['50%', '0%', '2']);
    expect(rowOf(table, /Asks about weight loss/)).toEqual(['100%', '0%', '1']);
    expect(rowOf(table, 'ask-old')).toEqual(['100%', '0%', '1']);
  });

  it('shows the score distribution and its median and mean, reviewed scores counting', async () => {
    await renderAt('#/review/cohort/minimal-case', await seededStore());
    const histogram = await screen.findByRole('table', { name: 'Score distribution' });
    expect(rowOf(histogram, '80–under 90%')).toEqual(['1']);
    expect(rowOf(histogram, '70–under 80%')).toEqual(['0']);
    expect(rowOf(histogram, '40–under 50%')).toEqual(['1']);
    const scores = screen.getByRole('region', { name: 'Score distribution' });
    expect(within(scores).getByText('Median').nextSibling?.textContent).toBe('55%');
    expect(within(scores).getByText('Mean').nextSibling?.textContent).toBe('57.5%');
  });

  it("shows agreement and Cohen's kappa with N for this case and pooled over all cases", async () => {
    await renderAt('#/review/cohort/minimal-case', await seededStore());
    const table = await screen.findByRole('table', { name: 'Agreement between grader and instructors' });
    // Ada and Ben reviewed, 6 items: 5 agree. Grader met 3, partial 1, missed 2; instructor
    // met 3, partial 2, missed 1: pe = (9 + 2 + 2)/36 = 13/36, po = 30/36, κ = 17/23 ≈ 0.74.
    expect(rowOf(table, 'This case')).toEqual(['83%', '0.74', '6', '2']);
    // With Eve's overridden item: 7 items, 5 agree; pe = (3·4 + 1·2 + 3·1)/49 = 17/49, κ = 18/32 ≈ 0.56.
    await within(table).findByText('0.56');
    expect(rowOf(table, /^All cases\s*2 cases with reviews/)).toEqual(['71%', '0.56', '7', '3']);
  });

  it('lists the most common misinformation with counts and corrections, dismissed flags left out', async () => {
    const user = await renderAt('#/review/cohort/minimal-case', await seededStore());
    const list = await screen.findByRole('list', { name: 'Most common misinformation' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]?.textContent).toContain(ANTIBIOTICS.claim);
    expect(items[0]?.textContent).toContain('3 sessions of 4 (75%) · 3 flags');
    expect(items[0]?.textContent).toContain(`Correction: ${ANTIBIOTICS.correction}`);
    // Ben's was dismissed: only Dev's stands.
    expect(items[1]?.textContent).toContain('Cough syrup cures pneumonia');
    expect(items[1]?.textContent).toContain('1 session of 4 (25%) · 1 flag');

    await user.click(screen.getByRole('checkbox', { name: 'Count every attempt' }));
    const all = within(screen.getByRole('list', { name: 'Most common misinformation' })).getAllByRole('listitem');
    expect(all.map((item) => item.querySelector('.cohort-misinformation-claim')?.textContent)).toEqual([
      ANTIBIOTICS.claim,
      'Cough syrup cures pneumonia',
      'Smoking is harmless',
    ]);
    expect(all[0]?.textContent).toContain('3 sessions of 5 (60%)');
    expect(rowOf(screen.getByRole('table', { name: /Coverage per checklist item/ }), /Asks about smoking/)).toEqual(['60%', '0%']);
  });

  it('says when a case has no reviewed sessions yet, and when kappa is undefined', async () => {
    const store = createMemoryStore();
    await store.createSession(coughSession({ 'ask-smoking': 'met', 'ask-duration': 'met', 'ask-weight': 'met' }, { student: 'Ada' }));
    await renderAt('#/review/cohort/minimal-case', store);
    const table = await screen.findByRole('table', { name: 'Agreement between grader and instructors' });
    expect(rowOf(table, 'This case')).toEqual(['No reviewed sessions yet']);
    cleanup();

    await store.createSession(coughSession({ 'ask-smoking': 'met', 'ask-duration': 'met', 'ask-weight': 'met' }, { student: 'Ben', reviewed: true }));
    await renderAt('#/review/cohort/minimal-case', store);
    const again = await screen.findByRole('table', { name: 'Agreement between grader and instructors' });
    expect(rowOf(again, 'This case')).toEqual(['100%', 'undefined', '3', '1']);
    screen.getByText(/This case: κ is undefined because both gave every item the same status/);
  });

  it('says so while a case loads, for a case without sessions, and when there are no sessions at all', async () => {
    const store = await seededStore();
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow: SessionStore = { ...store, listSessionsOfCase: (caseId) => gate.then(() => store.listSessionsOfCase(caseId)) };
    await renderAt('#/review/cohort/minimal-case', slow);
    expect((await screen.findByText('Loading the sessions of this case…')).getAttribute('role')).toBe('status');
    await act(async () => release());
    expect(await screen.findByRole('table', { name: /Coverage per checklist item/ })).toBeTruthy();
    cleanup();

    await renderAt('#/review/cohort/no-such-case', store);
    expect(await screen.findByText('No sessions of this case yet.')).toBeTruthy();
    expect((screen.getByRole('combobox', { name: 'Case' }) as HTMLSelectElement).value).toBe('');
    cleanup();

    const ungraded = createMemoryStore();
    await ungraded.createSession(makeSession({ caseId: cough.id, caseTitle: cough.title, studentName: 'Ada' }));
    await renderAt('#/review/cohort/minimal-case', ungraded);
    expect(await screen.findByText('The one session of this case has not been graded yet.')).toBeTruthy();
    cleanup();

    await renderAt('#/review/cohort', createMemoryStore());
    expect(await screen.findByText(/No sessions yet/)).toBeTruthy();
    expect(screen.queryByRole('combobox', { name: 'Case' })).toBeNull();
  });
});
