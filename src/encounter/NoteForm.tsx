import { useId, useState, type FormEvent } from 'react';
import type { SessionRecord } from '../db';

// The post-encounter note: what the student concluded. Saved with the session; grading
// (another issue) reads it from there.

export type Note = Omit<NonNullable<SessionRecord['note']>, 'submittedAt'>;

interface Props {
  initial?: Note;
  onSubmit(note: Note): Promise<void> | void;
}

export function NoteForm({ initial, onSubmit }: Props) {
  const [summary, setSummary] = useState(initial?.summary ?? '');
  const [differential, setDifferential] = useState(initial?.differential.join('\n') ?? '');
  const [plan, setPlan] = useState(initial?.plan ?? '');
  const [error, setError] = useState('');
  const ids = { summary: useId(), differential: useId(), plan: useId(), hint: useId() };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const ranked = differential
      .split('\n')
      .map((line) => line.replace(/^\s*\d+[.)]\s*/, '').trim())
      .filter(Boolean);
    if (!summary.trim()) return setError('Write a short summary of the history.');
    if (ranked.length === 0) return setError('Give at least one diagnosis in your differential.');
    setError('');
    await onSubmit({ summary: summary.trim(), differential: ranked, plan: plan.trim() });
  };

  return (
    <form className="note-form" onSubmit={submit} aria-label="Post-encounter note">
      <label htmlFor={ids.summary}>Summary</label>
      <textarea id={ids.summary} rows={5} value={summary} onChange={(e) => setSummary(e.target.value)} />
      <label htmlFor={ids.differential}>Differential diagnosis</label>
      <p id={ids.hint} className="field-hint">
        One per line, most likely first.
      </p>
      <textarea
        id={ids.differential}
        aria-describedby={ids.hint}
        rows={4}
        value={differential}
        onChange={(e) => setDifferential(e.target.value)}
      />
      <label htmlFor={ids.plan}>Plan (optional)</label>
      <textarea id={ids.plan} rows={3} value={plan} onChange={(e) => setPlan(e.target.value)} />
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      <button type="submit" className="button button-primary">
        Submit note
      </button>
    </form>
  );
}
