import type { CaseLoadFailure } from '../case/library';
import { describeLoadFailure } from '../ui/case-format';

// Tells the reader that some case files were left out, and where the first error in each is.
// The full list of problems goes to the console (and `npm run cases:check`).

export function LoadFailureNotice({ failures }: { failures: readonly CaseLoadFailure[] }) {
  if (failures.length === 0) return null;
  const count = failures.length === 1 ? '1 case could not be loaded' : `${failures.length} cases could not be loaded`;
  if (failures.length === 1 && failures[0]) {
    return (
      <div className="load-failure-notice">
        <p>
          {count}: <Described failure={failures[0]} />
        </p>
      </div>
    );
  }
  return (
    <div className="load-failure-notice">
      <p>{count}:</p>
      <ul>
        {failures.map((failure) => (
          <li key={`${failure.origin ?? 'bundled'} ${failure.file}`}>
            <Described failure={failure} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function Described({ failure }: { failure: CaseLoadFailure }) {
  return (
    <>
      <code>{describeLoadFailure(failure)}</code>
      {failure.origin === 'stored' && ' (stored in this browser)'}
    </>
  );
}
