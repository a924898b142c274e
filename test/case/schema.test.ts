import { Case } from '../../src/case/schema';

describe('Case schema', () => {
  it('rejects a fact with an unknown category', () => {
    const result = Case.shape.facts.element.safeParse({ id: 'x', category: 'gossip', says: 'Hi' });
    expect(result.success).toBe(false);
  });

  it('defaults a fact to reveal on-ask with no cues', () => {
    const fact = Case.shape.facts.element.parse({ id: 'x', category: 'hpi', says: 'It hurts.' });
    expect(fact).toEqual({ id: 'x', category: 'hpi', says: 'It hurts.', reveal: 'on-ask', cues: [] });
  });
});
