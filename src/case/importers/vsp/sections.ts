// Splits a Virtual Standardized Patient case file into its bracketed sections, keeping the line
// number of every entry so a failure can point at the line that caused it.

export const SECTION_NAMES = ['CASE', 'VITALS', 'TIMING', 'TASK', 'PERSONA', 'STORY', 'EXAMINE', 'QUESTIONS', 'ANSWER', 'CREDIT'] as const;
export type SectionName = (typeof SECTION_NAMES)[number];

/** Sections a case cannot be made without. [TIMING] and [EXAMINE] are optional. */
export const REQUIRED_SECTIONS: readonly SectionName[] = ['CASE', 'VITALS', 'TASK', 'PERSONA', 'STORY', 'QUESTIONS', 'ANSWER', 'CREDIT'];

export interface SourceLine {
  /** 1-based line in the file. */
  line: number;
  text: string;
}

export interface Section {
  name: SectionName;
  /** The line of the `[NAME]` header. */
  line: number;
  lines: SourceLine[];
}

export type SplitResult = { ok: true; sections: Map<SectionName, Section> } | { ok: false; line: number; reason: string };

const HEADER = /^\[([^\]]*)\]\s*$/;

export function splitSections(text: string): SplitResult {
  const sections = new Map<SectionName, Section>();
  let current: Section | undefined;
  const rawLines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (const [i, raw] of rawLines.entries()) {
    const line = i + 1;
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const header = HEADER.exec(trimmed);
    if (header) {
      const name = (header[1] ?? '').trim().toUpperCase();
      if (!isSectionName(name)) {
        return { ok: false, line, reason: `unknown section [${header[1]}]; a case file has the sections ${SECTION_NAMES.map((n) => `[${n}]`).join(', ')}` };
      }
      if (sections.has(name)) return { ok: false, line, reason: `the section [${name}] appears twice (first on line ${sections.get(name)?.line})` };
      current = { name, line, lines: [] };
      sections.set(name, current);
      continue;
    }
    if (!current) return { ok: false, line, reason: 'text before the first section: a case file starts with [CASE] (comment lines start with #)' };
    current.lines.push({ line, text: trimmed });
  }
  if (sections.size === 0) return { ok: false, line: 1, reason: 'the file holds no sections: it is empty or not a Virtual Standardized Patient case file' };
  const endLine = rawLines.length;
  for (const name of REQUIRED_SECTIONS) {
    const section = sections.get(name);
    if (!section) return { ok: false, line: endLine, reason: `the section [${name}] is missing` };
    if (section.lines.length === 0) return { ok: false, line: section.line, reason: `the section [${name}] is empty` };
  }
  return { ok: true, sections };
}

function isSectionName(name: string): name is SectionName {
  return (SECTION_NAMES as readonly string[]).includes(name);
}

export interface KeyValue extends SourceLine {
  key: string;
  value: string;
}

/** "key: value" split at the first colon; the key lower-cased. Lines without a colon give undefined. */
export function keyValue(source: SourceLine): KeyValue | undefined {
  const colon = source.text.indexOf(':');
  if (colon <= 0) return undefined;
  return { ...source, key: source.text.slice(0, colon).trim().toLowerCase(), value: source.text.slice(colon + 1).trim() };
}

/** The key-value lines of a section, by key (the first of each key). */
export function keyValues(section: Section | undefined): Map<string, KeyValue> {
  const map = new Map<string, KeyValue>();
  for (const source of section?.lines ?? []) {
    const kv = keyValue(source);
    if (kv && !map.has(kv.key)) map.set(kv.key, kv);
  }
  return map;
}

/** A comma-separated list, trimmed, empty items dropped. */
export function commaList(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
