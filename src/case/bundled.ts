import bundled from 'virtual:bundled-cases';
import type { CaseLibrary } from './library';

// The cases in cases/, parsed and validated when the app is built (scripts/vite-bundled-cases.ts),
// so the browser needs neither the YAML parser nor the validator to show them.
export function loadBundledCaseLibrary(): Promise<CaseLibrary> {
  return Promise.resolve(bundled);
}
