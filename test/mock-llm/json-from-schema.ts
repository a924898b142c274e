import { sampleRegex } from './regex-sample';

// A deterministic instance of a JSON Schema, standing in for a model's structured output:
// objects get every property, arrays one item (or minItems), enums their first value,
// anything nullable null, anyOf/oneOf their first branch, numbers and strings stay within
// their bounds, and $ref is resolved against the root ($defs, definitions, any JSON pointer).

type Schema = Record<string, unknown>;
const MAX_DEPTH = 24;

const FORMAT_SAMPLES: Record<string, string> = {
  'date-time': '2024-01-01T00:00:00Z',
  date: '2024-01-01',
  time: '00:00:00Z',
  duration: 'PT1M',
  email: 'student@example.com',
  hostname: 'example.com',
  ipv4: '127.0.0.1',
  ipv6: '::1',
  uri: 'https://example.com/',
  url: 'https://example.com/',
  'uri-reference': 'https://example.com/',
  uuid: '00000000-0000-4000-8000-000000000000',
};

export function jsonFromSchema(schema: unknown): unknown {
  return new Generator(schema).value(schema, 0);
}

class Generator {
  constructor(private readonly root: unknown) {}

  value(input: unknown, depth: number): unknown {
    if (input === true || input === undefined) return null;
    if (!isObject(input)) return null;
    if (depth > MAX_DEPTH) return shallowest(input);
    const schema = this.resolve(input);
    if ('const' in schema) return schema.const;
    if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0];
    if (isNullable(schema)) return null;
    const branches = schema.anyOf ?? schema.oneOf;
    if (Array.isArray(branches) && branches.length > 0) {
      if (branches.some((b) => isObject(b) && isNullable(this.resolve(b)))) return null;
      return this.value(branches[0], depth + 1);
    }
    if (Array.isArray(schema.allOf) && schema.allOf.length > 0) {
      return this.value(this.mergeAll(schema), depth + 1);
    }
    switch (typeOf(schema)) {
      case 'object':
        return this.object(schema, depth);
      case 'array':
        return this.array(schema, depth);
      case 'string':
        return stringFor(schema);
      case 'integer':
        return numberFor(schema, true);
      case 'number':
        return numberFor(schema, false);
      case 'boolean':
        return true;
      default:
        return null;
    }
  }

  private object(schema: Schema, depth: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const properties = isObject(schema.properties) ? schema.properties : {};
    for (const [key, sub] of Object.entries(properties)) out[key] = this.value(sub, depth + 1);
    // Required names without a property schema still have to be present.
    for (const key of Array.isArray(schema.required) ? schema.required : []) {
      if (typeof key === 'string' && !(key in out)) out[key] = null;
    }
    return out;
  }

  private array(schema: Schema, depth: number): unknown[] {
    // 2020-12: prefixItems + items for the rest; draft 4-7: items as a tuple + additionalItems.
    const tuple = Array.isArray(schema.items);
    const prefix = asArray(schema.prefixItems ?? (tuple ? schema.items : undefined));
    const rest = tuple ? schema.additionalItems : schema.items;
    const min = typeof schema.minItems === 'number' ? schema.minItems : 0;
    const max = typeof schema.maxItems === 'number' ? schema.maxItems : Infinity;
    const wanted = Math.min(Math.max(min, prefix.length, 1), max);
    const out: unknown[] = [];
    for (let i = 0; i < wanted; i++) {
      if (i >= prefix.length && rest === false) break;
      out.push(this.value(i < prefix.length ? prefix[i] : (rest ?? {}), depth + 1));
    }
    return out;
  }

  private resolve(schema: Schema, seen = new Set<string>()): Schema {
    const ref = schema.$ref;
    if (typeof ref !== 'string' || !ref.startsWith('#') || seen.has(ref)) return schema;
    seen.add(ref);
    let target: unknown = this.root;
    for (const raw of ref.slice(1).split('/').filter(Boolean)) {
      const part = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
      target = isObject(target) || Array.isArray(target) ? (target as Record<string, unknown>)[part] : undefined;
    }
    if (!isObject(target)) return schema;
    // Sibling keywords next to $ref (allowed since 2019-09) refine the target.
    const { $ref: _ignored, ...siblings } = schema;
    return this.resolve({ ...target, ...siblings }, seen);
  }

  private mergeAll(schema: Schema): Schema {
    const { allOf, ...rest } = schema;
    let merged: Schema = rest;
    for (const part of allOf as unknown[]) {
      if (!isObject(part)) continue;
      const sub = this.resolve(part);
      merged = {
        ...merged,
        ...sub,
        properties: { ...asObject(merged.properties), ...asObject(sub.properties) },
        required: [...asArray(merged.required), ...asArray(sub.required)],
      };
    }
    return merged;
  }
}

