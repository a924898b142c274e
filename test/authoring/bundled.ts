import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Case } from '../../src/case';
import { validateCaseSource } from '../../src/case/validate';

// The cases in cases/, parsed as the app bundles them.
const CASES_DIR = join(import.meta.dirname, '../../cases');

export async function loadBundledCases(): Promise<Case[]> {
  const files = readdirSync(CASES_DIR).filter((name) => name.endsWith('.yaml')).sort();
  const cases: Case[] = [];
  for (const file of files) {
    const result = await validateCaseSource(readFileSync(join(CASES_DIR, file), 'utf8'), file);
    if (!result.ok) throw new Error(`${file} does not load`);
    cases.push(result.case);
  }
  return cases;
}
