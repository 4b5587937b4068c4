// Component-test setup: DOM matchers, cleanup after each test, and console.error fails the test (noise is a bug).
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { preloadScreens } from '../src/ui/loading/screens.ts';

// The screens after the questions are downloads of their own; in the browser they are fetched ahead too.
beforeAll(preloadScreens);

// The files of a worker share one page (vite.config.ts): each starts as a fresh load would, with nothing stored,
// at the app's own address, and no attribute a previous file's app set on the document.
beforeAll(() => {
  localStorage.clear();
  sessionStorage.clear();
  window.history.replaceState(null, '', '/');
  for (const { name } of [...document.documentElement.attributes]) document.documentElement.removeAttribute(name);
  document.title = '';
  document.body.replaceChildren();
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
