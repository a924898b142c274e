// Prints how well the scripted patient answers the labelled question sets, per case and overall.
// Usage: npm run patient:accuracy [-- [--failures] [--holdout | --holdout2 | --holdout3] [case ids…]]
import { holdout2Dir, holdout3Dir, holdoutDir, loadQuestionSets, runQuestionSet } from '../test/patient/question-set';

const showFailures = process.argv.includes('--failures');
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
let right = 0;
let total = 0;
const dir = process.argv.includes('--holdout3')
  ? holdout3Dir
  : process.argv.includes('--holdout2')
    ? holdout2Dir
    : process.argv.includes('--holdout')
      ? holdoutDir
      : undefined;
const sets = loadQuestionSets(dir);
for (const { caseId, questions } of sets.filter((s) => only.length === 0 || only.includes(s.caseId))) {
  const result = runQuestionSet(caseId, questions);
  const correct = result.outcomes.filter((o) => o.correct).length;
  right += correct;
  total += questions.length;
  console.log(`${caseId.padEnd(32)} ${correct}/${questions.length}  ${(result.accuracy * 100).toFixed(1)}%`);
  if (showFailures) {
    for (const o of result.outcomes.filter((x) => !x.correct)) {
      console.log(`   ✗ ${o.question.q}\n     → ${o.response.text}\n     ${o.why}`);
    }
  }
}
console.log(`${'overall'.padEnd(32)} ${right}/${total}  ${((right / total) * 100).toFixed(1)}%`);
