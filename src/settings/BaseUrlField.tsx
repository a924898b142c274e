import { useId } from 'react';

// The server's address; the preset fills it, the user may change it.

interface Props {
  value: string;
  placeholder: string;
  onChange: (baseUrl: string) => void;
}

export function BaseUrlField({ value, placeholder, onChange }: Props) {
  const id = useId();
  const hintId = useId();
  return (
    <div className="field">
      <label htmlFor={id}>Base URL</label>
      <input
        id={id}
        type="url"
        inputMode="url"
        autoComplete="off"
        spellCheck={false}
        value={value}
        placeholder={placeholder || 'https://example.org/v1'}
        aria-describedby={hintId}
        onChange={(event) => onChange(event.target.value)}
      />
      <p id={hintId} className="field-hint">
        The address of the OpenAI-compatible API, usually ending in /v1.
      </p>
    </div>
  );
}
