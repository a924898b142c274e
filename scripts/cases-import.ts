// Imports cases from other formats: `npm run cases:import -- <format> <file…> --out <dir>`.
// Writes <dir>/<id>.yaml per imported case, each checked as `cases:check` checks it; prints a line
// per record not imported (`file:line  reason`) and per case imported with notes, then a summary.
// Exits 1 on a usage error (unknown format, missing file, no --out); records that cannot be
// imported are reported, not fatal.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { caseChecks, validateCaseSource, type CaseCheck } from '../src/case/index.ts';
import { IMPORTERS, importerFor, type ImportResult } from '../src/case/importers/index.ts';
import { factsReachable } from '../src/patient/reachability.ts';

// The same checks as cases:check, so every file written passes it unchanged.
const checks: readonly CaseCheck[] = [...caseChecks, factsReachable];

export interface Output {
  log(line: string): void;
  error(line: string): void;
}

const usage = () =>
  [
    'usage: npm run cases:import -- <format> <file…> --out <dir>',
    'formats:',
    ...IMPORTERS.map((importer) => `  ${importer.format.padEnd(14)}${importer.description}`),
  ].join('\n');

interface Args {
  format: string;
  files: string[];
  out: string;
}

function parseArgs(argv: string[]): Args | string {
  const rest: string[] = [];
  let out: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--out' || arg === '-o') {
      out = argv[++i];
      if (out === undefined) return '--out needs a directory';
    } else if (arg.startsWith('--out=')) out = arg.slice('--out='.length);
    else if (arg === '--help' || arg === '-h') return '';
    else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else rest.push(arg);
  }
  const [format, ...files] = rest;
  if (!format) return 'give a format';
  if (files.length === 0) return 'give at least one file to import';
  if (!out) return 'give the output directory with --out <dir>';
  return { format, files, out };
}

/** Imports, checks and writes; returns the exit code. */
export async function main(argv: string[], output: Output = console): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    output.error(args ? `${args}\n${usage()}` : usage());
    return 1;
  }
  const importer = importerFor(args.format);
  if (!importer) {
    output.error(`unknown format "${args.format}"; known formats: ${IMPORTERS.map((i) => i.format).join(', ')}\n${usage()}`);
    return 1;
  }
  const sources: Array<{ file: string; text: string }> = [];
  for (const file of args.files) {
    try {
      sources.push({ file, text: readFileSync(file, 'utf8') });
    } catch (error) {
      output.error(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
      return 1;
    }
  }
  mkdirSync(args.out, { recursive: true });
  const total = { clean: 0, notes: 0, failed: 0 };
  const written = new Map<string, string>();
  for (const { file, text } of sources) {
    const result = await checked(await importer.importText(text, file));
    const counts = { clean: 0, notes: 0, failed: result.failures.length };
    const lines: Array<[number, string]> = result.failures.map((f) => [f.line, `${file}:${f.line}  ${f.reason}`]);
    for (const imported of result.cases) {
      const id = String(imported.case.id);
      const target = join(args.out, `${id}.yaml`);
      const earlier = written.get(id);
      if (earlier) {
        counts.failed += 1;
        lines.push([imported.line, `${file}:${imported.line}  the case id "${id}" was already written from ${earlier}; not overwritten`]);
        continue;
      }
      writeFileSync(target, imported.yaml);
      written.set(id, `${file}:${imported.line}`);
      if (imported.notes.length === 0) counts.clean += 1;
      else {
        counts.notes += 1;
        lines.push([imported.line, `${file}:${imported.line}  ${id}.yaml written with notes: ${imported.notes.join('; ')}`]);
      }
    }
    for (const [, line] of lines.sort((a, b) => a[0] - b[0])) output.log(line);
    output.log(`${basename(file)}: ${summary(counts)}`);
    total.clean += counts.clean;
    total.notes += counts.notes;
    total.failed += counts.failed;
  }
  if (sources.length > 1) output.log(`all files: ${summary(total)}`);
  output.log(`wrote ${written.size} case file${written.size === 1 ? '' : 's'} to ${args.out}`);
  return 0;
}

/** Re-checks every case with the checks cases:check runs; a case that fails becomes a failure. */
async function checked(result: ImportResult): Promise<ImportResult> {
  const cases: ImportResult['cases'] = [];
  const failures = [...result.failures];
  for (const imported of result.cases) {
    const { problems } = await validateCaseSource(imported.yaml, `${String(imported.case.id)}.yaml`, { checks });
    const errors = problems.filter((p) => p.severity === 'error');
    if (errors.length === 0) cases.push(imported);
    else failures.push({ line: imported.line, reason: `the case made from it does not pass cases:check: ${errors.map((p) => `${p.path}: ${p.message}`).join('; ')}` });
  }
  return { file: result.file, cases, failures: failures.sort((a, b) => a.line - b.line) };
}

const summary = ({ clean, notes, failed }: { clean: number; notes: number; failed: number }) =>
  `${clean} imported cleanly, ${notes} imported with notes, ${failed} failed`;

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
