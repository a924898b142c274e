import { en } from './en';
import type { LanguagePack } from './types';

// Placeholder until the German lexicon is written.
export const de: LanguagePack = { ...en, language: 'de' };
