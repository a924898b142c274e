import { visit, type Document, type LineCounter, type YAMLError } from 'yaml';
import type { Problem } from './problem';

// Turns the yaml package's syntax errors into problems an educator can fix.
// One wrong indentation makes YAML misread every line after it in the same block, so only the
// first syntax error of each top-level section (doorNote:, patient:, facts: …) is reported:
// the others are echoes of it and would point at lines that are fine.

export function yamlProblems(doc: Document, source: string, lineCounter: LineCounter, file: string): Problem[] {
  const sectionOf = topLevelSections(source);
  const reportedSections = new Set<number>();
  const problems: Problem[] = [];
  for (const error of doc.errors.filter((error) => !isEchoOfMultilineKey(error, doc.errors))) {
    const { line, column } = position(error, doc, source, lineCounter);
    const section = sectionOf(line);
    if (reportedSections.has(section)) continue;
    reportedSections.add(section);
    problems.push({ file, line, column, path: '', message: plainMessage(error, source), severity: 'error' });
  }
  for (const warning of doc.warnings) {
    const { line, column } = position(warning, doc, source, lineCounter);
    problems.push({ file, line, column, path: '', message: `YAML: ${warning.message}`, severity: 'warning' });
  }
  return problems;
}

function isEchoOfMultilineKey(error: YAMLError, all: readonly YAMLError[]): boolean {
  return error.code === 'BLOCK_AS_IMPLICIT_KEY' && all.some((other) => other.code === 'MULTILINE_IMPLICIT_KEY' && other.pos[0] === error.pos[0]);
}

function position(error: YAMLError, doc: Document, source: string, lineCounter: LineCounter) {
  let offset = error.code === 'MISSING_CHAR' && /quote/.test(error.message) ? openingQuote(doc, error.pos[0]) : error.pos[0];
  // Indentation errors point at the line's start; the text that is out of line is clearer.
  while (source[offset] === ' ') offset += 1;
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

/** Maps a line to the line of the top-level key whose block contains it. */
function topLevelSections(source: string): (line: number) => number {
  const starts = source
    .split('\n')
    .map((text, i) => (/^[^\s#-]/.test(text) ? i + 1 : 0))
    .filter((line) => line > 0);
  return (line) => starts.filter((start) => start <= line).pop() ?? 0;
}

function plainMessage(error: YAMLError, source: string): string {
  const { code, message } = error;
  switch (code) {
    case 'MISSING_CHAR':
      if (/quote/.test(message)) {
        const quote = message.includes("'") ? "'" : '"';
        return `a text opened with ${quote} is never closed: add the closing ${quote}`;
      }
      if (/without - indicator/.test(message)) return INDENTATION;
      if (/followed by map values/.test(message)) return 'a field name must be followed by ": " and its value';
      return `YAML syntax error: ${message}`;
    case 'BLOCK_AS_IMPLICIT_KEY':
      if (/Nested mappings/.test(message)) {
        return 'this text contains ": ", which YAML reads as a new field: put the whole text in double quotes';
      }
      return INDENTATION;
    case 'MULTILINE_IMPLICIT_KEY':
      return 'YAML cannot tell where this field ends: check that the next line is indented like this one, and that each field is written "name: value" (a colon, then a space)';
    case 'BAD_INDENT':
      if (/sequence items/.test(message)) return 'this list item ("- ") does not line up with the items above it';
      if (/Flow sequence/.test(message)) return 'a list in [brackets] is not closed: add "]"';
      if (/Flow map/.test(message)) return 'a group in {braces} is not closed: add "}"';
      return INDENTATION;
    case 'TAB_AS_INDENT':
      return 'a tab is used for indentation: use spaces instead';
    case 'DUPLICATE_KEY':
      return `the field "${/^[^:\n]*/.exec(source.slice(error.pos[0]))?.[0].trim() ?? ''}" appears twice in the same group: keep one`;
    case 'MULTIPLE_DOCS':
      return 'the file holds more than one YAML document (a "---" line): keep one case per file';
    case 'UNEXPECTED_TOKEN':
      if (/'[^'\n]*'\S/.test(lineAt(source, error.pos[0]))) {
        return 'text in single quotes ends early at an apostrophe: use double quotes around it instead';
      }
      return 'unexpected text here: if a value contains ": " or starts with a quote, put the whole value in double quotes';
    case 'BAD_SCALAR_START':
      return 'a value cannot start with this character: put the whole value in double quotes';
    default:
      return `YAML syntax error: ${message}`;
  }
}

const INDENTATION = 'this line is not lined up with the fields around it: check its indentation (spaces at the start)';

function lineAt(source: string, offset: number): string {
  return source.slice(source.lastIndexOf('\n', offset - 1) + 1).split('\n')[0] ?? '';
}

/** An unclosed quote is reported where the parser gave up; point at where the quote opened. */
function openingQuote(doc: Document, errorOffset: number): number {
  let opening = errorOffset;
  visit(doc, {
    Scalar(_key, node) {
      const range = node.range;
      const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
      if (quoted && range && range[0] < errorOffset && errorOffset <= range[1]) {
        opening = range[0];
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return opening;
}
