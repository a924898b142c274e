// A line-by-line YAML colouring for the editor: keys, list dashes, comments, quoted strings and
// plain scalars (numbers, true/false/null). Only colour: the text is checked by the real parser.

export type TokenKind = 'key' | 'dash' | 'comment' | 'string' | 'scalar' | 'text';

export interface Token {
  kind: TokenKind;
  text: string;
}

const KEY = /^(\s*)(-\s+)?([^\s#:'"][^#:]*?|"[^"]*"|'[^']*')(:)(?=\s|$)/;
const DASH = /^(\s*)(-)(?=\s|$)/;
const SCALAR = /^(?:-?\d+(?:\.\d+)?|true|false|null|~)$/;

/** The tokens of one line; their texts joined give the line back exactly. */
export function tokenizeLine(line: string): Token[] {
  const tokens: Token[] = [];
  let rest = line;
  const key = KEY.exec(rest);
  if (key) {
    const [all, indent = '', dash, name = '', colon = ''] = key;
    if (indent) tokens.push({ kind: 'text', text: indent });
    if (dash) tokens.push({ kind: 'dash', text: dash });
    tokens.push({ kind: 'key', text: name + colon });
    rest = rest.slice(all.length);
  } else {
    const dash = DASH.exec(rest);
    if (dash) {
      const [all, indent = '', mark = ''] = dash;
      if (indent) tokens.push({ kind: 'text', text: indent });
      tokens.push({ kind: 'dash', text: mark });
      rest = rest.slice(all.length);
    }
  }
  tokens.push(...valueTokens(rest));
  return tokens;
}

function valueTokens(value: string): Token[] {
  if (value === '') return [];
  const comment = commentStart(value);
  const body = comment < 0 ? value : value.slice(0, comment);
  const tokens: Token[] = [];
  const trimmed = body.trim();
  if (trimmed) {
    const lead = body.slice(0, body.indexOf(trimmed));
    const tail = body.slice(lead.length + trimmed.length);
    if (lead) tokens.push({ kind: 'text', text: lead });
    const quoted = /^(["']).*\1$/.test(trimmed);
    tokens.push({ kind: quoted ? 'string' : SCALAR.test(trimmed) ? 'scalar' : 'text', text: trimmed });
    if (tail) tokens.push({ kind: 'text', text: tail });
  } else if (body) tokens.push({ kind: 'text', text: body });
  if (comment >= 0) tokens.push({ kind: 'comment', text: value.slice(comment) });
  return tokens;
}

/** Where a comment starts: a # at the start or after a space, outside quotes; -1 if none. */
function commentStart(value: string): number {
  let quote = '';
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      if (i === 0 || /\s|[[{,:]/.test(value[i - 1] ?? '')) quote = c;
    } else if (c === '#' && (i === 0 || /\s/.test(value[i - 1] ?? ''))) return i;
  }
  return -1;
}
