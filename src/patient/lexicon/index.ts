import { de } from './de';
import { en } from './en';
import type { LanguagePack } from './types';

const packs: Record<string, LanguagePack> = { en, de };

/** The language pack for a case's language ("de", "de-AT", ...); English when there is none. */
export function languagePack(language: string): LanguagePack {
  return packs[language.slice(0, 2).toLowerCase()] ?? en;
}

export const supportedLanguages = Object.keys(packs);
export type { LanguagePack } from './types';
