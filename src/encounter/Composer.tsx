import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';

// Where the student types. Enter sends, Shift+Enter starts a new line; while the patient
// answers, Stop replaces Send.

interface Props {
  busy: boolean;
  disabled?: boolean;
  onSend(text: string): void;
  onStop(): void;
}

export function Composer({ busy, disabled = false, onSend, onStop }: Props) {
  const [text, setText] = useState('');
  const hintId = useId();

  const send = () => {
    if (busy || disabled || !text.trim()) return;
    onSend(text);
    setText('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      send();
    }
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    send();
  };

  return (
    <form className="composer" onSubmit={onSubmit}>
      <textarea
        aria-label="Message to the patient"
        aria-describedby={hintId}
        value={text}
        rows={2}
        disabled={disabled}
        placeholder="Ask the patient…"
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <p id={hintId} className="composer-hint">
        Enter sends · Shift+Enter for a new line
      </p>
      {busy ? (
        <button type="button" className="button" onClick={onStop}>
          Stop
        </button>
      ) : (
        <button type="submit" className="button button-primary" disabled={disabled || !text.trim()}>
          Send
        </button>
      )}
    </form>
  );
}
