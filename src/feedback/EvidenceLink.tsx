import type { Evidence } from '../grading/schema';

// "Turn 5: “Do you smoke?”" — jumps to that turn of the transcript. A button, not a link:
// the URL hash holds the route.

export function EvidenceLink({ evidence, onJump }: { evidence: Evidence; onJump(turn: number): void }) {
  return (
    <button type="button" className="evidence-link" onClick={() => onJump(evidence.turn)}>
      Turn {evidence.turn}: “{evidence.quote}”
    </button>
  );
}

/** Scrolls a transcript turn into view and moves focus to it. */
export function jumpToTurn(turn: number): void {
  const element = document.getElementById(`turn-${turn}`);
  if (!element) return;
  element.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  element.focus({ preventScroll: true });
}
