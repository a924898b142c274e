import { tokenizeLine } from '../../src/authoring/yaml-tokens';
import { TEMPLATE_YAML } from '../../src/authoring/template';

const kinds = (line: string) => tokenizeLine(line).map((t) => [t.kind, t.text]);

describe('colouring YAML lines', () => {
  it('gives every line of a case back exactly', () => {
    for (const line of TEMPLATE_YAML.split('\n')) expect(tokenizeLine(line).map((t) => t.text).join('')).toBe(line);
  });

  it('tells keys, dashes, strings, scalars and comments apart', () => {
    expect(kinds('title: Cough for three weeks')).toEqual([['key', 'title:'], ['text', ' '], ['text', 'Cough for three weeks']]);
    expect(kinds('  - id: smoking')).toEqual([['text', '  '], ['dash', '- '], ['key', 'id:'], ['text', ' '], ['text', 'smoking']]);
    expect(kinds('    points: 2  # out of 10')).toEqual([['text', '    '], ['key', 'points:'], ['text', ' '], ['scalar', '2'], ['text', '  '], ['comment', '# out of 10']]);
    expect(kinds('  says: "I smoke # a lot"')).toEqual([['text', '  '], ['key', 'says:'], ['text', ' '], ['string', '"I smoke # a lot"']]);
    expect(kinds('# a comment')).toEqual([['comment', '# a comment']]);
    expect(kinds('  - Take a focused history.')).toEqual([['text', '  '], ['dash', '-'], ['text', ' '], ['text', 'Take a focused history.']]);
    expect(kinds('critical: true')).toEqual([['key', 'critical:'], ['text', ' '], ['scalar', 'true']]);
  });
});
