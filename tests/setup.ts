// Component-test setup: DOM matchers, cleanup after each test, and console.error fails the test (noise is a bug).
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { preloadScreens } from '../src/ui/loading/screens.ts';

// The screens after the questions are downloads of their own; in the browser they are fetched ahead too.
beforeAll(preloadScreens);

// The files of a worker may share one page (vite.config.ts): each starts with nothing stored, at the app's own
// address, with no attribute or element a previous file's app left on the document (the quick exit's cover is put
// beside the body), and without the clipboard and secure context a file gave the page for its own tests.
beforeAll(() => {
  localStorage.clear();
  sessionStorage.clear();
  window.history.replaceState(null, '', '/');
  const root = document.documentElement;
  for (const { name } of [...root.attributes]) root.removeAttribute(name);
  for (const child of [...root.children]) if (child !== document.head && child !== document.body) child.remove();
  document.title = '';
  document.body.replaceChildren();
  Reflect.deleteProperty(navigator, 'clipboard');
  Reflect.deleteProperty(window, 'isSecureContext');
});

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error during a test: ${args.map(String).join(' ')}`);
  });
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  window.history.replaceState(null, '');
});
