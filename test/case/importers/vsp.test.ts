import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Case, caseChecks, validateCaseSource, type Fact } from '../../../src/case';
import { importerFor } from '../../../src/case/importers';
import { createVspImporter, toFirstPerson, vspImporter } from '../../../src/case/importers/vsp';
import { factsReachable } from '../../../src/patient/reachability';
import { createScriptedPatient } from '../../../src/patient';

// What `npm run cases:check` runs: the case's own checks and the scripted patient's reachability.
const checks = [...caseChecks, factsReachable];
const importer = createVspImporter({ checks });

/** A small case in the VSP layout; `replace` swaps whole sections by name. */
function vspFile(replace: Record<string, string | null> = {}): string {
  const sections: Record<string, string> = {
    CASE: 'id: sample\nname: Sam Sample\nage: 40\noccupation: Baker\nsetting: Outpatient clinic\ncomplaint: 2 day history of a cough\nopening: I have had this cough for two days.',
    VITALS: 'Blood pressure: 120 / 80\nPulse: 80\nBreathing: 16\nTemperature: 98.6 F\nabnormal: none',
    TIMING: 'consultation: 10\nnote: 5',
    TASK: 'Take a focused history.',
    PERSONA: 'You are tired but polite. Your answers are short. You are a man who rarely sees a doctor.',
    STORY: [
      'The cough started two days ago, after a cold.',
      'You bring up a little clear phlegm in the mornings.',
      'You take no medicines.',
      'You have never smoked.',
      '(only if asked) You have been sleeping on a new feather pillow since last week.',
    ].join('\n'),
    EXAMINE: 'chest: Clear.',
    QUESTIONS: 'Asked about phlegm | phlegm, sputum, bring* up\nAsked about smoking | smok*, cigarette*\nAsked about the pillow | pillow*, feather*, bedding',
    ANSWER: 'most likely: Acute bronchitis\nalso accepted: asthma, postnasal drip\npass diagnosis words: bronchit*, chest cold\nteaching point: Think of triggers.\nmiss note: Asked about the pillow was the question.',
    CREDIT: 'authors: Doe J, Roe R\ntitle: A Cough\njournal: MedEdPORTAL\nyear: 2020\nid: doi:10.0000/x\nurl: https://example.org/cough\nlicence: Creative Commons Attribution (CC BY)\ncopyright: Copyright 2020 Doe and Roe.',
  };
  const merged = { ...sections, ...replace };
  return `# Sam Sample. Cough.\n\n${Object.entries(merged)
    .filter(([, body]) => body !== null)
    .map(([name, body]) => `[${name}]\n${body}\n`)
    .join('\n')}`;
}

describe('toFirstPerson', () => {
  it.each([
    ['You have had chest pain', 'I have had chest pain'],
    ['Your periods used to be regular.', 'My periods used to be regular.'],
    ['You are not bothered by heat or cold.', 'I am not bothered by heat or cold.'],
    ["You're sure, and you've tried.", "I'm sure, and I've tried."],
    ['It sometimes woke you at night.', 'It sometimes woke me at night.'],
    ['It became so bad that your wife brought you in.', 'It became so bad that my wife brought me in.'],
    ['Nothing that you can tell makes the bleeding worse.', 'Nothing that I can tell makes the bleeding worse.'],
    ['Not more than you usually are.', 'Not more than I usually am.'],
    ['Nobody in the family gets infections the way you do.', 'Nobody in the family gets infections the way I do.'],
    ['The two of you were very close.', 'The two of us were very close.'],
    ['You live with your husband and you look after yourself.', 'I live with my husband and I look after myself.'],
  ])('%s → %s', (second, first) => {
    expect(toFirstPerson(second)).toBe(first);
  });
});

