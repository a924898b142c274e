import { useId } from 'react';
import { PRESETS, PROVIDER_ORDER, Provider } from '../llm';

// Where the patient comes from: the built-in one first, then each kind of server.

export function ProviderSelect({ value, onChange }: { value: Provider; onChange: (provider: Provider) => void }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>Provider</label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          const parsed = Provider.safeParse(event.target.value);
          if (parsed.success) onChange(parsed.data);
        }}
      >
        {PROVIDER_ORDER.map((provider) => (
          <option key={provider} value={provider}>
            {PRESETS[provider].label}
          </option>
        ))}
      </select>
    </div>
  );
}
