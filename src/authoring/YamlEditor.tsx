import { memo, useRef, type Ref } from 'react';
import { tokenizeLine } from './yaml-tokens';

// The YAML text with a gutter of line numbers and syntax colouring. Lines do not wrap, so line
// n of the gutter is line n of the text. The colours are a copy of the text drawn behind the
// textarea (whose own text is transparent), scrolled with it; plain React text, never HTML.

interface Props {
  id: string;
  value: string;
  onChange(value: string): void;
  textareaRef: Ref<HTMLTextAreaElement>;
  describedBy?: string;
}

export function YamlEditor({ id, value, onChange, textareaRef, describedBy }: Props) {
  const gutter = useRef<HTMLDivElement>(null);
  const colours = useRef<HTMLPreElement>(null);
  const lineCount = value.split('\n').length;
  return (
    <div className="yaml-editor">
      <div className="yaml-gutter" ref={gutter} aria-hidden="true">
        {Array.from({ length: lineCount }, (_, i) => (
          <div key={i}>{i + 1}</div>
        ))}
      </div>
      <div className="yaml-area">
      <Highlighted value={value} preRef={colours} />
      <textarea
        id={id}
        ref={textareaRef}
        className="yaml-text"
        value={value}
        wrap="off"
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}
        onScroll={(event) => {
          const { scrollTop, scrollLeft } = event.currentTarget;
          if (gutter.current) gutter.current.scrollTop = scrollTop;
          if (colours.current) {
            colours.current.scrollTop = scrollTop;
            colours.current.scrollLeft = scrollLeft;
          }
        }}
      />
      </div>
    </div>
  );
}

const Highlighted = memo(function Highlighted({ value, preRef }: { value: string; preRef: Ref<HTMLPreElement> }) {
  return (
    <pre className="yaml-highlight" ref={preRef} aria-hidden="true">
      {value.split('\n').map((line, i) => (
        <div key={i}>
          {tokenizeLine(line).map((token, j) =>
            token.kind === 'text' ? token.text : (
              <span key={j} className={`tok-${token.kind}`}>
                {token.text}
              </span>
            ),
          )}
        </div>
      ))}
    </pre>
  );
});

/** Puts the caret at line and column (1-based) and scrolls the line into view. */
export function moveCaret(textarea: HTMLTextAreaElement, line: number, column: number): void {
  const lines = textarea.value.split('\n');
  const target = Math.min(Math.max(line, 1), lines.length);
  let offset = 0;
  for (let i = 0; i < target - 1; i++) offset += (lines[i]?.length ?? 0) + 1;
  offset += Math.min(Math.max(column, 1) - 1, lines[target - 1]?.length ?? 0);
  textarea.focus();
  textarea.setSelectionRange(offset, offset);
  const lineHeight = Number.parseFloat(getComputedStyle(textarea).lineHeight);
  if (Number.isFinite(lineHeight)) textarea.scrollTop = Math.max(0, (target - 3) * lineHeight);
}
