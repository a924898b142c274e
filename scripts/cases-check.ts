// Validates case files: `npm run cases:check [files or directories…]` (default: cases/).
// Prints every problem as `file:line:column  path  message`, then a summary; exits 1 on any error.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { caseChecks, formatProblem, validateCaseSource, type CaseCheck, type Problem } from '../src/case/index.ts';
import { factsReachable } from '../src/patient/reachability.ts';

// Checks that need another feature (such as the scripted patient) are added here, not in src/case.
const checks: readonly CaseCheck[] = [...caseChecks, factsReachable];
const isCaseFile = (name: string) => /\.ya?ml$/i.test(name);

function caseFiles(target: string): { files: string[]; problems: Problem[] } {
  const unreadable = (message: string) => ({
    files: [],
    problems: [{ file: target, line: 1, column: 1, path: '', message, severity: 'error' as const }],
  });
  try {
    if (!statSync(target).isDirectory()) return { files: [target], problems: [] };
    const files = readdirSync(target).filter(isCaseFile).sort().map((name) => join(target, name));
    return files.length > 0 ? { files, problems: [] } : unreadable('no case files (*.yaml) in this directory');
  } catch (error) {
    return unreadable(`cannot read: ${(error as Error).message}`);
  }
}

async function checkFile(file: string): Promise<Problem[]> {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (error) {
    return [{ file, line: 1, column: 1, path: '', message: `cannot read the file: ${(error as Error).message}`, severity: 'error' }];
  }
  return (await validateCaseSource(source, file, { checks })).problems;
}

async function main(targets: string[]): Promise<number> {
  let fileCount = 0;
  const all: Problem[] = [];
  const print = (problems: Problem[]) => {
    if (problems.length > 0) console.log(`${problems.map(formatProblem).join('\n')}\n`);
    all.push(...problems);
  };
  for (const target of targets.length > 0 ? targets : ['cases']) {
    const { files, problems } = caseFiles(target);
    print(problems);
    for (const file of files) {
      fileCount += 1;
      print(await checkFile(file));
    }
  }
  const errors = all.filter((problem) => problem.severity === 'error').length;
  const warnings = all.length - errors;
  console.log(`${count(fileCount, 'file')}, ${count(errors, 'error')}, ${count(warnings, 'warning')}`);
  return errors > 0 ? 1 : 0;
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

process.exitCode = await main(process.argv.slice(2));
