// Work that must not hold up the screen a tap brings: it runs just after that screen is painted.

/** Runs `task` once the next frame has been painted; the returned function cancels it. */
export function afterPaint(task: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // A frame callback runs just before its frame is painted, so a timer it sets fires after the paint.
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(task, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
