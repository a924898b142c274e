// The draft being edited, kept for this tab (sessionStorage), so "Try it" and coming back,
// or a reload, do not lose unsaved work. Storage that refuses (private mode, full) is ignored:
// the editor works the same, it only forgets.

const PREFIX = 'anamnesis.authoring-draft:';

/** `key` is the editor's route key: "new", or the case key it opened. */
export function rememberedDraft(key: string): string | undefined {
  try {
    return sessionStorage.getItem(PREFIX + key) ?? undefined;
  } catch {
    return undefined;
  }
}

export function rememberDraft(key: string, source: string): void {
  try {
    sessionStorage.setItem(PREFIX + key, source);
  } catch {
    // Not kept; nothing else depends on it.
  }
}

export function forgetDraft(key: string): void {
  try {
    sessionStorage.removeItem(PREFIX + key);
  } catch {
    // Nothing to forget.
  }
}
