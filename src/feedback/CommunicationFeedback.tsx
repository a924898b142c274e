import type { CommunicationScore } from '../grading/schema';
import { EvidenceLink } from './EvidenceLink';
import { DOMAIN_LABEL } from './labels';

export function CommunicationFeedback({ scores, onJump }: { scores: readonly CommunicationScore[]; onJump(turn: number): void }) {
  return (
    <section aria-labelledby="feedback-communication" className="feedback-section">
      <h3 id="feedback-communication">Communication (Calgary–Cambridge)</h3>
      <ul className="communication">
        {scores.map((s) => (
          <li key={s.domain}>
            <span className="communication-domain">{DOMAIN_LABEL[s.domain]}</span>{' '}
            <span className="communication-score" aria-label={`${s.score} out of 5`}>
              {s.score}/5
            </span>
            <p>{s.advice}</p>
            {s.evidence.map((evidence) => (
              <EvidenceLink key={`${evidence.turn}:${evidence.quote}`} evidence={evidence} onJump={onJump} />
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
