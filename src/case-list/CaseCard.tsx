import { useId, type ReactNode } from 'react';
import type { Case } from '../case';
import { difficultyLabel, formatPatient, languageName, tagLabel } from '../ui/case-format';
import { DoorNote } from '../ui/DoorNote';

// One case as the student sees it before starting: what is known at the door, nothing more.
// Never the diagnosis, checklist or misconceptions. Case text is rendered as plain text only.

interface CaseCardProps {
  case: Case;
  /** Set for a case stored in this browser: its revision (1, 2, …). */
  storedRevision?: number;
  children?: ReactNode;
}

export function CaseCard({ case: c, storedRevision, children }: CaseCardProps) {
  const headingId = useId();
  const { doorNote } = c;
  return (
    <article className="case-card" aria-labelledby={headingId}>
      <h3 id={headingId} className="case-card-title" lang={c.language}>
        {c.title}
      </h3>
      <ul className="case-card-meta" aria-label="About this case">
        <li className={`difficulty difficulty-${c.difficulty}`}>{difficultyLabel(c.difficulty)}</li>
        <li>{languageName(c.language)}</li>
        <li>Patient: {formatPatient(c.patient)}</li>
        {storedRevision !== undefined && <li className="case-origin">Stored in this browser</li>}
        {storedRevision !== undefined && storedRevision > 1 && <li>Revision {storedRevision}</li>}
      </ul>
      <DoorNote doorNote={doorNote} language={c.language} />
      {c.tags.length > 0 && (
        <ul className="case-card-tags" aria-label="Tags" lang={c.language}>
          {c.tags.map((tag) => (
            <li key={tag}>{tagLabel(tag)}</li>
          ))}
        </ul>
      )}
      {children && <div className="case-card-action">{children}</div>}
    </article>
  );
}
