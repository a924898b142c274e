import type { PersistStorage, StorageValue } from 'zustand/middleware';

// localStorage for the settings store, written so that nothing stored can break the app: text
// that is not JSON comes back as UNREADABLE (the store says so and uses the defaults), and a
// browser without storage (private modes, Node) gets a store that lives in memory.

/** Stored text that is not JSON at all. */
export const UNREADABLE = Symbol('unreadable stored settings');

export function settingsStorage(current: number, getStorage: () => Storage | undefined = browserStorage): PersistStorage<unknown> {
  const storage = getStorage() ?? memoryStorage();
  return {
    getItem(name): StorageValue<unknown> | null {
      const text = storage.getItem(name);
      if (text === null) return null;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        return { state: UNREADABLE, version: current };
      }
      if (isStorageValue(value)) return value;
      // Not the { state, version } envelope: hand it on as the state, for the store to judge.
      return { state: value, version: current };
    },
    setItem(name, value) {
      try {
        storage.setItem(name, JSON.stringify(value));
      } catch (error) {
        // Full or forbidden storage: the settings still work for this tab.
        console.warn('Settings could not be saved in this browser:', error);
      }
    },
    removeItem(name) {
      storage.removeItem(name);
    },
  };
}

function isStorageValue(value: unknown): value is StorageValue<unknown> {
  return typeof value === 'object' && value !== null && 'state' in value && typeof (value as { version?: unknown }).version === 'number';
}

function browserStorage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined; // a SecurityError when the browser blocks site data
  }
}

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> & Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (name) => items.get(name) ?? null,
    setItem: (name, value) => void items.set(name, value),
    removeItem: (name) => void items.delete(name),
  };
}
