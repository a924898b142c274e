import type { Ref } from 'react';

// "Your name": stamped on every decision, comment and sign-off, so it is asked before any.

interface Props {
  name: string;
  onChange(name: string): void;
  /** Set when an action was tried without a name. */
  missing: boolean;
  inputRef: Ref<HTMLInputElement>;
}

export function ReviewerField({ name, onChange, missing, inputRef }: Props) {
  return (
    <div className="reviewer-field">
      <label htmlFor="reviewer-name">Your name</label>
      <input
        id="reviewer-name"
        ref={inputRef}
        type="text"
        autoComplete="name"
        value={name}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={missing || undefined}
        aria-describedby="reviewer-name-hint"
      />
      <p id="reviewer-name-hint" className={missing ? 'form-error' : 'field-hint'} role={missing ? 'alert' : undefined}>
        {missing ? 'Enter your name before recording a decision or comment.' : 'Recorded with each decision and comment; remembered in this browser.'}
      </p>
    </div>
  );
}
