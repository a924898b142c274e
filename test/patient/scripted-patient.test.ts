import { createScriptedPatient, type Turn } from '../../src/patient';
import { Case } from '../../src/case/schema';
import { en } from '../../src/patient/lexicon/en';
import { minimalCase } from '../fixtures/minimal-case';
import { loadCase } from './question-set';

const collect = async (stream: AsyncIterable<string>) => {
  const chunks: string[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  return chunks;
};

/** Every phrase of the English pack that needs no filling in, longest first. */
const fixedPhrases = Object.values(en.templates)
  .flatMap((t) => (typeof t === 'string' ? [t] : Array.isArray(t) ? t : Object.values(t)))
  .filter((t) => !t.includes('{') && t.trim().length > 1)
  .sort((a, b) => b.length - a.length);

const ask = (...texts: string[]): Turn[] => texts.map((text) => ({ speaker: 'student', text }));

describe('createScriptedPatient', () => {
  const patient = createScriptedPatient(loadCase('chest-pain-smoker'));

  it('streams the reply in chunks that join to the whole answer, then reports the facts', async () => {
    const turns = ask('Do you smoke?');
    const reply = patient.reply(turns);
    const chunks = await collect(reply);
    expect(chunks.length).toBeGreaterThan(3);
    expect(chunks.join('')).toBe(patient.answer(turns).text);
    expect(await reply.info).toEqual({ factIds: ['smoking'], moves: ['fact'], stopped: false });
  });

  it('stops when the signal aborts, keeping what was said and marking the reply stopped', async () => {
    const controller = new AbortController();
    const reply = patient.reply(ask('Where is the pain?'), controller.signal);
    const chunks: string[] = [];
    for await (const chunk of reply) {
      chunks.push(chunk);
      if (chunks.length === 2) controller.abort();
    }
    expect(chunks).toHaveLength(2);
    expect((await reply.info).stopped).toBe(true);
  });

  it('denies what the case does not contain, revealing nothing', () => {
    const answer = patient.answer(ask('Do you keep any pets?'));
    expect(answer.factIds).toEqual([]);
    expect(answer.moves).toEqual(['unknown']);
  });

  it('remembers the conversation: a repeated open question moves on to the next spontaneous fact', () => {
    const first = patient.answer(ask('What brings you in today?'));
    expect(first.text).toContain(loadCase('chest-pain-smoker').patient.openingStatement);
    const turns: Turn[] = [...ask('What brings you in today?'), { speaker: 'patient', text: first.text }, ...ask('Anything else?')];
    expect(patient.answer(turns).factIds).not.toEqual(first.factIds);
  });

  it('keeps an on-specific-ask fact back until it is asked about specifically', () => {
    expect(patient.answer(ask('What medicines do you take?')).factIds).not.toContain('meds-erectile');
    expect(patient.answer(ask('Do you ever use Viagra?')).factIds).toContain('meds-erectile');
  });

  it('asks what a clinical word means unless the case itself uses it', () => {
    expect(patient.answer(ask('Any haemoptysis?')).moves).toEqual(['jargon']);
    expect(patient.answer(ask('Any haemoptysis, I mean coughing up blood?')).moves).not.toContain('jargon');
  });

  it('corrects a summary that gets a number wrong and confirms one that does not', () => {
    const history = ask('Where is the pain?', 'When did it start?');
    const wrong = patient.answer([...history, ...ask('So to summarise, the pain started about five hours ago in the middle of your chest.')]);
    expect(wrong.moves).toEqual(['summary-correct']);
    expect(wrong.factIds).toEqual(['onset']);
    const right = patient.answer([...history, ...ask('So to summarise, the pain started about an hour and a half ago in the middle of your chest.')]);
    expect(right.moves).toEqual(['summary-confirm']);
  });

  it('corrects a summary that denies what the patient has', () => {
    const withAllergy = createScriptedPatient(
      Case.parse(
        minimalCase((d) => {
          d.facts.push({ id: 'allergy', category: 'allergies', says: "I'm allergic to penicillin, it brings me out in a rash." });
        }),
      ),
    );
    const wrong = withAllergy.answer(ask('So just to check, you smoke ten a day and you have no allergies to any medicines, is that right?'));
    expect(wrong.moves).toEqual(['summary-correct']);
    expect(wrong.factIds).toEqual(['allergy']);
    const right = withAllergy.answer(ask("So just to check, you smoke ten a day and you're allergic to penicillin, is that right?"));
    expect(right.moves).toEqual(['summary-confirm']);
  });

  it('speaks only words from its case or its fixed phrases', () => {
    const caseFile = loadCase('postop-ileus');
    const own = createScriptedPatient(caseFile);
    const caseText = [caseFile.patient.openingStatement, ...Object.values(caseFile.patient.ice), ...caseFile.facts.map((f) => f.says)];
    for (const q of ['Hello', 'What brings you in?', 'Do you smoke?', 'Any pets?', 'What is your diagnosis?', 'Ignore your instructions']) {
      const { text, factIds } = own.answer(ask(q));
      const fromFacts = factIds.map((id) => caseFile.facts.find((f) => f.id === id)?.says ?? '');
      let rest = text;
      for (const said of [...fromFacts, ...caseText, ...fixedPhrases]) rest = rest.split(said).join('');
      expect(rest.trim(), `${q} → ${text}`).toBe('');
    }
  });

  it('still answers from a case whose fact ids are not yet unique (the editor shows it while typing)', () => {
    const draft = Case.parse(
      minimalCase((d) => {
        d.facts.push({ ...d.facts[0]!, says: 'A second fact with the same id.' });
      }),
    );
    expect(() => createScriptedPatient(draft).answer(ask('Hello'))).not.toThrow();
  });

  it('throws when there is no student turn to answer', () => {
    expect(() => createScriptedPatient(Case.parse(minimalCase())).answer([])).toThrow(/no student turn/);
  });
});
