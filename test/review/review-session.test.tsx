// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ReviewSessionPage } from '../../src/app/pages/ReviewSessionPage';
import { useReviewer } from '../../src/app/reviewer';
import type { AppServices } from '../../src/app/services';
import { ServicesContext } from '../../src/app/ServicesContext';
import { hashCase } from '../../src/case/hash';
import type { CaseLibrary } from '../../src/case/library';
import { Case } from '../../src/case/schema';
import { createMemoryCaseStore, createMemoryStore, StorageError, type GradingRecord, type SessionRecord, type SessionStore, type TurnRecord } from '../../src/db';
import { gradingInputOf } from '../../src/feedback/grading-input';
import { gradeSession } from '../../src/grading/grade-session';
import { minimalCase } from '../fixtures/minimal-case';

const caseFile = Case.parse(
  minimalCase((d) => {
    d.checklist.push({ id: 'ask-duration', text: 'Asks how long the cough has lasted', category: 'hpi', facts: ['cough-duration'], critical: true, points: 2 });
    d.misconceptions = [
      { claim: 'Smoking a few cigarettes a day is harmless', correction: 'No amount of smoking is safe; advise stopping.', severity: 'high', cues: ['smoking is fine'] },
    ];
  }),
);

const said: [TurnRecord['speaker'], string, string[]][] = [
  ['student', "Hello, I'm Dr Lee. Do you smoke?", []],
  ['patient', 'I smoke about ten a day.', ['smoking']],
  ['student', 'Smoking is fine in moderation.', []],
  ['patient', 'Oh, good.', []],
];

interface Setup {
  services: AppServices;
  store: SessionStore;
  session: SessionRecord;
}

async function setup({
  graded = true,
  caseInstalled = true,
  failNextSave = false,
  editGrading = (record: GradingRecord) => record,
} = {}): Promise<Setup> {
  const store = createMemoryStore();
  let fail = failNextSave;
  // The page's store: the same sessions, with one write failing when asked to.
  const pageStore: SessionStore = {
    ...store,
    updateSession: (id, changes) => {
      if (!fail) return store.updateSession(id, changes);
      fail = false;
      return Promise.reject(new StorageError('full'));
    },
  };
  const hash = await hashCase(caseFile);
  const library: CaseLibrary = { cases: caseInstalled ? [{ case: caseFile, hash, file: 'minimal-case.yaml' }] : [], failures: [] };
  const services: AppServices = {
    bundledLibrary: async () => library,
    library: async () => library,
    sessions: async () => ({ store: pageStore, cases: createMemoryCaseStore(), problem: undefined }),
    choosePatient: () => Promise.reject(new Error('no patient in a review')),
    describeError: async (error) => ({ message: String(error) }),
  };
  const t0 = Date.UTC(2026, 10, 20, 9, 0);
  let session = await store.createSession({
    id: crypto.randomUUID(),
    caseId: caseFile.id,
    caseVersion: caseFile.version,
    caseHash: hash,
    caseTitle: caseFile.title,
    caseLanguage: 'en',
    studentName: 'Ada Student',
    status: 'ended',
    startedAt: t0,
    endedAt: t0 + 8 * 60000,
    updatedAt: t0,
    patient: { kind: 'scripted', promptVersion: 'scripted-1', promptHash: 'x' },
    note: { summary: 'Smoker with a cough for weeks.', differential: ['Post-viral cough'], plan: '', submittedAt: t0 + 8 * 60000 },
    events: [],
  });
  const turns = await store.putTurns(
    said.map(([speaker, text, factIds], index) => ({
      id: `${session.id}:${index}`,
      sessionId: session.id,
      index,
      speaker,
      text,
      status: 'complete',
      startedAt: t0 + index * 1000,
      endedAt: t0 + index * 1000 + 500,
      factIds,
    })),
  );
  if (graded) {
    const result = await gradeSession(gradingInputOf(caseFile, session, turns));
    const record: GradingRecord = { id: crypto.randomUUID(), createdAt: t0 + 9 * 60000, ...result };
    session = await store.updateSession(session.id, { gradings: [editGrading(record)] });
  }
  return { services, store, session };
}

