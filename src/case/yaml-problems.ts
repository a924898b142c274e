import { visit, type Document, type LineCounter, type YAMLError } from 'yaml';
import type { Problem } from './problem';

// Turns the yaml package's syntax errors into problems an educator can fix.

export function yamlProblems(doc: Document, source: string, lineCounter: LineCounter, file: string): Problem[] {
  const problems: Problem[] = [];
  const seenLines = new Set<number>();
  const report = (error: YAMLError, severity: Problem['severity']) => {
    // Two errors at one spot describe one mistake; the multi-line one names it better.
    if (error.code === 'BLOCK_AS_IMPLICIT_KEY' && doc.errors.some((other) => other.code === 'MULTILINE_IMPLICIT_KEY' && other.pos[0] === error.pos[0])) {
      return;
    }
    const offset = error.code === 'MISSING_CHAR' && /quote/.test(error.message) ? openingQuote(doc, error.pos[0]) : error.pos[0];
    const { line, col } = lineCounter.linePos(offset);
    if (seenLines.has(line)) return;
    seenLines.add(line);
    problems.push({ file, line, column: col, path: '', message: plainMessage(error, source), severity });
  };
  for (const error of doc.errors) report(error, 'error');
  for (const warning of doc.warnings) report(warning, 'warning');
  return problems;
}

function plainMessage(error: YAMLError, source: string): string {
  const { code, message } = error;
  const lineText = source.slice(source.lastIndexOf('\n', error.pos[0] - 1) + 1).split('\n')[0] ?? '';
  switch (code) {
    case 'MISSING_CHAR':
      if (/quote/.test(message)) {
        const quote = message.includes("'") ? "'" : '"';
        return `a text opened with ${quote} is never closed: add the closing ${quote}`;
      }
      if (/without - indicator/.test(message)) return 'this line is indented less than the fields above it: line it up with them';
      return `YAML syntax error: ${message}`;
    case 'BLOCK_AS_IMPLICIT_KEY':
      return 'this text contains ": ", which YAML reads as a new field: put the whole text in double quotes';
    case 'MULTILINE_IMPLICIT_KEY':
      return 'YAML cannot tell where this field ends: indent the next line like this one, and put a space after each colon ("name: Maria")';
    case 'BAD_INDENT':
      if (/sequence items/.test(message)) return 'this list item ("- ") does not line up with the items above it';
      if (/Flow sequence/.test(message)) return 'a list in [brackets] is not closed: add "]"';
      if (/Flow map/.test(message)) return 'a group in {braces} is not closed: add "}"';
      return 'this line is indented wrongly: line it up with the fields of the same group';
    case 'TAB_AS_INDENT':
      return 'a tab is used for indentation: use spaces instead';
    case 'DUPLICATE_KEY':
      return `the field "${/^[^:\n]*/.exec(source.slice(error.pos[0]))?.[0].trim() ?? ''}" appears twice in the same group: keep one`;
    case 'MULTIPLE_DOCS':
      return 'the file holds more than one YAML document (a "---" line): keep one case per file';
    case 'UNEXPECTED_TOKEN':
      if (/'[^']*'\S/.test(lineText)) {
        return 'text in single quotes ends early at an apostrophe: use double quotes around it instead';
      }
      return 'unexpected text here: if a value contains ": " or starts with a quote, put the whole value in double quotes';
    case 'BAD_SCALAR_START':
      return 'a value cannot start with this character: put the whole value in double quotes';
    default:
      return `YAML syntax error: ${message}`;
  }
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
