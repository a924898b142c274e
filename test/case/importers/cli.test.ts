import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { caseChecks, validateCaseSource } from '../../../src/case';
import { factsReachable } from '../../../src/patient/reachability';
import { main } from '../../../scripts/cases-import';

const good = (demographics: string) =>
  JSON.stringify({
    OSCE_Examination: {
      Objective_for_Doctor: 'Assess the patient presenting with a cough.',
      Patient_Actor: {
        Demographics: demographics,
        History: 'The patient reports a dry cough for 3 weeks. He denies fever or weight loss.',
        Symptoms: { Primary_Symptom: 'Cough', Secondary_Symptoms: ['Wheeze at night'] },
        Past_Medical_History: 'Hay fever.',
        Social_History: 'Smokes 10 cigarettes a day. Works as a baker.',
        Review_of_Systems: 'Denies chest pain.',
      },
      Physical_Examination_Findings: { Vital_Signs: { Heart_Rate: '80 bpm' } },
      Test_Results: { Spirometry: 'FEV1/FVC 0.62' },
      Correct_Diagnosis: 'Asthma',
    },
  });

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cases-import-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]) {
  const log: string[] = [];
  const error: string[] = [];
  const code = await main(args, { log: (l) => log.push(l), error: (l) => error.push(l) });
  return { code, log, error };
}

describe('npm run cases:import', () => {
  it('writes one checked case file per record and reports the rest with file and line', async () => {
    const input = join(dir, 'agentclinic_sample.jsonl');
    writeFileSync(input, [good('45-year-old man'), '{ broken', good('Adult man'), good('9-month-old boy')].join('\n'));
    const out = join(dir, 'out');
    const { code, log, error } = await run(['agentclinic', input, '--out', out]);

    expect(code).toBe(0);
    expect(error).toEqual([]);
    expect(readdirSync(out).sort()).toEqual(['agentclinic-sample-001.yaml', 'agentclinic-sample-004.yaml']);
    for (const name of readdirSync(out)) {
      const { problems } = await validateCaseSource(readFileSync(join(out, name), 'utf8'), join(out, name), { checks: [...caseChecks, factsReachable] });
      expect(problems).toEqual([]);
    }
    expect(log).toEqual([
      expect.stringMatching(new RegExp(`^${escape(input)}:2  not valid JSON: `)),
      `${input}:3  cannot read the age from Demographics "Adult man"`,
      'agentclinic_sample.jsonl: 2 imported cleanly, 0 imported with notes, 2 failed',
      `wrote 2 case files to ${out}`,
    ]);
    expect(readFileSync(join(out, 'agentclinic-sample-004.yaml'), 'utf8')).toMatch(/relation: mother/);
  });

  it('lists a case imported with notes, and sums several files', async () => {
    const a = join(dir, 'agentclinic_a.jsonl');
    const b = join(dir, 'agentclinic_b.jsonl');
    writeFileSync(a, good('45-year-old man'));
    writeFileSync(b, JSON.stringify({ ...JSON.parse(good('45-year-old man')), Extra: 1 }).replace('"Correct_Diagnosis":"Asthma"', '"Correct_Diagnosis":"Asthma","Follow_Up":"in 2 weeks"'));
    const { code, log } = await run(['agentclinic', a, b, '--out', join(dir, 'out')]);
    expect(code).toBe(0);
    expect(log).toEqual([
      'agentclinic_a.jsonl: 1 imported cleanly, 0 imported with notes, 0 failed',
      `${b}:1  agentclinic-b-001.yaml written with notes: Follow_Up was not mapped (no place for it in a case)`,
      'agentclinic_b.jsonl: 0 imported cleanly, 1 imported with notes, 0 failed',
      'all files: 1 imported cleanly, 1 imported with notes, 0 failed',
      `wrote 2 case files to ${join(dir, 'out')}`,
    ]);
  });

  it('exits 1 with the known formats for an unknown format', async () => {
    const { code, error } = await run(['medscape', 'x.jsonl', '--out', dir]);
    expect(code).toBe(1);
    expect(error[0]).toMatch(/^unknown format "medscape"; known formats: .*agentclinic/);
  });

  it('exits 1 for a missing file, without writing anything', async () => {
    const out = join(dir, 'out');
    const { code, error } = await run(['agentclinic', join(dir, 'missing.jsonl'), '--out', out]);
    expect(code).toBe(1);
    expect(error).toEqual([`cannot read ${join(dir, 'missing.jsonl')}: no such file`]);
    expect(existsSync(out)).toBe(false);
  });

  it('exits 1 with the usage when --out or the files are missing', async () => {
    expect((await run(['agentclinic', 'x.jsonl'])).code).toBe(1);
    const { code, error } = await run(['agentclinic', '--out', dir]);
    expect(code).toBe(1);
    expect(error[0]).toMatch(/^give at least one file to import\nusage: npm run cases:import/);
  });
});

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
