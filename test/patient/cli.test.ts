import { execFile } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');

function run(args: string[], stdin: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(tsx, ['scripts/patient.ts', ...args], { cwd: root }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin?.end(stdin);
  });
}

describe('npm run patient', () => {
  it('answers one JSON line per student line with --json', async () => {
    const { code, stdout } = await run(['cases/chest-pain-smoker.yaml', '--json'], 'Do you smoke?\n\nAny allergies?\n');
    expect(code).toBe(0);
    const replies = stdout.trim().split('\n').map((line) => JSON.parse(line) as { reply: string; factIds: string[] });
    expect(replies).toHaveLength(2);
    expect(replies[0]?.factIds).toEqual(['smoking']);
    expect(replies[1]?.factIds).toEqual(['allergies']);
    expect(replies[0]?.reply).toMatch(/smoke/i);
  }, 30_000);

  it('refuses a broken case file with its problems and exit code 1', async () => {
    const { code, stderr } = await run(['test/fixtures/broken-cases/wrong-enum.yaml', '--json'], '');
    expect(code).toBe(1);
    expect(stderr).toMatch(/wrong-enum\.yaml:\d+:\d+/);
  }, 30_000);
});
