/// <reference types="vitest/config" />
// Build, dev server and test runner configuration; flows/ is validated by the flows plugin on every build and test.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { cspPlugin } from './scripts/csp-plugin.ts';
import { flowsPlugin } from './scripts/flows-plugin.ts';

const root = import.meta.dirname;

export default defineConfig({
  plugins: [react(), flowsPlugin(root), cspPlugin()],
  build: { target: 'es2020', sourcemap: false },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['tests/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'jsdom',
          include: ['tests/**/*.test.tsx'],
          setupFiles: ['tests/setup.ts'],
        },
      },
    ],
  },
});
