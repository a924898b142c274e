export type StorageErrorKind = 'full' | 'unavailable' | 'closed';

const MESSAGES: Record<StorageErrorKind, string> = {
  full:
    "Your browser's storage for this site is full, so new work cannot be saved. " +
    'Export the sessions you want to keep, free some space, then reload the page.',
  unavailable:
    'This browser does not allow saving (private mode?), so sessions are kept only until this tab is closed. ' +
    'Export anything you want to keep.',
  closed:
    'Anamnesis was updated in another tab, so this tab can no longer save. Reload the page to continue.',
};

/** Storage failed for a reason the student can act on; `message` is written for them. */
export class StorageError extends Error {
  override readonly name = 'StorageError';

  constructor(
    readonly kind: StorageErrorKind,
    options?: { cause?: unknown },
  ) {
    super(MESSAGES[kind], options);
  }
}

// Names as IndexedDB (DOMException) and Dexie (DexieError) report them.
const KIND_BY_NAME: Record<string, StorageErrorKind> = {
  QuotaExceededError: 'full',
  MissingAPIError: 'unavailable',
  // Firefox private windows before v115 refused to open databases with these.
  InvalidStateError: 'unavailable',
  SecurityError: 'unavailable',
  DatabaseClosedError: 'closed',
  // The stored database is newer than this page's code: another tab has upgraded it.
  VersionError: 'closed',
};

// Dexie wraps the real reason: a quota error can arrive as an AbortError, DatabaseClosedError
// or OpenFailedError whose `inner` is the QuotaExceededError. The innermost known reason wins.
function innerErrors(error: unknown): unknown[] {
  const chain: unknown[] = [];
  let current = error;
  while (current !== null && typeof current === 'object' && chain.length < 8) {
    chain.push(current);
    current = 'inner' in current ? current.inner : undefined;
  }
  return chain;
}

function nameOf(error: unknown): string | undefined {
  if (error === null || typeof error !== 'object' || !('name' in error)) return undefined;
  return typeof error.name === 'string' ? error.name : undefined;
}

/**
 * The StorageError that explains `error`, or undefined when it is not a storage condition
 * (a validation error, a missing record, a bug): those are rethrown unchanged.
 */
export function toStorageError(error: unknown): StorageError | undefined {
  if (error instanceof StorageError) return error;
  const chain = innerErrors(error);
  for (const candidate of [...chain].reverse()) {
    const kind = KIND_BY_NAME[nameOf(candidate) ?? ''];
    if (kind) return new StorageError(kind, { cause: error });
  }
  // Code that touched a missing global `indexedDB` directly.
  if (error instanceof ReferenceError && /indexedDB/i.test(error.message)) {
    return new StorageError('unavailable', { cause: error });
  }
  // Opening failed for a reason the browser did not name precisely: storage is not usable here.
  if (nameOf(error) === 'OpenFailedError') return new StorageError('unavailable', { cause: error });
  return undefined;
}

/** Runs an IndexedDB operation, turning storage failures into StorageErrors and passing others through. */
export async function guardStorage<T>(operation: () => PromiseLike<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw toStorageError(error) ?? error;
  }
}
