// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { Case } from '../../src/case/schema';
import { FeedbackView, type FeedbackGrading } from '../../src/feedback';
import { scoreChecklist } from '../../src/grading/score';
import type { GradingResult } from '../../src/grading/schema';
import type { TranscriptTurn } from '../../src/grading/types';
import { minimalCase } from '../fixtures/minimal-case';

const caseFile = Case.parse(
  minimalCase((d) => {
    d.checklist.push({ id: 'ask-duration', text: 'Asks how long the cough has lasted', category: 'hpi', facts: ['cough-duration'], critical: true });
  }),
);

const transcript: TranscriptTurn[] = [
  { turn: 1, speaker: 'student', text: 'Hello, do you smoke?' },
  { turn: 2, speaker: 'patient', text: 'I smoke about ten a day.' },
  { turn: 3, speaker: 'student', text: 'Smoking is fine in moderation.' },
  { turn: 4, speaker: 'patient', text: 'Oh, good.' },
];

const result: GradingResult = {
  checklist: [
    { itemId: 'ask-smoking', status: 'met', evidence: [{ turn: 1, quote: 'do you smoke?' }], rationale: 'Asked directly about smoking.' },
    { itemId: 'ask-duration', status: 'missed', evidence: [], rationale: 'Never asked how long.' },
  ],
  communication: [{ domain: 'introduction', score: 2, evidence: [{ turn: 1, quote: 'Hello' }], advice: 'Give your name and role.' }],
  misinformation: [
    {
      turn: 3,
      speaker: 'student',
      quote: 'Smoking is fine in moderation',
      problem: 'No amount of smoking is safe.',
      correction: 'Advise stopping and offer support.',
      severity: 'high',
      source: 'medical-knowledge',
    },
  ],
  note: null,
  strengths: ['You asked about smoking.'],
  nextSteps: ['Ask how long the cough has lasted.'],
};

const grading: FeedbackGrading = {
  result,
  score: scoreChecklist(caseFile, result.checklist),
  grader: { kind: 'rule', version: 'rule-1', hash: 'x' },
  verification: { droppedFlags: 0, unverifiedItems: [] },
  disagreements: [],
};

function Screen() {
  const [tries, setTries] = useState(0);
  return (
    <>
      <p>Tries: {tries}</p>
      <FeedbackView
        caseFile={caseFile}
        transcript={transcript}
        grading={grading}
        patientName="Pat"
        attempts={[
          { startedAt: 1, percent: 20 },
          { startedAt: 2, percent: 50 },
        ]}
        onTryAgain={() => setTries((n) => n + 1)}
      />
    </>
  );
}

describe('the feedback screen', () => {
  it('shows the score from code, the band, and the critical item missed', () => {
    render(<Screen />);
    screen.getByRole('heading', { name: /Your score: 50% — Borderline/ });
    expect(screen.getByText(/Critical points not covered/).textContent).toContain('Asks how long the cough has lasted');
    screen.getByText(/20% → 50%/);
  });

  it('groups the checklist by section and jumps to the evidence in the transcript', async () => {
    const user = userEvent.setup();
    render(<Screen />);
    const checklist = screen.getByRole('region', { name: 'History checklist' });
    within(checklist).getByRole('heading', { name: 'Social history' });
    within(checklist).getByRole('heading', { name: 'History of the presenting complaint' });
    await user.click(within(checklist).getByRole('button', { name: /Turn 1: “do you smoke\?”/ }));
    expect(document.activeElement?.id).toBe('turn-1');
  });

  it('marks misinformation in the transcript beside its correction', () => {
    render(<Screen />);
    const transcriptRegion = screen.getByRole('region', { name: 'Transcript' });
    const marked = transcriptRegion.querySelector('mark');
    expect(marked?.textContent).toBe('Smoking is fine in moderation');
    within(transcriptRegion).getByText(/Advise stopping and offer support/);
  });

  it('offers another attempt', async () => {
    const user = userEvent.setup();
    render(<Screen />);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    screen.getByText('Tries: 1');
  });
});
