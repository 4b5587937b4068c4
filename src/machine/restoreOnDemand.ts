// Reading what is stored needs the schema library, a download of its own. A fresh start stores nothing, so the app
// starts without it; it is fetched when something stored has to be read.
import { readRetention } from '../storage/retention.ts';
import { holdsSavedData } from '../storage/store.ts';
import type { AppStorage } from '../storage/store.ts';
import type { Restored } from './persistence.ts';
import type { Restore } from './restore.ts';

export interface RestoreSource {
  /** What the app starts a flow with. Reads stored data only once `ready` has settled. */
  restore: Restore;
  /** Settles once `restore` can read whatever is stored (at once when nothing is). */
  ready: (storage: AppStorage) => Promise<unknown>;
}

/** What restore gives when nothing is stored that needs reading: known without the schemas. */
function nothingStored(storage: AppStorage, sharedMode: boolean): Restored {
  if (sharedMode || !storage.available) return { input: { sharedMode }, progress: undefined };
  return {
    input: { sharedMode, chosenRetention: readRetention(storage), notices: [], unread: [] },
    progress: undefined,
  };
}

/** `load` brings the decoding restore (restore.ts); it is called once, the first time something stored is read. */
export function restoreOnDemand(load: () => Promise<Restore>): RestoreSource {
  let decoding: Restore | undefined;
  let loading: Promise<Restore> | undefined;
  const needsDecoding = (storage: AppStorage, sharedMode: boolean) =>
    !sharedMode && storage.available && holdsSavedData(storage);
  return {
    restore(flow, storage, options) {
      if (decoding) return decoding(flow, storage, options);
      if (!needsDecoding(storage, options.sharedMode)) return nothingStored(storage, options.sharedMode);
      // Callers wait for `ready` first; starting fresh here would overwrite the stored data.
      throw new Error('stored data read before the decoder arrived');
    },
    ready(storage) {
      if (decoding || !holdsSavedData(storage)) return Promise.resolve();
      loading ??= load().then((restore) => (decoding = restore));
      return loading.catch((error: unknown) => {
        loading = undefined;
        throw error;
      });
    },
  };
}
