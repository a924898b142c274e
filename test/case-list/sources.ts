import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CaseSources } from '../../src/case/library';
import { MINIMAL_CASE_YAML, minimalCaseYaml, positionOf, replaceOnce } from '../fixtures/minimal-case';

// Case sources for the list tests, keyed the way import.meta.glob keys them.

export const COUGH_TITLE = 'Cough for three weeks';
export const CHEST_PAIN_TITLE = 'Chest pain on the stairs';
export const GERMAN_TITLE = 'Bauchschmerzen seit gestern';

/** Three valid cases that differ in difficulty, tags and language. */
export function validSources(): Record<string, string> {
  return {
    '/cases/minimal-case.yaml': MINIMAL_CASE_YAML,
    '/cases/chest-pain-test.yaml': minimalCaseYaml((draft) => {
      draft.id = 'chest-pain-test';
      draft.title = CHEST_PAIN_TITLE;
      draft.difficulty = 'intermediate';
      draft.tags = ['cardiology', 'emergency-medicine'];
      draft.doorNote.vitals = { bloodPressure: '150/90', heartRate: 102, temperatureC: 38.6, oxygenSaturation: 96 };
    }),
    '/cases/bauchschmerzen-test.yaml': minimalCaseYaml((draft) => {
      draft.id = 'bauchschmerzen-test';
      draft.title = GERMAN_TITLE;
      draft.language = 'de';
      draft.difficulty = 'advanced';
      draft.tags = ['chirurgie', 'emergency-medicine'];
      draft.patient.age = 1.5;
      draft.patient.sex = 'female';
    }),
  };
}

/** A case whose difficulty is not one of the allowed values. */
export const BROKEN_FILE = 'cases/broken-difficulty.yaml';
export const BROKEN_YAML = replaceOnce(MINIMAL_CASE_YAML, 'difficulty: beginner', 'difficulty: expert');
export const BROKEN_LINE = positionOf(BROKEN_YAML, 'difficulty: expert').line;

export function withBrokenSource(): Record<string, string> {
  return { ...validSources(), [`/${BROKEN_FILE}`]: BROKEN_YAML };
}

/** The real files in cases/, read with node fs: the glob-free path into the loader. */
export function realCaseSources(): CaseSources {
  const casesDir = join(import.meta.dirname, '../../cases');
  const names = readdirSync(casesDir).filter((name) => name.endsWith('.yaml'));
  return Object.fromEntries(names.map((name) => [`/cases/${name}`, readFileSync(join(casesDir, name), 'utf8')]));
}
