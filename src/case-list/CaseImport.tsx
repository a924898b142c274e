import { useId, useState, type ChangeEvent } from 'react';
import type { ImportOutcome } from './import-cases';

// The "Import case files" control on the Cases screen and what became of each file.

interface Props {
  onImport: (files: File[]) => Promise<ImportOutcome[]>;
  /** Said under the results, e.g. that this browser keeps the cases only until the tab closes. */
  storageNote?: string;
}

export function CaseImport({ onImport, storageNote }: Props) {
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [outcomes, setOutcomes] = useState<ImportOutcome[]>([]);

  const importPicked = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const files = Array.from(input.files ?? []);
    if (files.length === 0) return;
    setBusy(true);
    try {
      setOutcomes(await onImport(files));
    } catch (error) {
      setOutcomes([{ file: files.map((f) => f.name).join(', '), status: 'failed', message: error instanceof Error ? error.message : String(error) }]);
    } finally {
      setBusy(false);
      // Picking the same file again (a new revision) must fire another change.
      input.value = '';
    }
  };

  return (
    <div className="case-import">
      <div className="case-import-field">
        <label htmlFor={id}>Import case files</label>
        <input id={id} type="file" accept=".yaml,.yml,.jsonl,.txt" multiple disabled={busy} onChange={importPicked} aria-describedby={`${id}-hint`} />
      </div>
      <p id={`${id}-hint`} className="field-hint">
        For case authors: .yaml files, checked like <code>npm run cases:check</code> and kept in this browser only; also
        AgentClinic records (.jsonl) and Virtual Standardized Patient case files (.txt), converted first. Importing a case
        again adds a new revision; earlier ones are kept.
      </p>
      <div role="status" className="case-import-results">
        {busy ? (
          <p>Importing…</p>
        ) : (
          outcomes.length > 0 && (
            <ul>
              {outcomes.map((outcome, index) => (
                <Outcome key={`${index} ${outcome.file}`} outcome={outcome} />
              ))}
            </ul>
          )
        )}
        {!busy && outcomes.some((o) => o.status === 'saved') && storageNote && <p className="banner banner-warning">{storageNote}</p>}
      </div>
    </div>
  );
}

function Outcome({ outcome }: { outcome: ImportOutcome }) {
  const file = <strong>{outcome.file}</strong>;
  switch (outcome.status) {
    case 'saved':
      return (
        <li className="import-saved">
          <p>
            {file}: imported “{outcome.title}”{outcome.revision > 1 ? ` as revision ${outcome.revision}` : ''}.
          </p>
          <ProblemLines lines={outcome.warnings} />
        </li>
      );
    case 'rejected':
      return (
        <li className="import-rejected">
          <p>
            {file} was not imported: {outcome.problems.length === 1 ? '1 problem' : `${outcome.problems.length} problems`}.
          </p>
          <ProblemLines lines={outcome.problems} />
        </li>
      );
    case 'failed':
      return (
        <li className="import-rejected">
          <p>
            {file} was not imported: {outcome.message}
          </p>
        </li>
      );
  }
}

function ProblemLines({ lines }: { lines: readonly string[] }) {
  if (lines.length === 0) return null;
  return (
    <ul className="problem-lines">
      {lines.map((line, index) => (
        <li key={index}>
          <code>{line}</code>
        </li>
      ))}
    </ul>
  );
}
