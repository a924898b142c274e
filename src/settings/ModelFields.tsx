import { useId } from 'react';

// The patient and grader models: free text, with the server's list (from the last connection
// test) and the preset's suggestions offered as choices.

interface Props {
  patientModel: string;
  graderModel: string;
  choices: readonly string[];
  onChange: (models: { patientModel?: string; graderModel?: string }) => void;
}

export function ModelFields({ patientModel, graderModel, choices, onChange }: Props) {
  const listId = useId();
  const patientId = useId();
  const graderId = useId();
  return (
    <>
      <div className="field">
        <label htmlFor={patientId}>Patient model</label>
        <input
          id={patientId}
          type="text"
          list={listId}
          autoComplete="off"
          spellCheck={false}
          value={patientModel}
          placeholder="e.g. llama3.1:8b"
          onChange={(event) => onChange({ patientModel: event.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={graderId}>Grader model</label>
        <input
          id={graderId}
          type="text"
          list={listId}
          autoComplete="off"
          spellCheck={false}
          value={graderModel}
          placeholder="Same as the patient model"
          onChange={(event) => onChange({ graderModel: event.target.value })}
        />
      </div>
      <datalist id={listId}>
        {choices.map((model) => (
          <option key={model} value={model} />
        ))}
      </datalist>
    </>
  );
}
