// Grades one interview from files:
//   npm run grade -- --case cases/<file>.yaml --transcript <file> [--note <file>]
//                    [--model <id> --base-url <url> [--api-key-env VAR]]
// The rule grader by default; with --model the LLM grader, and the rule grader beside it as a
// cross-check. Every grading is verified against the transcript and scored by code. Prints one
// JSON object on stdout; problems go to stderr. Exit codes: 1 for a bad or unreadable case,
// transcript or note, or a grading that failed; 2 for bad usage.
// The API key is read only from the environment variable named by --api-key-env: an argument
// would be kept in the shell history. It is never printed.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { formatProblem, validateCaseSource, type Case } from '../src/case/index.ts';
import { createLlmGrader, gradeSession, InputFileError, parseNote, parseTranscript, type GradingInput } from '../src/grading/index.ts';
import { createLlmClient, DEFAULT_SETTINGS, describeLlmError, type LlmSettings } from '../src/llm/index.ts';

const USAGE =
  'Usage: npm run grade -- --case cases/<file>.yaml --transcript <file> [--note <file>] ' +
  '[--model <id> --base-url <url> [--api-key-env VAR]]';

class UsageError extends Error {}
class InputError extends Error {}

interface Options {
  casePath: string;
  transcriptPath: string;
  notePath?: string;
  llm?: { settings: LlmSettings; model: string };
}

function readOptions(argv: readonly string[]): Options {
  if (argv.some((arg) => /^--api-key(=|$)/.test(arg))) {
    throw new UsageError('Do not pass the API key as an argument (the shell would keep it in its history): put it in an environment variable and name that with --api-key-env VAR.');
  }
  const { case: casePath, transcript: transcriptPath, note: notePath, model, 'base-url': baseUrl, 'api-key-env': keyVariable } = parse(argv);
  if (!casePath || !transcriptPath) throw new UsageError('--case and --transcript are required.');
  if ((model === undefined) !== (baseUrl === undefined)) throw new UsageError('--model and --base-url go together.');
  if (keyVariable !== undefined && model === undefined) throw new UsageError('--api-key-env needs --model and --base-url.');
  const apiKey = keyVariable === undefined ? '' : (process.env[keyVariable] ?? '');
  if (keyVariable !== undefined && apiKey.trim() === '') throw new UsageError(`The environment variable ${keyVariable} is not set.`);
  return {
    casePath,
    transcriptPath,
    ...(notePath !== undefined ? { notePath } : {}),
    ...(model !== undefined && baseUrl !== undefined
      ? { llm: { settings: { ...DEFAULT_SETTINGS, provider: 'custom' as const, baseUrl, apiKey, graderModel: model }, model } }
      : {}),
  };
}

const ARGUMENTS = {
  case: { type: 'string' },
  transcript: { type: 'string' },
  note: { type: 'string' },
  model: { type: 'string' },
  'base-url': { type: 'string' },
  'api-key-env': { type: 'string' },
} as const;

function parse(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options: ARGUMENTS, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

async function readInput(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new InputError(`Cannot read ${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
}

async function loadCase(path: string): Promise<{ caseFile: Case; hash: string }> {
  const parsed = await validateCaseSource(await readInput(path), path);
  // Warnings do not stop grading, but they are said, as cases:check says them.
  parsed.problems.forEach((problem) => console.error(formatProblem(problem)));
  if (!parsed.ok) throw new InputError(`${path}: the case file has errors; fix them first (npm run cases:check -- ${path}).`);
  return { caseFile: parsed.case, hash: parsed.hash };
}

async function grade(options: Options) {
  const { caseFile, hash } = await loadCase(options.casePath);
  const transcript = parseTranscript(await readInput(options.transcriptPath), options.transcriptPath);
  const note = options.notePath === undefined ? null : parseNote(await readInput(options.notePath), options.notePath);
  const input: GradingInput = { caseFile, transcript, note };

  const llmGrader = options.llm ? createLlmGrader({ client: createLlmClient(options.llm.settings), model: options.llm.model }) : undefined;
  const graded = await gradeSession(input, llmGrader);
  return {
    case: { id: caseFile.id, version: caseFile.version, hash },
    grader: graded.grader,
    score: graded.score,
    result: graded.result,
    verification: graded.verification,
    /** Null when no cross-check ran (the rule grader alone). */
    disagreements: graded.disagreements,
  };
}

/** Outside a browser nothing blocks an answer (no CORS): a failed request means nothing answered. */
const NODE_CONTEXT = { reachable: false } as const;

async function main(argv: readonly string[]): Promise<number> {
  let options: Options | undefined;
  try {
    options = readOptions(argv);
    console.log(JSON.stringify(await grade(options), null, 2));
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n${USAGE}`);
      return 2;
    }
    if (error instanceof InputError || error instanceof InputFileError) {
      console.error(error.message);
      return 1;
    }
    // describeLlmError removes the key from whatever a server echoed back.
    const problem = options?.llm ? describeLlmError(error, options.llm.settings, NODE_CONTEXT) : { message: (error as Error).message, fix: undefined };
    console.error(`Grading failed: ${problem.message}${problem.fix ? `\n${problem.fix}` : ''}`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
