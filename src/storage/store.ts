// The one way the app touches the browser's storage: reads, writes that report failure, and removing everything.
import { ALL_STORAGE_KEYS, SAVED_DATA_KEYS, STORAGE_KEYS } from './keys.ts';
import type { StorageKey } from './keys.ts';

/** localStorage in the browser, a Map in tests. `set` and `remove` may throw (storage full or refused). */
export interface KeyValueStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
  /** The store was already full when it was opened: what is in it can be read and removed, nothing added. */
  fullAtOpen?: boolean;
}

/** The browser's "storage full" error, as each engine names it. */
export function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED')
  );
}

export interface AppStorage {
  /** False where the browser allows no storage: nothing is kept, and the privacy panel says so. */
  readonly available: boolean;
  /**
   * The phone's storage is full (found when opening, or by a refused write): the person is told that, rather than that
   * the browser allows no saving. It stays so for the page's life, since rewriting a value of the same size may
   * still succeed when nothing new fits.
   */
  readonly full: boolean;
  read(key: StorageKey): string | null;
  /** False when the browser refused the write (full, or blocked): the caller tells the person. */
  write(key: StorageKey, text: string): boolean;
  remove(key: StorageKey): boolean;
  /** Removes every key the app writes but those in `except`; returns the keys that could not be removed. */
  removeAll(except?: readonly StorageKey[]): StorageKey[];
}

export function appStorage(store: KeyValueStore | undefined): AppStorage {
  let full = store?.fullAtOpen === true;
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
    get full() {
      return full;
    },
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
      } catch (error) {
        if (isQuotaError(error)) full = true;
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

/**
 * localStorage, or nothing where the browser refuses it (private modes, locked-down in-app browsers). A store that is
 * full is still returned: what the person saved before must stay readable and deletable.
 */
export function browserStore(): KeyValueStore | undefined {
  try {
    const storage = window.localStorage;
    const probe = `${STORAGE_KEYS.progress}:probe`;
    let fullAtOpen = false;
    try {
      storage.setItem(probe, '1');
      storage.removeItem(probe);
    } catch (error) {
      if (!isQuotaError(error)) return undefined;
      storage.getItem(probe);
      fullAtOpen = true;
    }
    return {
      fullAtOpen,
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