async function open({ services, session }: Setup) {
  let view!: ReturnType<typeof render>;
  await act(async () => {
    view = render(
      <ServicesContext value={services}>
        <ReviewSessionPage sessionId={session.id} />
      </ServicesContext>,
    );
  });
  await screen.findByRole('heading', { name: /Review: Cough for three weeks/ });
  return view;
}

const item = (text: string) => screen.getByRole('listitem', { name: text });
const turn = (n: number) => screen.getByRole('listitem', { name: `Turn ${n}` });
const scoreOf = (label: string) => within(screen.getByRole('group', { name: label }));

beforeEach(() => {
  localStorage.clear();
  useReviewer.setState({ name: '' });
});

// Many user-event steps with storage writes between them: generous caps for a busy machine.
describe('the review desk', { timeout: 30_000 }, () => {
  it('records agreements, overrides, verdicts, comments and the sign-off beside the grading, and shows them again after a reload', async () => {
    const setupDone = await setup();
    const { store, session } = setupDone;
    const grading = structuredClone(session.gradings?.[0]);
    // What the rule grader made of this interview: smoking asked, duration not, one misconception.
    expect(grading?.result.checklist.map((j) => [j.itemId, j.status])).toEqual([
      ['ask-smoking', 'met'],
      ['ask-duration', 'missed'],
    ]);
    expect(grading?.result.misinformation).toHaveLength(1);

    const user = userEvent.setup();
    const view = await open(setupDone);
    scoreOf("Grader's score").getByText('33.3%');
    scoreOf('Reviewed score').getByText('33.3%');
    screen.getByText(/Critical items missed: Asks how long the cough has lasted/);

    // No decision without a name.
    await user.click(within(item('Asks about smoking')).getByRole('button', { name: 'Agree' }));
    screen.getByRole('alert');
    expect(screen.getByText('Enter your name before recording a decision or comment.')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Your name' })).toBe(document.activeElement);
    expect((await store.getSession(session.id))?.review).toBeUndefined();

    await user.type(screen.getByRole('textbox', { name: 'Your name' }), 'Dr Ada');
    expect(screen.queryByText('Enter your name before recording a decision or comment.')).toBeNull();

    await user.click(within(item('Asks about smoking')).getByRole('button', { name: 'Agree' }));
    await within(item('Asks about smoking')).findByText(/^Agreed by Dr Ada/);

    const duration = () => within(item('Asks how long the cough has lasted'));
    await user.selectOptions(duration().getByRole('combobox', { name: 'Status' }), 'met');
    await user.type(duration().getByRole('textbox', { name: 'Note (optional)' }), 'Asked at the door.');
    await user.click(duration().getByRole('button', { name: 'Override' }));
    await duration().findByText(/^Overridden by Dr Ada, .+: missed → met$/);
    duration().getByText(/Asked at the door\./);
    // The grader's judgement stays on screen beside the override.
    duration().getByText((_, element) => element?.className === 'checklist-status' && element.textContent === 'Grader: Missed, reviewed: → Met');
    duration().getByText(/Grader: /);
    scoreOf("Grader's score").getByText('33.3%');
    scoreOf('Reviewed score').getByText('100%');
    screen.getByText(/Critical items missed \(after review\): none/);

    const flag = screen.getByRole('region', { name: 'Misinformation flags' });
    await user.click(within(flag).getByRole('button', { name: 'Dismiss' }));
    await within(flag).findByText(/^Dismissed by Dr Ada/);
    within(turn(3)).getByText(/Dismissed by Dr Ada/);

    await user.click(within(turn(3)).getByRole('button', { name: 'Comment' }));
    await user.type(within(turn(3)).getByRole('textbox', { name: 'Comment on turn 3' }), 'Never reassure a smoker like this.');
    await user.click(within(turn(3)).getByRole('button', { name: 'Save comment' }));
    await within(turn(3)).findByText('Never reassure a smoker like this.');
    expect(within(turn(3)).queryByRole('textbox')).toBeNull();

    const overall = within(screen.getByRole('region', { name: 'Overall comments' }));
    await user.type(overall.getByRole('textbox', { name: 'Overall comment' }), 'Good start; ask about duration early.');
    await user.click(overall.getByRole('button', { name: 'Save comment' }));
    await overall.findByText('Good start; ask about duration early.');

    await user.click(screen.getByRole('button', { name: 'Mark as reviewed' }));
    await screen.findByText(/^Reviewed by Dr Ada, /);

    // What is stored: the decisions appended beside the untouched grading, the score and count the dashboard reads.
    const stored = await store.getSession(session.id);
    expect(stored?.gradings?.[0]).toEqual(grading);
    expect(stored?.review?.gradingId).toBe(grading?.id);
    expect(stored?.review?.decisions.map((d) => (d.kind === 'checklist' ? [d.itemId, d.status, d.note, d.reviewer] : [d.flagIndex, d.verdict, d.reviewer]))).toEqual([
      ['ask-smoking', 'met', '', 'Dr Ada'],
      ['ask-duration', 'met', 'Asked at the door.', 'Dr Ada'],
      [0, 'dismissed', 'Dr Ada'],
    ]);
    expect(stored?.review?.comments.map((c) => [c.turn, c.text])).toEqual([
      [3, 'Never reassure a smoker like this.'],
      [null, 'Good start; ask about duration early.'],
    ]);
    expect(stored?.review?.score).toMatchObject({ percent: 100, criticalMissed: [] });
    expect(stored?.review?.flagsUpheld).toBe(0);
    expect(stored?.review?.reviewed?.reviewer).toBe('Dr Ada');

    // Reload: everything is there again, and the name is remembered.
    view.unmount();
    await open(setupDone);
    expect(screen.getByRole('textbox', { name: 'Your name' })).toHaveProperty('value', 'Dr Ada');
    within(item('Asks about smoking')).getByText(/^Agreed by Dr Ada/);
    duration().getByText(/^Overridden by Dr Ada, .+: missed → met$/);
    within(screen.getByRole('region', { name: 'Misinformation flags' })).getByText(/^Dismissed by Dr Ada/);
    within(turn(3)).getByText('Never reassure a smoker like this.');
    within(screen.getByRole('region', { name: 'Overall comments' })).getByText('Good start; ask about duration early.');
    screen.getByText(/^Reviewed by Dr Ada, /);
    scoreOf('Reviewed score').getByText('100%');
    scoreOf("Grader's score").getByText('33.3%');
  });

  it('keeps a changed mind: the latest decision counts, the earlier one stays listed', async () => {
    const setupDone = await setup();
    useReviewer.setState({ name: 'Dr Ada' });
    const user = userEvent.setup();
    await open(setupDone);
    const duration = () => within(item('Asks how long the cough has lasted'));
    await user.selectOptions(duration().getByRole('combobox', { name: 'Status' }), 'partial');
    await user.click(duration().getByRole('button', { name: 'Override' }));
    await duration().findByText(/^Overridden by Dr Ada, .+: missed → partly$/);
    scoreOf('Reviewed score').getByText('66.7%');
    await user.click(duration().getByRole('button', { name: 'Agree' }));
    await duration().findByText(/^Agreed by Dr Ada/);
    within(duration().getByRole('list', { name: 'Earlier decisions' })).getByText(/^Earlier: Overridden by Dr Ada, .+: missed → partly$/);
    scoreOf('Reviewed score').getByText('33.3%');
    const stored = await setupDone.store.getSession(setupDone.session.id);
    expect(stored?.review?.decisions.map((d) => d.kind === 'checklist' && d.status)).toEqual(['partial', 'missed']);
    expect(stored?.review?.score?.percent).toBe(33.3);
  });

  it("shows where a model grader and the rule grader disagree", async () => {
    await open(
      await setup({
        editGrading: (record) => ({
          ...record,
          grader: { kind: 'llm', version: 'grader-1', hash: 'h', model: 'some-model' },
          result: { ...record.result, misinformation: [] },
          disagreements: [
            { kind: 'checklist', itemId: 'ask-duration', llm: 'missed', rule: 'met', note: 'The model grader judged this missed; the rule grader judged it met.' },
            { kind: 'misinformation', turn: 3, speaker: 'student', quote: 'Smoking is fine', note: 'The rule grader found a misconception in turn 3.' },
          ],
        }),
      }),
    );
    within(item('Asks how long the cough has lasted')).getByText('Graders disagree: The model grader judged this missed; the rule grader judged it met.');
    const flags = within(screen.getByRole('region', { name: 'Misinformation flags' }));
    flags.getByText('The grader flagged nothing.');
    flags.getByText(/The rule grader found a misconception in turn 3\./);
    screen.getByText(/the model some-model/);
  });

  it('lays the grading over the transcript: evidence marked with the item it supports, misinformation beside its correction', async () => {
    await open(await setup());
    const cited = within(turn(1));
    const mark = cited.getAllByText((_, element) => element?.tagName === 'MARK').at(0);
    expect(mark?.textContent?.toLowerCase()).toContain('smoke');
    cited.getByText('Evidence for: Asks about smoking');
    const flagged = within(turn(3));
    expect(flagged.getAllByText((_, element) => element?.tagName === 'MARK').map((m) => m.textContent).join(' ')).toMatch(/smoking is fine/i);
    flagged.getByText(/No amount of smoking is safe; advise stopping\./);
    expect(screen.getAllByRole('listitem', { name: /^Turn \d$/ })).toHaveLength(4);
  });

  it('offers the built-in grader for an ungraded session, and keeps the grading', async () => {
    const setupDone = await setup({ graded: false });
    const user = userEvent.setup();
    await open(setupDone);
    screen.getByText(/This session has not been graded/);
    expect(screen.queryByRole('button', { name: 'Comment' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Grade with the built-in grader' }));
    await screen.findByRole('region', { name: 'History checklist' });
    expect(screen.queryByText(/This session has not been graded/)).toBeNull();
    const stored = await setupDone.store.getSession(setupDone.session.id);
    expect(stored?.gradings?.map((g) => g.grader.kind)).toEqual(['rule']);
  });

  it('shows the transcript of a session whose case is missing, and says so', async () => {
    await open(await setup({ caseInstalled: false }));
    screen.getByText(/this session was played with is missing from this browser/);
    within(turn(1)).getByText(/Do you smoke\?/);
    screen.getByRole('region', { name: 'History checklist (as graded)' });
    expect(screen.queryByRole('button', { name: 'Agree' })).toBeNull();
  });

  it('reviews an imported session whose case is not installed, from the snapshot that came with it', async () => {
    const setupDone = await setup({ caseInstalled: false });
    await setupDone.store.putCaseSnapshot({ hash: setupDone.session.caseHash, caseId: caseFile.id, version: caseFile.version, title: caseFile.title, case: caseFile });
    await open(setupDone);
    expect(screen.queryByText(/this session was played with is missing from this browser/)).toBeNull();
    within(item('Asks how long the cough has lasted')).getByRole('button', { name: 'Agree' });
  });

  it('says when a decision could not be saved, and keeps nothing it did not store', async () => {
    const setupDone = await setup({ failNextSave: true });
    useReviewer.setState({ name: 'Dr Ada' });
    const user = userEvent.setup();
    await open(setupDone);
    const smoking = () => within(item('Asks about smoking'));
    await user.type(smoking().getByRole('textbox', { name: 'Note (optional)' }), 'Clear question.');
    await user.click(smoking().getByRole('button', { name: 'Agree' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/The review could not be saved: .*storage for this site is full/);
    expect(smoking().queryByText(/Agreed by/)).toBeNull();
    expect(smoking().getByRole('textbox', { name: 'Note (optional)' })).toHaveProperty('value', 'Clear question.');
    expect((await setupDone.store.getSession(setupDone.session.id))?.review).toBeUndefined();

    await user.click(smoking().getByRole('button', { name: 'Agree' }));
    await smoking().findByText(/^Agreed by Dr Ada/);
    smoking().getByText(/Clear question\./);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('Decision saved.').getAttribute('role')).toBe('status');
  });

  it('says when the session is not stored', async () => {
    const setupDone = await setup();
    await act(async () => {
      render(
        <ServicesContext value={setupDone.services}>
          <ReviewSessionPage sessionId={crypto.randomUUID()} />
        </ServicesContext>,
      );
    });
    await screen.findByText(/This session is not stored in this browser/);
  });
});
