import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { addToSource, readForm, removeFromSource, setInSource } from '../../src/authoring/document-edit';
import { TEMPLATE_YAML } from '../../src/authoring/template';

const CHEST_PAIN = readFileSync(join(import.meta.dirname, '../../cases/chest-pain-smoker.yaml'), 'utf8');

/** The lines of `after` that differ from `before`, for texts of the same length in lines. */
function changedLines(before: string, after: string): string[] {
  const a = before.split('\n');
  return after.split('\n').filter((line, i) => line !== a[i]);
}

describe('editing the YAML text from the form', () => {
  it('changes only the line of the value, keeping comments and everything else', () => {
    const edited = setInSource(TEMPLATE_YAML, ['patient', 'name'], 'Alex Kim');
    expect(changedLines(TEMPLATE_YAML, edited)).toEqual(['  name: Alex Kim']);
    expect(setInSource(TEMPLATE_YAML, ['patient', 'age'], 57)).toContain('  age: 57\n');
    const cues = setInSource(TEMPLATE_YAML, ['facts', 1, 'cues'], ['phlegm', 'colour: green']);
    expect(changedLines(TEMPLATE_YAML, cues)).toEqual(['    cues: [phlegm, "colour: green"]']);
    expect(parse(cues).facts[1].cues).toEqual(['phlegm', 'colour: green']);
  });

  it('quotes what needs quoting and keeps a value that spans lines in a real case', () => {
    const edited = setInSource(CHEST_PAIN, ['patient', 'persona'], 'Short: "gruff" and\nworried.');
    expect(parse(edited).patient.persona).toBe('Short: "gruff" and\nworried.');
    expect(parse(edited).facts).toEqual(parse(CHEST_PAIN).facts);
    expect(edited).toContain('# ');
  });

  it('adds and removes list items, keeping comments and the order of keys', () => {
    const added = addToSource(TEMPLATE_YAML, ['facts'], { id: 'new-fact', category: 'hpi', says: 'Something.' });
    expect(parse(added).facts.at(-1)).toEqual({ id: 'new-fact', category: 'hpi', says: 'Something.' });
    expect(added).toContain('# What a good history covers');
    const removed = removeFromSource(added, ['facts', 0]);
    expect(parse(removed).facts.map((f: { id: string }) => f.id)[0]).toBe('cough-sputum');
    expect(Object.keys(parse(removed))).toEqual(Object.keys(parse(TEMPLATE_YAML)));
  });

  it('reads what the form shows, and nothing from text that is not YAML', () => {
    const form = readForm(TEMPLATE_YAML)!;
    expect(form.patient).toEqual({ name: 'Sam Lee', age: '42', sex: 'male', openingStatement: "I've had this cough for weeks and it won't go away." });
    expect(form.facts[0]).toEqual({ id: 'cough-duration', category: 'hpi', says: 'About three weeks now. It started after a cold.', reveal: 'spontaneous', cues: [] });
    expect(form.checklist[2]?.critical).toBe(true);
    expect(form.misconceptions).toHaveLength(1);
    expect(readForm('id: [unclosed')).toBeUndefined();
    expect(setInSource('id: [unclosed', ['id'], 'x')).toBe('id: [unclosed');
  });
});
