type PersistentStorage = Pick<StorageManager, 'persist'> & Partial<Pick<StorageManager, 'persisted'>>;

function browserStorage(): PersistentStorage | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.storage;
}

/**
 * Asks the browser not to evict this site's data under storage pressure (Safari may otherwise
 * delete it after 7 days without a visit). Resolves to whether storage is persistent; never throws.
 * Firefox asks the user, so call it from a user action.
 */
export async function requestPersistentStorage(storage: PersistentStorage | undefined = browserStorage()): Promise<boolean> {
  try {
    if (typeof storage?.persist !== 'function') return false;
    if (await storage.persisted?.()) return true;
    return await storage.persist();
  } catch {
    return false;
  }
}
