// Runs work the person is not waiting for once the browser has nothing else to do.

/** Calls `work` when the browser is idle (within 2 s at the latest); returns a cancel function. */
export function whenIdle(work: () => void): () => void {
  // Browsers without requestIdleCallback (Safari) get a short delay instead.
  if (!('requestIdleCallback' in window)) {
    const handle = setTimeout(work, 200);
    return () => {
      clearTimeout(handle);
    };
  }
  const handle = requestIdleCallback(work, { timeout: 2000 });
  return () => {
    cancelIdleCallback(handle);
  };
}
