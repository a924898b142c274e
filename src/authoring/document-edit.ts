import { isNode, parseDocument, stringify, type Document } from 'yaml';
import type { PathSegment } from '../case/problem';

// The form edits the same YAML text as the text view. A changed value is written into the
// text where the old one stood, so everything else (comments, order, line breaks, quoting)
// stays exactly as the author wrote it. Adding or removing an item rewrites the document
// through the yaml Document API, which keeps comments and order but may reflow some lines.

const FORMAT = { lineWidth: 0, flowCollectionPadding: false } as const;

function parse(source: string): Document | undefined {
  const doc = parseDocument(source);
  return doc.errors.length === 0 ? doc : undefined;
}

/** The value as YAML that fits on the line after a key: a scalar, or a flow list. */
function inlineText(value: unknown): string | undefined {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') {
    const text = stringify(value, FORMAT).trimEnd();
    return text.includes('\n') ? JSON.stringify(value) : text;
  }
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
    return `[${value.map((item) => inlineText(item)).join(', ')}]`;
  }
  return undefined;
}

const sameData = (source: string, expected: unknown) => {
  const doc = parse(source);
  return doc !== undefined && JSON.stringify(doc.toJS()) === JSON.stringify(expected);
};

/** `source` with the value at `path` set; unchanged if the text is not well-formed YAML. */
export function setInSource(source: string, path: readonly PathSegment[], value: unknown): string {
  const doc = parse(source);
  if (!doc) return source;
  const expected = doc.clone();
  expected.setIn(path, value);
  const node = doc.getIn(path, true);
  const text = inlineText(value);
  if (isNode(node) && node.range && text !== undefined) {
    const [start, end] = node.range;
    const spliced = source.slice(0, start) + text + source.slice(end);
    // Splicing is checked, never trusted: a block scalar or an odd layout falls back.
    if (sameData(spliced, expected.toJS())) return spliced;
  }
  return expected.toString(FORMAT);
}

/** `source` with `item` appended to the list at `path` (created if missing). */
export function addToSource(source: string, path: readonly PathSegment[], item: unknown): string {
  const doc = parse(source);
  if (!doc) return source;
  if (doc.getIn(path) === undefined) doc.setIn(path, [item]);
  else doc.addIn(path, item);
  return doc.toString(FORMAT);
}

/** `source` without the value at `path`. */
export function removeFromSource(source: string, path: readonly PathSegment[]): string {
  const doc = parse(source);
  if (!doc) return source;
  doc.deleteIn(path);
  return doc.toString(FORMAT);
}

export interface FormFact { id: string; category: string; says: string; reveal: string; cues: string[] }
export interface FormItem { id: string; text: string; category: string; facts: string[]; critical: boolean }
export interface FormMisconception { claim: string; correction: string; severity: string }
export interface CaseForm {
  patient: { name: string; age: string; sex: string; openingStatement: string };
  facts: FormFact[];
  checklist: FormItem[];
  misconceptions: FormMisconception[];
}

type Data = Record<string, unknown>;
const obj = (value: unknown): Data => (value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Data) : {});
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const str = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');
const strs = (value: unknown): string[] => list(value).map(str);

/** What the form shows, read leniently (a draft may not match the schema yet); undefined when the YAML is not well-formed. */
export function readForm(source: string): CaseForm | undefined {
  const doc = parse(source);
  if (!doc) return undefined;
  const data = obj(doc.toJS());
  const patient = obj(data.patient);
  return {
    patient: { name: str(patient.name), age: str(patient.age), sex: str(patient.sex), openingStatement: str(patient.openingStatement) },
    facts: list(data.facts).map(obj).map((f) => ({
      id: str(f.id), category: str(f.category), says: str(f.says), reveal: str(f.reveal) || 'on-ask', cues: strs(f.cues),
    })),
    checklist: list(data.checklist).map(obj).map((c) => ({
      id: str(c.id), text: str(c.text), category: str(c.category), facts: strs(c.facts), critical: c.critical === true,
    })),
    misconceptions: list(data.misconceptions).map(obj).map((m) => ({ claim: str(m.claim), correction: str(m.correction), severity: str(m.severity) })),
  };
}
