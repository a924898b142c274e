import type { SessionStore } from '../../db';

// Placeholder: being written (issue 5). The file input "Import sessions" with drag and drop.
export function ImportSessions(_props: { store: SessionStore; onImported(): void }) {
  return null;
}