describe('the vsp importer', () => {
  it('is registered under its format name', () => {
    expect(importerFor('vsp')).toBe(vspImporter);
  });

  it('makes a case that cases:check accepts unchanged, with the credit on it', async () => {
    const result = await importer.importText(vspFile(), 'sample.txt');
    expect(result.failures).toEqual([]);
    const [imported] = result.cases;
    const caseData = Case.parse(imported?.case);
    const checked = await validateCaseSource(imported?.yaml ?? '', 'sample.yaml', { checks });
    expect(checked.problems).toEqual([]);
    expect(caseData.authors).toEqual(['Doe J', 'Roe R']);
    expect(caseData.license).toBe('Creative Commons Attribution (CC BY). Copyright 2020 Doe and Roe.');
    expect(caseData.references[0]).toEqual({ citation: 'Doe J, Roe R. A Cough. MedEdPORTAL. 2020. doi:10.0000/x.', url: 'https://example.org/cough' });
    expect(caseData.references[1]?.url).toBe('https://github.com/igembitsky/virtual-standardized-patient');
    expect(caseData.patient).toMatchObject({ name: 'Sam Sample', age: 40, sex: 'male', openingStatement: 'I have had this cough for two days.' });
    expect(caseData.doorNote.vitals).toEqual({ bloodPressure: '120/80', heartRate: 80, respiratoryRate: 16, temperatureC: 37 });
    expect(caseData.doorNote.timeLimitMinutes).toBe(10);
    expect(caseData.diagnosis).toMatchObject({ primary: 'Acute bronchitis', aliases: ['bronchitis', 'chest cold'], differentials: ['asthma', 'postnasal drip'] });
    expect(caseData.exam).toEqual([{ system: 'Chest', finding: 'Clear.' }]);
  });

  it('turns an "(only if asked)" line into an on-specific-ask fact, in the first person, with the question words as cues', async () => {
    const [imported] = (await importer.importText(vspFile(), 'sample.txt')).cases;
    const pillow = imported?.case.facts.find((f) => f.says.includes('pillow'));
    expect(pillow).toMatchObject({ says: 'I have been sleeping on a new feather pillow since last week.', reveal: 'on-specific-ask' });
    expect(pillow?.cues).toEqual(expect.arrayContaining(['pillow', 'feather', 'bedding']));
    const item = imported?.case.checklist.find((i) => i.text === 'Asked about the pillow');
    expect(item).toMatchObject({ facts: [pillow?.id], critical: true });
  });

  it('makes an "(only if asked)" allergies line on-ask, with a note: "any allergies?" is how one asks for it', async () => {
    const text = vspFile().replace('You have never smoked.', 'You have never smoked.\n(only if asked) You have no allergies to anything.');
    const [imported] = (await importer.importText(text, 'sample.txt')).cases;
    expect(imported?.case.facts.find((f) => f.says === 'I have no allergies to anything.')).toMatchObject({ category: 'allergies', reveal: 'on-ask' });
    const line = text.split('\n').indexOf('(only if asked) You have no allergies to anything.') + 1;
    expect(imported?.notes).toContain(`line ${line}: "(only if asked)" in the allergies section became on-ask, since a question about allergies is how one asks for it`);
  });

  it('fails an empty file at line 1', async () => {
    expect(await importer.importText('', 'empty.txt')).toEqual({
      file: 'empty.txt',
      cases: [],
      failures: [{ line: 1, reason: 'the file holds no sections: it is empty or not a Virtual Standardized Patient case file' }],
    });
  });

  it('names an unknown section and its line', async () => {
    const text = vspFile().replace('[TASK]', '[TASKS]');
    const line = text.split('\n').indexOf('[TASKS]') + 1;
    const { failures } = await importer.importText(text, 'x.txt');
    expect(failures).toEqual([{ line, reason: expect.stringMatching(/^unknown section \[TASKS\]/) }]);
  });

  it('names a missing section', async () => {
    const text = vspFile({ CREDIT: null });
    const { failures } = await importer.importText(text, 'x.txt');
    expect(failures).toEqual([{ line: text.split('\n').length, reason: 'the section [CREDIT] is missing' }]);
  });

  it('will not import a case without its credit', async () => {
    const text = vspFile({ CREDIT: 'title: A Cough\nlicence: Creative Commons Attribution (CC BY)' });
    const { failures } = await importer.importText(text, 'x.txt');
    expect(failures).toEqual([{ line: text.split('\n').indexOf('[CREDIT]') + 1, reason: '[CREDIT] has no "authors:" line, and the credit must travel with the case' }]);
  });

  it('names the line of a bad id and of text before the first section', async () => {
    const badId = vspFile({ CASE: 'id: Sample Case\nname: Sam\nage: 40\ncomplaint: cough\nopening: Hello.' });
    expect((await importer.importText(badId, 'x.txt')).failures).toEqual([
      { line: badId.split('\n').indexOf('id: Sample Case') + 1, reason: 'the id "Sample Case" must be lower-case words joined by hyphens, like "davis"' },
    ]);
    expect((await importer.importText('stray words\n[CASE]\nid: x', 'x.txt')).failures).toEqual([
      { line: 1, reason: 'text before the first section: a case file starts with [CASE] (comment lines start with #)' },
    ]);
  });

  it('reports a diagnosis the patient says, at the line of the story that says it', async () => {
    const text = vspFile().replace('You have never smoked.', 'You have never smoked.\nYou think it is acute bronchitis.');
    const { failures } = await importer.importText(text, 'x.txt');
    expect(failures).toEqual([
      { line: text.split('\n').indexOf('You think it is acute bronchitis.') + 1, reason: expect.stringContaining('gives away the diagnosis') },
    ]);
  });
});

