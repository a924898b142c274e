// The public surface of the interview feature.
export { EncounterView } from './EncounterView';
export { createEncounterStore, type EncounterStore, type Problem } from './encounter-store';
export { createEncounterController, conversationFor, type EncounterController, type EncounterDeps } from './encounter-controller';
export type { Note } from './NoteForm';
