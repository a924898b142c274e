import { describe, humanise, isObject, type Raw } from './fields';

// Physical_Examination_Findings and Test_Results are free nested objects: each top-level part
// becomes an exam finding or an investigation; vital signs go to the door note where they parse.

export interface Vitals {
  temperatureC?: number;
  heartRate?: number;
  respiratoryRate?: number;
  bloodPressure?: string;
  oxygenSaturation?: number;
  weightKg?: number;
  notes?: string;
}

const firstNumber = (text: string) => {
  const m = /(-?\d+(?:\.\d+)?)/.exec(text);
  return m?.[1] === undefined ? undefined : Number(m[1]);
};
const within = (n: number | undefined, min: number, max: number) => (n !== undefined && n >= min && n <= max ? n : undefined);

export function parseVitals(value: Raw): Vitals | undefined {
  if (!isObject(value)) {
    const text = describe(value);
    return text ? { notes: text } : undefined;
  }
  const vitals: Vitals = {};
  const unparsed: string[] = [];
  for (const [key, raw] of Object.entries(value)) {
    const text = describe(raw);
    if (!text) continue;
    const k = key.toLowerCase();
    let used = false;
    if (/temp/.test(k)) {
      const c = /(\d+(?:\.\d+)?)\s*°?\s*C\b/i.exec(text);
      const f = /(\d+(?:\.\d+)?)\s*°?\s*F\b/i.exec(text);
      const t = c?.[1] ? Number(c[1]) : f?.[1] ? Math.round(((Number(f[1]) - 32) * 5) / 9 * 10) / 10 : undefined;
      vitals.temperatureC = within(t, 30, 45);
      used = vitals.temperatureC !== undefined;
    } else if (/blood.?pressure|^bp$/.test(k)) {
      const m = /(\d{2,3})\s*\/\s*(\d{2,3})/.exec(text);
      if (m) vitals.bloodPressure = `${m[1]}/${m[2]}`;
      used = m !== null;
    } else if (/heart.?rate|pulse/.test(k)) {
      const n = within(firstNumber(text), 20, 250);
      if (n !== undefined) vitals.heartRate = Math.round(n);
      used = n !== undefined;
    } else if (/resp/.test(k)) {
      const n = within(firstNumber(text), 4, 80);
      if (n !== undefined) vitals.respiratoryRate = Math.round(n);
      used = n !== undefined;
    } else if (/oxygen|sat|spo2|pulse.?ox/.test(k)) {
      const n = within(firstNumber(text), 50, 100);
      if (n !== undefined) vitals.oxygenSaturation = n;
      used = n !== undefined;
    } else if (/weight/.test(k) && /\bkg\b/i.test(text)) {
      const n = within(firstNumber(text), 0.5, 400);
      if (n !== undefined) vitals.weightKg = n;
      used = n !== undefined;
    }
    // A value kept in its own field is also kept in the notes when it says more than the number.
    if (!used || /[a-z]{4,}/i.test(text.replace(/\b(mmHg|bpm|breaths|min|beats|per|minute|room|air)\b/gi, ''))) unparsed.push(`${humanise(key)}: ${text}`);
  }
  if (unparsed.length > 0) vitals.notes = unparsed.join('; ');
  return Object.keys(vitals).length > 0 ? vitals : undefined;
}

export function examFindings(value: Raw): Array<{ system: string; finding: string }> {
  if (!isObject(value)) {
    const text = describe(value);
    return text ? [{ system: 'General', finding: text }] : [];
  }
  return Object.entries(value).flatMap(([key, part]) => {
    const finding = describe(part);
    return finding ? [{ system: humanise(key), finding }] : [];
  });
}

export function investigations(value: Raw): Array<{ name: string; result: string }> {
  if (!isObject(value)) {
    const text = describe(value);
    return text ? [{ name: 'Results', result: text }] : [];
  }
  return Object.entries(value).flatMap(([key, part]) => {
    if (isObject(part)) {
      return Object.entries(part).flatMap(([inner, result]) => {
        const text = describe(result);
        return text ? [{ name: `${humanise(key)}: ${humanise(inner)}`, result: text }] : [];
      });
    }
    const text = describe(part);
    return text ? [{ name: humanise(key), result: text }] : [];
  });
}
