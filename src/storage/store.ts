// The one way the app touches the browser's storage: reads, writes that report failure, and removing everything.
import { ALL_STORAGE_KEYS, SAVED_DATA_KEYS, STORAGE_KEYS } from './keys.ts';
import type { StorageKey } from './keys.ts';

/** localStorage in the browser, a Map in tests. `set` and `remove` may throw (storage full or refused). */
export interface KeyValueStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
}

export interface AppStorage {
  /** False where the browser allows no storage: nothing is kept, and the privacy panel says so. */
  readonly available: boolean;
  read(key: StorageKey): string | null;
  /** False when the browser refused the write (full, or blocked): the caller tells the person. */
  write(key: StorageKey, text: string): boolean;
  remove(key: StorageKey): boolean;
  /** Removes every key the app writes but those in `except`; returns the keys that could not be removed. */
  removeAll(except?: readonly StorageKey[]): StorageKey[];
}

export function appStorage(store: KeyValueStore | undefined): AppStorage {
  const remove = (key: StorageKey) => {
    try {
      store?.remove(STORAGE_KEYS[key]);
      return true;
    } catch {
      return false;
    }
  };
  return {
    available: store !== undefined,
    read: (key) => {
      try {
        return store?.get(STORAGE_KEYS[key]) ?? null;
      } catch {
        return null;
      }
    },
    write: (key, text) => {
      if (!store) return false;
      try {
        store.set(STORAGE_KEYS[key], text);
        return true;
      } catch {
        return false;
      }
    },
    remove,
    removeAll: (except = []) => ALL_STORAGE_KEYS.filter((key) => !except.includes(key) && !remove(key)),
  };
}

/** Whether anything of the person's is stored that only the schemas can read back (answers, the contact log). */
export function holdsSavedData(storage: AppStorage): boolean {
  return SAVED_DATA_KEYS.some((key) => storage.read(key) !== null);
}

/** localStorage, or nothing where the browser refuses it (private modes, locked-down in-app browsers). */
export function browserStore(): KeyValueStore | undefined {
  try {
    const storage = window.localStorage;
    const probe = `${STORAGE_KEYS.progress}:probe`;
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return {
      get: (key) => storage.getItem(key),
      set: (key, value) => {
        storage.setItem(key, value);
      },
      remove: (key) => {
        storage.removeItem(key);
      },
    };
  } catch {
    return undefined;
  }
}
