import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { caseJsonSchema, caseJsonSchemaText } from '../../src/case';

const committedPath = join(import.meta.dirname, '../../cases/case.schema.json');

describe('cases/case.schema.json', () => {
  it('matches the zod schema (run `npm run cases:schema` when this fails)', () => {
    const committed = readFileSync(committedPath, 'utf8');
    if (committed !== caseJsonSchemaText()) {
      expect.fail('cases/case.schema.json is stale: run `npm run cases:schema` and commit the result');
    }
  });

  it('describes the input side: fields with defaults are optional for authors', () => {
    const schema = caseJsonSchema() as { properties: Record<string, { items?: { required?: string[] } }>; required: string[] };
    const factRequired = schema.properties.facts?.items?.required ?? [];
    expect(factRequired).toEqual(['id', 'category', 'says']);
    expect(schema.required).not.toContain('tags');
    expect(schema.required).not.toContain('$schema');
    expect(Object.keys(schema.properties)).toContain('$schema');
  });

  it('has a title, and titles and descriptions that editors show', () => {
    const text = caseJsonSchemaText();
    expect(caseJsonSchema()).toMatchObject({ title: 'Anamnesis case', additionalProperties: false });
    expect(text).toContain('"title": "Fact"');
    expect(text).toContain('Lower-case words joined by hyphens');
  });
});
