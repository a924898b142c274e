import { useRef, type Ref } from 'react';

// The YAML text with a gutter of line numbers. Lines do not wrap, so line n of the gutter is
// line n of the text; the gutter scrolls with the text.

interface Props {
  id: string;
  value: string;
  onChange(value: string): void;
  textareaRef: Ref<HTMLTextAreaElement>;
  describedBy?: string;
}

export function YamlEditor({ id, value, onChange, textareaRef, describedBy }: Props) {
  const gutter = useRef<HTMLDivElement>(null);
  const lineCount = value.split('\n').length;
  return (
    <div className="yaml-editor">
      <div className="yaml-gutter" ref={gutter} aria-hidden="true">
        {Array.from({ length: lineCount }, (_, i) => (
          <div key={i}>{i + 1}</div>
        ))}
      </div>
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
          if (gutter.current) gutter.current.scrollTop = event.currentTarget.scrollTop;
        }}
      />
    </div>
  );
}

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
