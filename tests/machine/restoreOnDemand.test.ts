// A fresh start needs no decoder; anything stored is read only through it, after it has arrived, and never as empty.
import { describe, expect, it, vi } from 'vitest';
import { restore } from '../../src/machine/restore.ts';
import { restoreOnDemand } from '../../src/machine/restoreOnDemand.ts';
import { encodeLog } from '../../src/storage/encode.ts';
import { appStorage } from '../../src/storage/store.ts';
import { miniFlow } from '../support/fixtures.ts';

const flow = miniFlow();
const NOW = Date.UTC(2026, 10, 23, 12);
const options = { sharedMode: false, now: NOW, otherFlows: [flow.id] };

function storageWith(entries: Record<string, string>) {
  const data = new Map(Object.entries(entries));
  return appStorage({
    get: (key) => data.get(key) ?? null,
    set: (key, value) => data.set(key, value),
    remove: (key) => data.delete(key),
  });
}

describe('restoring on demand', () => {
  it('starts fresh without the decoder when nothing is stored, with the retention the person chose', async () => {
    const load = vi.fn(() => Promise.resolve(restore));
    const source = restoreOnDemand(load);
    const storage = storageWith({ 'collection-guide.retention': '30', 'collection-guide.lang': 'en' });
    await source.ready(storage);
    expect(source.restore(flow, storage, options)).toEqual(restore(flow, storage, options));
    expect(source.restore(flow, storage, options).input.chosenRetention).toBe(30);
    expect(load).not.toHaveBeenCalled();
  });

  it('reads a stored log only once the decoder has arrived, and never starts empty instead', async () => {
    const load = vi.fn(() => Promise.resolve(restore));
    const source = restoreOnDemand(load);
    const log = { entries: [], complaintsMade: { nfra: '2026-11-20' } };
    const storage = storageWith({ 'collection-guide.log': encodeLog(log, NOW, 7) });
    expect(() => source.restore(flow, storage, options)).toThrow(/decoder/);
    await Promise.all([source.ready(storage), source.ready(storage)]);
    expect(load).toHaveBeenCalledTimes(1);
    expect(source.restore(flow, storage, options).input.log).toEqual(log);
  });

  it('tries the download again after it failed', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(restore);
    const source = restoreOnDemand(load);
    const storage = storageWith({ 'collection-guide.log-unread': '["x"]' });
    await expect(source.ready(storage)).rejects.toThrow('offline');
    await source.ready(storage);
    expect(source.restore(flow, storage, options).input.unread).toEqual(['x']);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('reads nothing in shared-phone mode, with or without the decoder', () => {
    const source = restoreOnDemand(() => Promise.resolve(restore));
    const storage = storageWith({ 'collection-guide.log-unread': '["x"]' });
    expect(source.restore(flow, storage, { ...options, sharedMode: true })).toEqual({
      input: { sharedMode: true },
      progress: undefined,
    });
  });
});
