import * as z from 'zod';
import type { JSONSchema } from 'zod/v4/core';
import { jsonFromSchema } from './json-from-schema';
import { sampleRegex } from './regex-sample';

describe('jsonFromSchema', () => {
  it('builds an instance of a zod-generated schema that the zod schema accepts', () => {
    const Schema = z.object({
      summary: z.string().min(20).max(400),
      score: z.number().min(1).max(5),
      level: z.enum(['beginner', 'advanced']),
      evidence: z.string().nullable(),
      items: z.array(z.object({ id: z.string().regex(/^[a-z]+-[0-9]{2}$/), met: z.boolean(), points: z.int().min(3) })).min(2),
      choice: z.union([z.literal('yes'), z.number()]),
      when: z.iso.datetime(),
      email: z.email(),
      id: z.uuid(),
      link: z.url(),
      even: z.int().multipleOf(4).gt(10),
      ratio: z.number().gt(0).lt(1),
    });
    const value = jsonFromSchema(z.toJSONSchema(Schema));
    expect(Schema.parse(value)).toMatchObject({ level: 'beginner', evidence: null, choice: 'yes', even: 12 });
    expect((value as { items: unknown[] }).items).toHaveLength(2);
  });

  it('resolves $ref into $defs, follows allOf and the first anyOf/oneOf branch', () => {
    const schema: JSONSchema.JSONSchema = {
      $defs: {
        finding: { type: 'object', properties: { system: { type: 'string' }, normal: { type: 'boolean' } }, required: ['system', 'normal'] },
      },
      type: 'object',
      properties: {
        first: { $ref: '#/$defs/finding' },
        list: { type: 'array', items: { $ref: '#/$defs/finding' } },
        merged: { allOf: [{ properties: { a: { type: 'integer' } } }, { properties: { b: { const: 'fixed' } } }] },
        either: { oneOf: [{ type: 'integer', minimum: 7 }, { type: 'string' }] },
        maybe: { type: ['integer', 'null'] },
      },
    };
    expect(jsonFromSchema(schema)).toEqual({
      first: { system: 'string', normal: true },
      list: [{ system: 'string', normal: true }],
      merged: { a: 0, b: 'fixed' },
      either: 7,
      maybe: null,
    });
    const validate = z.fromJSONSchema(schema);
    expect(validate.safeParse(jsonFromSchema(schema)).success).toBe(true);
  });

  it('stops at a safe depth on recursive schemas', () => {
    const schema = {
      $defs: { node: { type: 'object', properties: { children: { type: 'array', items: { $ref: '#/$defs/node' } } } } },
      $ref: '#/$defs/node',
    };
    expect(() => JSON.stringify(jsonFromSchema(schema))).not.toThrow();
  });

  it('honours tuple items, maxItems, draft 4 exclusive bounds and OpenAPI nullable', () => {
    expect(jsonFromSchema({ type: 'array', prefixItems: [{ type: 'string' }, { type: 'integer' }], items: false })).toEqual(['string', 0]);
    expect(jsonFromSchema({ type: 'array', items: { type: 'string' }, maxItems: 0 })).toEqual([]);
    expect(jsonFromSchema({ type: 'integer', minimum: 0, exclusiveMinimum: true })).toBe(1);
    expect(jsonFromSchema({ type: 'number', maximum: -2 })).toBe(-2);
    expect(jsonFromSchema({ type: 'string', nullable: true })).toBeNull(); // OpenAPI 3.0 style
  });
});

describe('sampleRegex', () => {
  it.each([
    '^[a-z0-9]+(?:-[a-z0-9]+)*$',
    '^\\d{2,3}\\/\\d{2,3}$',
    '^(mild|moderate|severe)$',
    '^[A-Z]{3}-\\d+$',
    '^(?<word>\\w+)\\s\\w?$',
  ])('makes a string that matches %s', (pattern) => {
    const sample = sampleRegex(pattern);
    expect(sample).toBeDefined();
    expect(new RegExp(pattern).test(sample ?? '')).toBe(true);
  });

  it('gives up on what it does not understand', () => {
    expect(sampleRegex('^(?=a)b$')).toBeUndefined();
    expect(sampleRegex('[^a]')).toBeUndefined();
  });
});
