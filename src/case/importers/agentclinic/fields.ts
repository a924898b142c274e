// AgentClinic fields change type from record to record: a string in one, a list or an object
// of named parts in another, or missing. These helpers read any of them as text.

export type Raw = unknown;

export const isObject = (value: Raw): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** "Past_Medical_History" → "Past medical history". */
export function humanise(key: string): string {
  const words = key.replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1).toLowerCase().replace(/\b(ct|mri|ecg|ekg|cbc|csf|hiv|ent|gi)\b/g, (w) => w.toUpperCase());
}

/**
 * The field as a list of statements: a string is one statement, a list one per item, an object
 * one per part ("Substance use: ..." is dropped to the value, since the patient does not speak in
 * headings); missing, null and empty give none.
 */
export function statements(value: Raw): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  if (typeof value === 'number' || typeof value === 'boolean') return [String(value)];
  if (Array.isArray(value)) return value.flatMap(statements);
  if (isObject(value)) return Object.values(value).flatMap(statements);
  return [];
}

/** The field as one line of text, keeping the headings of an object: for exam findings and results. */
export function describe(value: Raw): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(describe).filter(Boolean).join('; ');
  if (isObject(value)) {
    return Object.entries(value)
      .map(([key, part]) => {
        const text = describe(part);
        return text ? `${humanise(key)}: ${text}` : '';
      })
      .filter(Boolean)
      .join('; ');
  }
  return '';
}

/** The field as a list of named items, e.g. Current_Medications: ["Insulin", "Aspirin"]. */
export function items(value: Raw): string[] {
  if (isObject(value)) return Object.entries(value).map(([key, part]) => `${humanise(key)}: ${describe(part)}`);
  return statements(value);
}
