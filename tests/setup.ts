// Component-test setup: DOM matchers, cleanup after each test, and console.error fails the test (noise is a bug).
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { preloadScreens } from '../src/ui/loading/screens.ts';

// The screens after the questions are downloads of their own; in the browser they are fetched ahead too.
beforeAll(preloadScreens);

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
