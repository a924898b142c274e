import type { Case } from '../../../src/case/schema';
import { chunks as wordChunks } from '../../../src/patient';
import { createLlmPatient, defaultDeflection, PatientStreamError, withLeakGuard } from '../../../src/patient/llm';
import { soreThroat } from '../../mock-llm/fixture';
import { startMockLlm, type MockLlm } from '../../mock-llm/server';
import { loadCase } from '../question-set';
import { abortedWithin, ask, clientFor, drain, fakePatient, settled } from './helpers';

const pregnancy = loadCase('breathlessness-pregnancy');
const toddler = loadCase('feverish-toddler');
const EN = "I'm sorry, I don't really know what it is — that's what I was hoping you could tell me.";

describe('withLeakGuard', () => {
  it('catches a term split across chunks before any of it is shown, stops the inner reply and deflects', async () => {
    const inner = fakePatient(['I think you might have pulmonary em', 'bolism', ', my sister had one.', ' Anyway.']);
    const reply = withLeakGuard(inner, pregnancy).reply(ask('What do you think it is?'));
    const { chunks, text, error } = await drain(reply);
    expect(error).toBeUndefined();
    expect(chunks).toEqual(['I think you might have ', `… ${EN}`]);
    expect(text).not.toMatch(/pulm|embol/i);
    expect(inner.signals[0]?.aborted).toBe(true);
    expect(inner.handedOut[0]).toBe(3); // the rest was never asked for
    expect(await reply.info).toEqual({
      factIds: ['fake-fact'],
      moves: ['fake'],
      stopped: false,
      leak: { term: 'pulmonary embolism', leakedText: 'I think you might have pulmonary embolism, my sister had one.' },
    });
  });

  it('catches a term that ends the reply', async () => {
    const reply = withLeakGuard(fakePatient(['It could be a pulmonary em', 'bolism']), pregnancy).reply(ask('Any idea?'));
    const { text } = await drain(reply);
    expect(text).toBe(`It could be a … ${EN}`);
    expect((await reply.info).leak?.term).toBe('pulmonary embolism');
  });

  it('shows only the deflection when the reply leaks from its first word', async () => {
    const reply = withLeakGuard(fakePatient(['Ear infect', 'ion, I reckon.']), toddler).reply(ask('What is wrong with her?'));
    expect((await drain(reply)).chunks).toEqual([EN]);
    expect((await reply.info).leak).toEqual({ term: 'ear infection', leakedText: 'Ear infection, I reckon.' });
  });

  it('puts the deflection after a finished sentence as the next sentence', async () => {
    const reply = withLeakGuard(fakePatient(['She tugs at her ear. ', 'Is it otitis media?']), toddler).reply(ask('Go on'));
    expect((await drain(reply)).text).toBe(`She tugs at her ear. ${EN}`);
    expect((await reply.info).leak?.term).toBe('otitis media');
  });

  it('watches the aliases and the primary without its parenthetical part', async () => {
    for (const [said, term] of [
      ['Maybe a middle-ear infection?', 'middle ear infection'],
      ['The nurse said AOM.', 'AOM'],
      ['Acute otitis media, is it?', 'Acute otitis media'],
    ] as const) {
      const reply = withLeakGuard(fakePatient(wordChunks(said)), toddler).reply(ask('Any idea?'));
      await drain(reply);
      expect((await reply.info).leak?.term, said).toBe(term);
    }
  });

  it('passes a clean reply through unchanged and in order, holding back only a possible beginning of a term', async () => {
    const pieces = ['My chest hurts when I breathe in. ', 'The pulmonary', ' clinic rang me', ' about my ', 'results.'];
    const reply = withLeakGuard(fakePatient(pieces), pregnancy).reply(ask('Anything else?'));
    const { chunks, text } = await drain(reply);
    expect(text).toBe(pieces.join(''));
    expect(chunks).toEqual(['My chest hurts when I breathe in. ', 'The ', 'pulmonary clinic rang me', ' about my ', 'results.']);
    expect(await reply.info).toEqual({ factIds: ['fake-fact'], moves: ['fake'], stopped: false });
  });

  it('word by word, a long clean reply comes out exactly as it went in', async () => {
    const said = "I've been short of breath for three days. It's worse when I climb the stairs, and my left calf aches.";
    const { text } = await drain(withLeakGuard(fakePatient(wordChunks(said)), pregnancy).reply(ask('Tell me more')));
    expect(text).toBe(said);
  });

  it("on the caller's abort, keeps what was shown but never the held-back start of a term", async () => {
    const controller = new AbortController();
    const inner = fakePatient(['Could it be a pulmonary', ' em', 'bolism?']);
    const reply = withLeakGuard(inner, pregnancy).reply(ask('Hmm?'), controller.signal);
    const { text } = await drain(reply, () => controller.abort());
    expect(text).toBe('Could it be a ');
    expect(inner.signals[0]?.aborted).toBe(true);
    expect(await reply.info).toEqual({ factIds: ['fake-fact'], moves: ['fake'], stopped: true });
  });

  it('passes errors on, telling only the text that was shown', async () => {
    const failure = new PatientStreamError('dropped', 'It might be pulmonary', { cause: new TypeError('terminated') });
    const reply = withLeakGuard(fakePatient(['It might be ', 'pulmonary'], { error: failure }), pregnancy).reply(ask('Hmm?'));
    const { text, error } = await drain(reply);
    expect(text).toBe('It might be ');
    expect(error).toBeInstanceOf(PatientStreamError);
    expect(error).toMatchObject({ kind: 'dropped', partialText: 'It might be ' });
    expect((error as Error).cause).toBeInstanceOf(TypeError);
    expect(await settled(reply.info)).toEqual({ error });
  });

  it('deflects in German for a German case, or with the deflection given', async () => {
    const german = loadCase('akute-bauchschmerzen');
    const reply = withLeakGuard(fakePatient(['Ist es eine Blinddarm', 'entzündung?']), german).reply(ask('Was meinen Sie?'));
    expect((await drain(reply)).text).toBe(`Ist es eine … ${defaultDeflection('de')}`);
    expect(defaultDeflection('de')).toMatch(/weiß/);

    const own = withLeakGuard(fakePatient(['Appendizitis!']), german, { deflection: 'Keine Ahnung.' }).reply(ask('Und?'));
    expect((await drain(own)).text).toBe('Keine Ahnung.');
    expect((await own.info).leak?.term).toBe('Appendizitis');
  });
});

