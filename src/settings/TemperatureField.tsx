import { useId } from 'react';
import { MAX_TEMPERATURE, MIN_TEMPERATURE } from '../llm';

// How freely the model phrases its answers: low is steadier, high more varied.

export function TemperatureField({ value, onChange }: { value: number; onChange: (temperature: number) => void }) {
  const id = useId();
  const hintId = useId();
  return (
    <div className="field">
      <label htmlFor={id}>Temperature</label>
      <div className="field-row">
        <input
          id={id}
          type="range"
          min={MIN_TEMPERATURE}
          max={MAX_TEMPERATURE}
          step={0.1}
          value={value}
          aria-describedby={hintId}
          onChange={(event) => onChange(Number(event.target.value))}
        />
        <output htmlFor={id}>{value.toFixed(1)}</output>
      </div>
      <p id={hintId} className="field-hint">
        Lower keeps the patient’s answers steady; higher makes them more varied.
      </p>
    </div>
  );
}