// A copy of the corpus is kept in test/fixtures/corpus; set VSP_CORPUS to run against another.
const corpus = process.env['VSP_CORPUS'] ?? join(import.meta.dirname, '../../fixtures/corpus/vsp');
/** Every file imports: the facts and checklist items each gives (a change here shows in review). */
const corpusFiles = [
  { name: 'bellevue', facts: 46, items: 32, specific: 15 },
  { name: 'davis', facts: 46, items: 14, specific: 2 },
  { name: 'graham', facts: 25, items: 8, specific: 3 },
  { name: 'lewis', facts: 40, items: 3, specific: 6 },
  { name: 'morris', facts: 17, items: 8, specific: 2 },
  { name: 'samuels', facts: 48, items: 6, specific: 22 },
  { name: 'springfield', facts: 59, items: 13, specific: 41 },
  { name: 'travis', facts: 20, items: 7, specific: 3 },
];

describe.skipIf(!existsSync(join(corpus, 'davis.txt')))('the Virtual Standardized Patient corpus', () => {
  const importFile = async (name: string) => importer.importText(readFileSync(join(corpus, `${name}.txt`), 'utf8'), `${name}.txt`);

  it.each(corpusFiles)('$name: imports and passes cases:check unchanged', async ({ name, facts, items, specific }) => {
    const result = await importFile(name);
    expect(result.failures).toEqual([]);
    expect(result.cases).toHaveLength(1);
    const [imported] = result.cases;
    const checked = await validateCaseSource(imported?.yaml ?? '', `${name}.yaml`, { checks });
    expect(checked.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const caseData = Case.parse(imported?.case);
    expect(caseData.id).toBe(name);
    expect({ facts: caseData.facts.length, items: caseData.checklist.length, specific: caseData.facts.filter((f) => f.reveal === 'on-specific-ask').length }).toEqual({ facts, items, specific });
    // The credit travels with the case: authors, licence, the publication and the adaptation.
    expect(caseData.authors.length).toBeGreaterThan(0);
    expect(caseData.license).toMatch(/Creative Commons Attribution/);
    expect(caseData.references[0]?.citation).toMatch(/doi:10\.15766\/mep_2374-8265\.\d+/);
    expect(caseData.references[0]?.url).toMatch(/^https:\/\/www\.mededportal\.org\//);
    expect(caseData.references[1]?.citation).toMatch(/Changes: The standardized patient training script was rewritten/);
    // No fact is still in the second person.
    expect(caseData.facts.filter((f) => /\byou(r)?\b/i.test(f.says.replace(/"[^"]*"/g, '')) && !/\byou ask me\b|\bwhy do you\b|\byou can\b/i.test(f.says)).map((f) => f.says)).toEqual([]);
  });

  it('davis: the "(only if asked)" sex-life line is on-specific-ask, cued by its condition, in her words', async () => {
    const [imported] = (await importFile('davis')).cases;
    const fact = imported?.case.facts.find((f) => f.says.startsWith("My husband doesn't want"));
    expect(fact?.reveal).toBe('on-specific-ask');
    expect(fact?.cues).toContain('sex life');
    expect(fact?.says).toBe("My husband doesn't want to have sex with me because I am bleeding all the time. He's grossed out by it; I don't blame him, but it makes me feel bad.");
  });

  // The built-in scripted patient asked direct questions on the imported cases (figures in the report).
  const expected: Record<string, Record<string, RegExp | undefined>> = {
    bellevue: { onset: /^I have always had pain/, meds: /^I take (Zoloft|Loestrin|Motrin)/, allergies: /^I have no allergies/, smoking: /^I have never smoked/, family: /^My father is 65/ },
    davis: { onset: /^(My periods have always|They have got worse)/, meds: /^I take no prescription/, allergies: undefined, smoking: /^I have never smoked/, family: /^My father is 60/ },
    graham: { onset: /^(Since 8 o'clock|It began a few hours)/, meds: /^I take (two inhalers|no medicine)/, allergies: undefined, smoking: /^I am a social drinker/, family: /^My father is 77/ },
    lewis: { onset: /^(Last month I started|About a month ago)/, meds: /^I take no medicines/, allergies: /^I have no allergies/, smoking: /^I have never smoked/, family: /^My mother and father/ },
    morris: { onset: /^The pain began about a week ago/, meds: undefined, allergies: /spring allergies/, smoking: undefined, family: undefined },
    samuels: { onset: /^I started not to feel right/, meds: /^I take no medicines/, allergies: /^I have no allergies/, smoking: /^I never smoked/, family: /^My mother is 76/ },
    springfield: { onset: /^(They started four or five|I have been getting terrible)/, meds: /^I take no prescription/, allergies: /^I have no allergies/, smoking: /^I have never smoked/, family: /^(My father is dead|My mother went through|I have one sibling)/ },
    travis: { onset: /^I was well until 10/, meds: /^I take ibuprofen|antacids most days/, allergies: undefined, smoking: /^I smoke a pack/, family: undefined },
  };
  const QUESTIONS = {
    complaint: 'What brings you in today?',
    onset: 'When did it start?',
    meds: 'Do you take any medications?',
    allergies: 'Do you have any allergies?',
    smoking: 'Do you smoke?',
    family: 'Does anything run in your family?',
  };

  it('the scripted patient answers direct questions on the imported cases', async () => {
    const tally: Record<string, { right: number; asked: number }> = {};
    const count = (key: string, right: boolean) => {
      const t = (tally[key] ??= { right: 0, asked: 0 });
      t.asked += 1;
      if (right) t.right += 1;
    };
    const misses: string[] = [];
    for (const { name } of corpusFiles) {
      const [imported] = (await importFile(name)).cases;
      const caseData = Case.parse(imported?.case);
      const patient = createScriptedPatient(caseData);
      const ask = (text: string) => patient.answer([{ speaker: 'student', text }]).factIds;
      const says = (ids: string[]) => ids.map((id) => caseData.facts.find((f: Fact) => f.id === id)?.says ?? '');
      count('complaint', ask(QUESTIONS.complaint).includes('chief-complaint'));
      for (const key of ['onset', 'meds', 'allergies', 'smoking', 'family'] as const) {
        const want = expected[name]?.[key];
        if (!want) continue;
        const got = says(ask(QUESTIONS[key]));
        const right = got.some((text) => want.test(text));
        count(key, right);
        if (!right) misses.push(`${name} ${key}: ${got.join(' / ') || '(no fact)'}`);
      }
      for (const fact of caseData.facts.filter((f) => f.reveal === 'on-specific-ask')) {
        const right = ask(`Tell me about ${fact.cues[0]}.`).includes(fact.id);
        count('only-if-asked', right);
        if (!right) misses.push(`${name} ${fact.id}: "Tell me about ${fact.cues[0]}."`);
      }
    }
    if (process.env['VSP_REPORT']) console.log(JSON.stringify(tally), '\n', misses.join('\n'));
    expect(tally).toEqual(MEASURED);
  });
});

/** Measured on 2026-11-25: how many direct questions the scripted patient answered with the right fact. */
const MEASURED = {
  complaint: { right: 8, asked: 8 },
  onset: { right: 5, asked: 8 },
  meds: { right: 7, asked: 7 },
  allergies: { right: 5, asked: 5 },
  smoking: { right: 7, asked: 7 },
  family: { right: 5, asked: 6 },
  'only-if-asked': { right: 76, asked: 94 },
};
