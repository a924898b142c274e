import { useState } from 'react';

// The models a server lists; long lists (OpenRouter has hundreds) start folded.

const FOLDED = 12;

export function ModelList({ models }: { models: readonly string[] }) {
  const [open, setOpen] = useState(false);
  if (models.length === 0) return null;
  const shown = open ? models : models.slice(0, FOLDED);
  return (
    <>
      <ul className="model-list" aria-label="Models on the server">
        {shown.map((model) => (
          <li key={model}>
            <code>{model}</code>
          </li>
        ))}
      </ul>
      {models.length > FOLDED ? (
        <button type="button" className="link-button" onClick={() => setOpen(!open)}>
          {open ? 'Show fewer' : `Show all ${models.length}`}
        </button>
      ) : null}
    </>
  );
}
