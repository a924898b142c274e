import { useId } from 'react';

// The API key, hidden as typed. Remembered across visits only when the user asks; otherwise it
// stays in this tab's memory.

interface Props {
  apiKey: string;
  remember: boolean;
  needed: boolean;
  placeholder: string;
  onKeyChange: (apiKey: string) => void;
  onRememberChange: (remember: boolean) => void;
  onForget: () => void;
}

export function ApiKeyField({ apiKey, remember, needed, placeholder, onKeyChange, onRememberChange, onForget }: Props) {
  const id = useId();
  const rememberId = useId();
  const noteId = useId();
  return (
    <div className="field">
      <label htmlFor={id}>API key{needed ? '' : ' (optional)'}</label>
      <div className="field-row">
        <input
          id={id}
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={apiKey}
          placeholder={placeholder}
          aria-describedby={noteId}
          onChange={(event) => onKeyChange(event.target.value)}
        />
        {apiKey || remember ? (
          <button type="button" onClick={onForget}>
            Forget key
          </button>
        ) : null}
      </div>
      <div className="field-check">
        <input id={rememberId} type="checkbox" checked={remember} onChange={(event) => onRememberChange(event.target.checked)} />
        <label htmlFor={rememberId}>Remember on this device</label>
      </div>
      <p id={noteId} className="field-hint">
        {remember
          ? 'The key is saved in this browser’s storage, readable by anyone who uses this device. Tick it only on your own device.'
          : 'The key is kept only until this tab closes (a reload forgets it too).'}
      </p>
    </div>
  );
}
