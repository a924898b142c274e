import { Fragment, useId, type ReactNode } from 'react';
import type { Case } from '../case';
import { difficultyLabel, formatPatient, languageName, tagLabel, vitalSigns } from './format';

// One case as the student sees it before starting: what is known at the door, nothing more.
// Never the diagnosis, checklist or misconceptions. Case text is rendered as plain text only.

export function CaseCard({ case: c }: { case: Case }) {
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
      </ul>
      <dl className="door-note" lang={c.language}>
        <DoorNoteItem term="Setting">{doorNote.setting}</DoorNoteItem>
        <DoorNoteItem term="Reason for the visit">{doorNote.reason}</DoorNoteItem>
        {doorNote.vitals && (
          <DoorNoteItem term="Vital signs">
            <VitalSigns vitals={doorNote.vitals} />
            {doorNote.vitals.notes && <span className="vital-notes">{doorNote.vitals.notes}</span>}
          </DoorNoteItem>
        )}
        <DoorNoteItem term="Your task">{doorNote.task}</DoorNoteItem>
      </dl>
      {c.tags.length > 0 && (
        <ul className="case-card-tags" aria-label="Tags" lang={c.language}>
          {c.tags.map((tag) => (
            <li key={tag}>{tagLabel(tag)}</li>
          ))}
        </ul>
      )}
    </article>
  );
}

function DoorNoteItem({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="door-note-item">
      <dt lang="en">{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** "BP 150/90 · HR 102 · T 38.6 °C": each sign kept on one line, abbreviations explained on hover. */
function VitalSigns({ vitals }: { vitals: NonNullable<Case['doorNote']['vitals']> }) {
  const signs = vitalSigns(vitals);
  if (signs.length === 0) return null;
  return (
    <span className="vital-signs" lang="en">
      {signs.map((sign, i) => (
        <Fragment key={sign.label}>
          {i > 0 && ' · '}
          <span className="vital-sign">
            <abbr title={sign.name}>{sign.label}</abbr> {sign.value}
          </span>
        </Fragment>
      ))}
    </span>
  );
}
