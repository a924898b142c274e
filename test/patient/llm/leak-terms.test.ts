import { diagnosisTerms, LeakScanner } from '../../../src/patient/llm';
import { loadCase } from '../question-set';

/** Feeds the pieces one by one, then ends the text; returns the first hit and what was safe before it. */
function scan(terms: readonly string[], pieces: readonly string[], language = 'en') {
  const scanner = new LeakScanner(terms, language);
  const safe: number[] = [];
  for (const piece of pieces) {
    const result = scanner.push(piece);
    if (result.hit) return { hit: result.hit, safe };
    safe.push(result.safe);
  }
  return { hit: scanner.finish().hit, safe };
}
const hitIn = (terms: readonly string[], text: string, language = 'en') => scan(terms, [text], language).hit?.term;

describe('diagnosisTerms', () => {
  it('lists the primary with and without its parenthetical part, then the aliases', () => {
    expect(diagnosisTerms(loadCase('feverish-toddler'))).toEqual([
      'Acute otitis media (left)',
      'Acute otitis media',
      'acute otitis media',
      'otitis media',
      'AOM',
      'middle ear infection',
      'ear infection',
    ]);
  });
});

describe('LeakScanner', () => {
  const pe = ['Pulmonary embolism in pregnancy (with left leg deep vein thrombosis)', 'Pulmonary embolism in pregnancy', 'pulmonary embolism', 'pulmonary embolus'];

  it('finds a term in any case, as whole words', () => {
    expect(hitIn(pe, 'Could it be a Pulmonary Embolism?')).toBe('pulmonary embolism');
    expect(hitIn(pe, 'PULMONARY EMBOLUS, the doctor said')).toBe('pulmonary embolus');
    expect(hitIn(['ileus'], 'the nurse said ileus')).toBe('ileus');
    expect(hitIn(['ileus'], 'my bileus hurts')).toBeUndefined();
    expect(hitIn(['SAH'], 'a sahara trip')).toBeUndefined();
    expect(hitIn(['SAH'], 'is it an SAH?')).toBe('SAH');
  });

  it('tolerates hyphens, punctuation, extra spaces and line breaks between and inside words', () => {
    expect(hitIn(pe, 'a pulmonary-embolism')).toBe('pulmonary embolism');
    expect(hitIn(pe, 'pulmonary   \n embolism')).toBe('pulmonary embolism');
    expect(hitIn(['postoperative ileus'], 'a post-operative ileus')).toBe('postoperative ileus');
    expect(hitIn(['non-ST elevation myocardial infarction'], 'a non ST-elevation myocardial infarction')).toBe('non-ST elevation myocardial infarction');
    expect(hitIn(['ear infection'], '"Ear infection."')).toBe('ear infection');
  });

  it('tolerates plural endings, by language', () => {
    expect(hitIn(pe, 'pulmonary embolisms')).toBe('pulmonary embolism');
    expect(hitIn(['ear infection'], 'she gets ear infections')).toBe('ear infection');
    expect(hitIn(['ear infection'], 'ear infectiousness')).toBeUndefined();
    expect(hitIn(['Blinddarmentzündung'], 'Blinddarmentzündungen hatte ich nie', 'de')).toBe('Blinddarmentzündung');
    expect(hitIn(['Blinddarmentzündung'], 'eine blinddarm-entzundung?', 'de')).toBe('Blinddarmentzündung');
  });

  it('matches the primary written with its parenthetical part or without it', () => {
    const terms = diagnosisTerms(loadCase('feverish-toddler'));
    expect(hitIn(terms, 'Acute otitis media (left) is what I read')).toBe('Acute otitis media (left)');
    expect(hitIn(terms, 'Is it acute otitis media?')).toBe('Acute otitis media');
    expect(hitIn(terms, 'a middle-ear infection')).toBe('middle ear infection');
  });

  it('catches a term split across pieces, holding back from the word where it begins', () => {
    const { hit, safe } = scan(pe, ['I think you might have pulmonary em', 'bolism', ' and I am scared.']);
    expect(hit).toEqual({ term: 'pulmonary embolism', index: 'I think you might have '.length });
    // Only "I think you might have " was ever safe to show.
    expect(safe).toEqual(['I think you might have '.length, 'I think you might have '.length]);
  });

  it('counts a term at the very end of the text once the text has ended', () => {
    expect(scan(pe, ['you might have pulmonary em', 'bolism']).hit?.term).toBe('pulmonary embolism');
  });

  it('lets a near miss go once it is clear', () => {
    const scanner = new LeakScanner(pe);
    expect(scanner.push('My pulmonary').safe).toBe(3);
    expect(scanner.push(' function test').safe).toBe('My pulmonary function test'.length);
    expect(scanner.push(' was fine. Pulmonary embol').safe).toBe('My pulmonary function test was fine. '.length);
    expect(scanner.push('i, the man said').safe).toBe(scanner.text.length);
    expect(scanner.finish()).toEqual({ safe: scanner.text.length });
  });

  it('does not count the first half of a term at the end of the text', () => {
    expect(scan(pe, ['you might have pulmonary em']).hit).toBeUndefined();
  });

  it('ignores empty terms and duplicates', () => {
    const scanner = new LeakScanner(['', '  ', ' — ', 'Otitis media', 'otitis-media']);
    expect(scanner.push('otitis media.').hit?.term).toBe('Otitis media');
  });
});
