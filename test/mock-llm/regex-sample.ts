// Builds one short string matching a simple regular expression (JSON Schema `pattern`):
// literals, escapes (\d \w \s and escaped punctuation), character classes, groups with
// alternation (first branch), anchors and the usual quantifiers (minimum repetitions, at
// least one for + ). Returns undefined for anything it does not understand; the caller
// checks the result against the real RegExp anyway.

const MAX_LENGTH = 200;

export function sampleRegex(pattern: string): string | undefined {
  try {
    const parser = new Parser(pattern);
    const out = parser.alternation();
    if (parser.pos !== pattern.length || out.length > MAX_LENGTH) return undefined;
    return out;
  } catch {
    return undefined;
  }
}

class Parser {
  pos = 0;
  constructor(private readonly src: string) {}

  alternation(): string {
    const first = this.sequence();
    while (this.peek() === '|') {
      this.pos++;
      this.sequence(); // later branches are parsed and dropped
    }
    return first;
  }

  private sequence(): string {
    let out = '';
    while (this.pos < this.src.length && this.peek() !== '|' && this.peek() !== ')') {
      const atom = this.atom();
      out += atom.repeat(this.quantifier());
    }
    return out;
  }

  private atom(): string {
    const ch = this.next();
    switch (ch) {
      case '^':
      case '$':
        return '';
      case '.':
        return 'a';
      case '(': {
        if (this.src.startsWith('?:', this.pos)) this.pos += 2;
        else if (this.src.startsWith('?<', this.pos) && !/^\?<[=!]/.test(this.src.slice(this.pos))) {
          this.pos = this.src.indexOf('>', this.pos) + 1;
        } else if (this.peek() === '?') throw new Error('lookaround');
        const inner = this.alternation();
        if (this.next() !== ')') throw new Error('unclosed group');
        return inner;
      }
      case '[':
        return this.charClass();
      case '\\':
        return this.escape(this.next());
      default:
        if ('*+?{})|'.includes(ch)) throw new Error(`unexpected ${ch}`);
        return ch;
    }
  }

  private escape(ch: string): string {
    if (ch === 'd') return '1';
    if (ch === 'w') return 'a';
    if (ch === 's') return ' ';
    if (/[DWS]/.test(ch) || /[0-9bBpPukcx]/.test(ch)) throw new Error(`unsupported \\${ch}`);
    if (ch === 'n') return '\n';
    if (ch === 't') return '\t';
    return ch;
  }

  private charClass(): string {
    if (this.peek() === '^') throw new Error('negated class');
    const start = this.pos;
    let first: string | undefined;
    while (this.peek() !== ']') {
      let ch = this.next();
      if (ch === '\\') ch = this.escape(this.next());
      first ??= ch;
    }
    this.pos++;
    if (first === undefined || this.pos - start < 2) throw new Error('empty class');
    return first;
  }

  private quantifier(): number {
    const ch = this.peek();
    let count = 1;
    if (ch === '*' || ch === '?') {
      this.pos++;
      count = 0;
    } else if (ch === '+') {
      this.pos++;
    } else if (ch === '{') {
      const match = /^\{(\d+)(,\d*)?\}/.exec(this.src.slice(this.pos));
      if (!match?.[1]) return 1;
      this.pos += match[0].length;
      count = Number(match[1]);
    } else {
      return 1;
    }
    if (this.peek() === '?') this.pos++; // lazy
    return count;
  }

  private peek(): string | undefined {
    return this.src[this.pos];
  }

  private next(): string {
    const ch = this.src[this.pos++];
    if (ch === undefined) throw new Error('unexpected end');
    return ch;
  }
}