function isObject(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
const asObject = (value: unknown): Schema => (isObject(value) ? value : {});
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

function isNullable(schema: Schema): boolean {
  return (
    schema.nullable === true ||
    schema.type === 'null' ||
    (Array.isArray(schema.type) && schema.type.includes('null'))
  );
}

function typeOf(schema: Schema): string | undefined {
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (typeof type === 'string') return type;
  if ('properties' in schema || 'required' in schema || 'additionalProperties' in schema) return 'object';
  if ('items' in schema || 'prefixItems' in schema) return 'array';
  if ('minimum' in schema || 'maximum' in schema) return 'number';
  if ('minLength' in schema || 'pattern' in schema || 'format' in schema) return 'string';
  return undefined;
}

/** The cheapest value when recursion runs deep: null, an empty array or an empty object. */
function shallowest(schema: Schema): unknown {
  const type = typeOf(schema);
  if (type === 'array') return [];
  if (type === 'object') return {};
  return null;
}

function stringFor(schema: Schema): string {
  const min = typeof schema.minLength === 'number' ? schema.minLength : 0;
  const max = typeof schema.maxLength === 'number' ? schema.maxLength : Infinity;
  const fit = (s: string) => (s.length < min ? s + 'x'.repeat(min - s.length) : s.slice(0, max));
  const pattern = typeof schema.pattern === 'string' ? toRegExp(schema.pattern) : undefined;
  const format = typeof schema.format === 'string' ? FORMAT_SAMPLES[schema.format] : undefined;
  const fromPattern = typeof schema.pattern === 'string' ? sampleRegex(schema.pattern) : undefined;
  const candidates = [format, 'string', fromPattern, 'a', 'x'].filter((s): s is string => s !== undefined).map(fit);
  return candidates.find((s) => s.length >= min && s.length <= max && (!pattern || pattern.test(s))) ?? fit('string');
}

function toRegExp(pattern: string): RegExp | undefined {
  for (const flags of ['u', '']) {
    try {
      return new RegExp(pattern, flags);
    } catch {
      // try without the unicode flag
    }
  }
  return undefined;
}

function numberFor(schema: Schema, integer: boolean): number {
  const num = (key: string) => (typeof schema[key] === 'number' ? (schema[key] as number) : undefined);
  // Draft 4 spells exclusive bounds as booleans beside minimum/maximum.
  const exMin = num('exclusiveMinimum') ?? (schema.exclusiveMinimum === true ? num('minimum') : undefined);
  const exMax = num('exclusiveMaximum') ?? (schema.exclusiveMaximum === true ? num('maximum') : undefined);
  const min = schema.exclusiveMinimum === true ? undefined : num('minimum');
  const max = schema.exclusiveMaximum === true ? undefined : num('maximum');
  const step = num('multipleOf') ?? (integer ? 1 : undefined);

  const ok = (v: number) =>
    (min === undefined || v >= min) &&
    (exMin === undefined || v > exMin) &&
    (max === undefined || v <= max) &&
    (exMax === undefined || v < exMax) &&
    (step === undefined || Math.abs(v / step - Math.round(v / step)) < 1e-9);
  const low = Math.max(min ?? -Infinity, exMin ?? -Infinity);
  const high = Math.min(max ?? Infinity, exMax ?? Infinity);
  const candidates = [0];
  if (Number.isFinite(low)) {
    candidates.push(low, step ? Math.ceil(low / step) * step : low, step ? Math.ceil(low / step) * step + step : low + 1);
  }
  if (Number.isFinite(high)) candidates.push(high, step ? Math.floor(high / step) * step : high - 1);
  if (Number.isFinite(low) && Number.isFinite(high)) candidates.push((low + high) / 2);
  return candidates.find(ok) ?? (Number.isFinite(low) ? low : Number.isFinite(high) ? high : 0);
}
