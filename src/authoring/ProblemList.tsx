import type { Problem } from '../case/problem';

// The draft's problems, errors first and warnings apart, each a button that moves the caret
// to where the problem is.

interface Props {
  problems: readonly Problem[];
  onGoTo(problem: Problem): void;
}

export function ProblemList({ problems, onGoTo }: Props) {
  const errors = problems.filter((problem) => problem.severity === 'error');
  const warnings = problems.filter((problem) => problem.severity === 'warning');
  return (
    <div className="authoring-problems">
      <Group title="Errors" problems={errors} onGoTo={onGoTo} />
      <Group title="Warnings" problems={warnings} onGoTo={onGoTo} />
    </div>
  );
}

function Group({ title, problems, onGoTo }: Props & { title: string }) {
  if (problems.length === 0) return null;
  const headingId = `authoring-${title.toLowerCase()}`;
  return (
    <section aria-labelledby={headingId} className={`problem-group problem-group-${title.toLowerCase()}`}>
      <h3 id={headingId}>
        {title} ({problems.length})
      </h3>
      <ul>
        {problems.map((problem, index) => (
          <li key={`${index} ${problem.line} ${problem.path}`}>
            <button type="button" className="problem-link" onClick={() => onGoTo(problem)}>
              {describeProblem(problem)}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** "line N, column C — path — message"; a problem with no position says so. */
export function describeProblem(problem: Problem): string {
  const where = problem.line > 0 ? `line ${problem.line}, column ${problem.column}` : 'the whole file';
  return [where, problem.path, problem.message].filter((part) => part !== '').join(' — ');
}

/** "2 errors, 1 warning", or that there is nothing to fix. */
export function countProblems(problems: readonly Problem[]): string {
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;
  if (problems.length === 0) return 'No problems: the case is ready to save or try.';
  const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
  return `${count(errors, 'error')}, ${count(warnings, 'warning')}${errors > 0 ? ': fix the errors to save or try the case.' : '.'}`;
}
