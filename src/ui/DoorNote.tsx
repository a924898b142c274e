import { Fragment, type ReactNode } from 'react';
import type { Case } from '../case';
import { vitalSigns } from './case-format';
import './door-note.css';

// What the student knows at the door: setting, reason for the visit, vital signs, the task.
// Shown on the case list and beside the interview. Plain text only.

export function DoorNote({ doorNote, language }: { doorNote: Case['doorNote']; language: string }) {
  return (
    <dl className="door-note" lang={language}>
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