describe('withLeakGuard over the LLM patient, through the mock server', () => {
  let server: MockLlm;
  const serverSignals: AbortSignal[] = [];
  const leaky = (c: Case) => fakePatient(wordChunks(`Honestly, I looked it up and I think it's ${c.diagnosis.primary.toLowerCase()}. Am I right?`));

  beforeAll(async () => {
    // The model behind the mock names the diagnosis, as a careless model might.
    server = await startMockLlm({
      cases: [soreThroat],
      createPatient: (c) => {
        const inner = leaky(c);
        return { reply: (turns, signal) => (signal && serverSignals.push(signal), inner.reply(turns, signal)) };
      },
    });
  });
  afterAll(() => server.close());

  it('deflects, stops the request and records the leak with the model id', async () => {
    const llm = createLlmPatient({ client: clientFor(server.url), model: 'mock-patient', caseFile: soreThroat, temperature: 0 });
    const reply = withLeakGuard(llm, soreThroat).reply(ask('What do you think is going on?'));
    const { text, error } = await drain(reply);
    expect(error).toBeUndefined();
    expect(text).toBe(`Honestly, I looked it up and I think it's … ${EN}`);
    expect(text).not.toMatch(/tonsil/i);
    const info = await reply.info;
    expect(info).toMatchObject({ stopped: false, model: 'mock-patient', leak: { term: 'Acute tonsillitis' } });
    expect(info.leak?.leakedText).toContain('acute tonsillitis');
    await abortedWithin(serverSignals.at(-1), 2000);
  });
});
