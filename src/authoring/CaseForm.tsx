import { useId, useState, type ReactNode } from 'react';
import type { PathSegment } from '../case/problem';
import { FACT_CATEGORIES } from '../case/schema';
import { addToSource, readForm, removeFromSource, setInSource } from './document-edit';

// The common parts of a case as a form. It reads the YAML text and writes every change back
// into it (see document-edit), so the form and the text are one document, always in step.

interface Props {
  source: string;
  onChange(source: string): void;
}

export function CaseForm({ source, onChange }: Props) {
  const form = readForm(source);
  if (!form) return <p role="alert">The YAML text has a syntax error: fix it in the YAML view to use the form.</p>;
  const set = (path: PathSegment[], value: unknown) => onChange(setInSource(source, path, value));
  const add = (path: PathSegment[], item: unknown) => onChange(addToSource(source, path, item));
  const remove = (path: PathSegment[]) => onChange(removeFromSource(source, path));
  const { patient } = form;

  return (
    <div className="case-form">
      <fieldset>
        <legend>Patient</legend>
        <Text label="Patient name" value={patient.name} onChange={(v) => set(['patient', 'name'], v)} />
        <Field label="Age (years)">
          {(id) => (
            <input id={id} type="number" min={0} max={120} step="any" value={patient.age}
              onChange={(e) => e.target.value !== '' && set(['patient', 'age'], Number(e.target.value))} />
          )}
        </Field>
        <Choice label="Sex" value={patient.sex} options={['female', 'male', 'intersex']} onChange={(v) => set(['patient', 'sex'], v)} />
        <Text label="Opening statement" long value={patient.openingStatement} onChange={(v) => set(['patient', 'openingStatement'], v)} />
      </fieldset>

      <fieldset>
        <legend>Facts ({form.facts.length})</legend>
        {form.facts.map((fact, i) => (
          <fieldset key={i} className="case-form-item">
            <legend>Fact {i + 1}: {fact.id}</legend>
            <Text label="Id" value={fact.id} onChange={(v) => set(['facts', i, 'id'], v)} />
            <Choice label="Category" value={fact.category} options={FACT_CATEGORIES} onChange={(v) => set(['facts', i, 'category'], v)} />
            <Choice label="Reveal" value={fact.reveal} options={['spontaneous', 'on-ask', 'on-specific-ask']} onChange={(v) => set(['facts', i, 'reveal'], v)} />
            <Text label="The patient says" long value={fact.says} onChange={(v) => set(['facts', i, 'says'], v)} />
            <Words label="Cues (comma-separated)" value={fact.cues} onChange={(v) => set(['facts', i, 'cues'], v)} />
            <button type="button" className="button button-small" onClick={() => remove(['facts', i])}>Remove fact {fact.id}</button>
          </fieldset>
        ))}
        <button type="button" className="button button-small" onClick={() => add(['facts'], { id: `new-fact-${form.facts.length + 1}`, category: 'hpi', says: 'What the patient says.', cues: [] })}>
          Add a fact
        </button>
      </fieldset>

      <fieldset>
        <legend>Checklist ({form.checklist.length})</legend>
        {form.checklist.map((item, i) => (
          <fieldset key={i} className="case-form-item">
            <legend>Item {i + 1}: {item.id}</legend>
            <Text label="Id" value={item.id} onChange={(v) => set(['checklist', i, 'id'], v)} />
            <Text label="What a good history covers" value={item.text} onChange={(v) => set(['checklist', i, 'text'], v)} />
            <Choice label="Category" value={item.category} options={FACT_CATEGORIES} onChange={(v) => set(['checklist', i, 'category'], v)} />
            <Words label="Facts that earn it (ids, comma-separated)" value={item.facts} onChange={(v) => set(['checklist', i, 'facts'], v)} />
            <label className="case-form-check">
              <input type="checkbox" checked={item.critical} onChange={(e) => set(['checklist', i, 'critical'], e.target.checked)} /> Critical
            </label>
            <button type="button" className="button button-small" onClick={() => remove(['checklist', i])}>Remove item {item.id}</button>
          </fieldset>
        ))}
        <button type="button" className="button button-small" onClick={() => add(['checklist'], { id: `new-item-${form.checklist.length + 1}`, text: 'Asks about …', category: 'hpi', facts: [form.facts[0]?.id ?? 'a-fact'] })}>
          Add a checklist item
        </button>
      </fieldset>

      <fieldset>
        <legend>Misconceptions ({form.misconceptions.length})</legend>
        {form.misconceptions.map((m, i) => (
          <fieldset key={i} className="case-form-item">
            <legend>Misconception {i + 1}</legend>
            <Text label="Claim" long value={m.claim} onChange={(v) => set(['misconceptions', i, 'claim'], v)} />
            <Text label="Correction" long value={m.correction} onChange={(v) => set(['misconceptions', i, 'correction'], v)} />
            <Choice label="Severity" value={m.severity} options={['low', 'medium', 'high']} onChange={(v) => set(['misconceptions', i, 'severity'], v)} />
            <button type="button" className="button button-small" onClick={() => remove(['misconceptions', i])}>Remove misconception {i + 1}</button>
          </fieldset>
        ))}
        <button type="button" className="button button-small" onClick={() => add(['misconceptions'], { claim: 'What a student might wrongly say.', correction: 'What is right.', severity: 'medium' })}>
          Add a misconception
        </button>
      </fieldset>
    </div>
  );
}

function Field({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="case-form-field">
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  );
}

function Text({ label, value, long, onChange }: { label: string; value: string; long?: boolean; onChange(value: string): void }) {
  return (
    <Field label={label}>
      {(id) => (long ? <textarea id={id} rows={2} value={value} onChange={(e) => onChange(e.target.value)} /> : <input id={id} type="text" value={value} onChange={(e) => onChange(e.target.value)} />)}
    </Field>
  );
}

function Choice({ label, value, options, onChange }: { label: string; value: string; options: readonly string[]; onChange(value: string): void }) {
  const all = options.includes(value) || value === '' ? options : [value, ...options];
  return <Field label={label}>{(id) => <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>{all.map((o) => <option key={o}>{o}</option>)}</select>}</Field>;
}

/** A list of words, written back when the field is left: mid-typing "a, " is not yet a list. */
function Words({ label, value, onChange }: { label: string; value: string[]; onChange(value: string[]): void }) {
  const joined = value.join(', ');
  const [draft, setDraft] = useState<{ from: string; text: string }>();
  const text = draft?.from === joined ? draft.text : joined;
  const commit = () => {
    const words = text.split(',').map((word) => word.trim()).filter((word) => word !== '');
    if (words.join(', ') !== joined) onChange(words);
    setDraft(undefined);
  };
  return <Field label={label}>{(id) => <input id={id} type="text" value={text} onChange={(e) => setDraft({ from: joined, text: e.target.value })} onBlur={commit} />}</Field>;
}
