import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { validateCaseSource } from '../../src/case';
import { MINIMAL_CASE_FILE, MINIMAL_CASE_YAML } from '../fixtures/minimal-case';

const root = join(import.meta.dirname, '../..');
const brokenDir = 'test/fixtures/broken-cases';

interface ExpectedProblem {
  line: number;
  column: number;
  path: string;
  message: string;
  severity?: 'error' | 'warning';
}

const expected = parse(readFileSync(join(root, brokenDir, 'expected.yaml'), 'utf8')) as Record<string, ExpectedProblem[]>;
const brokenFiles = readdirSync(join(root, brokenDir)).filter((name) => name.endsWith('.yaml') && name !== 'expected.yaml').sort();

describe('broken case fixtures', () => {
  it('has at least 12 files, each listed in expected.yaml', () => {
    expect(brokenFiles.length).toBeGreaterThanOrEqual(12);
    expect(Object.keys(expected).sort()).toEqual(brokenFiles);
  });

  it.each(brokenFiles)('%s: reports exactly the expected problems', async (name) => {
    const file = `${brokenDir}/${name}`;
    const result = await validateCaseSource(readFileSync(join(root, file), 'utf8'), file);
    const actual = result.problems.map(({ file: f, line, column, path, message, severity }) => ({ file: f, line, column, path, message, severity }));
    const wanted = (expected[name] ?? []).map(({ line, column, path, message, severity = 'error' }) => ({
      file,
      line,
      column,
      path,
      message: expect.stringContaining(message),
      severity,
    }));
    expect(actual).toEqual(wanted);
    expect(result.ok).toBe(false);
  });
});

function runCasesCheck(...paths: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/cases-check.ts', ...paths], { cwd: root, encoding: 'utf8' });
  return { status: result.status, lines: result.stdout.split('\n').filter((line) => line !== ''), stderr: result.stderr };
}

describe('npm run cases:check', () => {
  const problemLine = /^\S+:\d+:\d+ {2}\S+ {2}\S.*$/;

  it('prints every problem of a broken file as file:line:column  path  message and exits 1', () => {
    const { status, lines, stderr } = runCasesCheck(`${brokenDir}/typo-field-name.yaml`);
    expect(stderr).toBe('');
    expect(status).toBe(1);
    expect(lines).toEqual([
      `${brokenDir}/typo-field-name.yaml:22:3  patient.openingStatement  is required`,
      `${brokenDir}/typo-field-name.yaml:28:3  patient.openingStatment  unknown field "openingStatment" (did you mean "openingStatement"?)`,
      `${brokenDir}/typo-field-name.yaml:40:5  facts[1].says  is required`,
      `${brokenDir}/typo-field-name.yaml:42:5  facts[1].say  unknown field "say" (did you mean "says"?)`,
      '1 file, 4 errors, 0 warnings',
    ]);
  });

  it('checks several files, marks warnings and counts both', () => {
    const { status, lines } = runCasesCheck(...brokenFiles.map((name) => `${brokenDir}/${name}`));
    expect(status).toBe(1);
    const summary = lines.pop();
    expect(lines.every((line) => problemLine.test(line))).toBe(true);
    expect(lines.filter((line) => line.includes('  warning: '))).toHaveLength(1);
    const total = Object.values(expected).flat();
    const warnings = total.filter((p) => p.severity === 'warning').length;
    expect(summary).toBe(`${brokenFiles.length} files, ${total.length - warnings} errors, ${warnings} warning`);
  });

  describe('on a good file', () => {
    let dir = '';
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'cases-check-'));
      writeFileSync(join(dir, MINIMAL_CASE_FILE), MINIMAL_CASE_YAML);
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('prints only the summary and exits 0', () => {
      expect(runCasesCheck(join(dir, MINIMAL_CASE_FILE))).toEqual({ status: 0, lines: ['1 file, 0 errors, 0 warnings'], stderr: '' });
    });

    it('finds the case files in a directory', () => {
      expect(runCasesCheck(dir)).toEqual({ status: 0, lines: ['1 file, 0 errors, 0 warnings'], stderr: '' });
    });
  });

  it('reports a file that cannot be read, by name, and exits 1', () => {
    const { status, lines } = runCasesCheck('cases/no-such-case.yaml');
    expect(status).toBe(1);
    expect(lines[0]).toMatch(/^cases\/no-such-case\.yaml:1:1 {2}\(file\) {2}cannot read.*ENOENT/);
    expect(lines.at(-1)).toBe('0 files, 1 error, 0 warnings');
  });
});
