// Lint rules: type-aware TypeScript, React hooks, and one import rule per folder of src/ that keeps the layers apart.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NOT_TESTS = { group: ['**/tests/**', '**/scripts/**'], message: 'src/ must not depend on tests/ or scripts/' };
const ZOD_MESSAGE = 'zod stays out of the browser bundle: flows are validated at build time';
/** 'zod' and every entry point under it ('zod/mini', 'zod/v4'), as a pattern. */
const NO_ZOD = { group: ['zod', 'zod/*'], message: ZOD_MESSAGE };
const REACT = ['react', 'react/*', 'react-dom', 'react-dom/*', '@xstate/react'];
/** Imports of a folder of src/ from a sibling folder, written with or without a file name. */
const folders = (...names) => names.flatMap((name) => [`**/${name}`, `**/${name}/**`]);
/** Only persistence (and its decoding half, a download of its own) reads or writes the browser's storage. */
const NO_STORAGE = {
  group: folders('storage'),
  message: 'only src/machine/persistence.ts (and restore.ts, its decoding half) may import src/storage',
};

/** The checking and reporting code runs at build and test time only; nothing the browser runs imports it. */
const NO_CHECK = {
  group: folders('check'),
  message: 'src/check is build- and test-time code (lint, load, reports): the app never imports it',
};

/**
 * The import rule for one folder of src/: never tests/ or scripts/, never the checking code, plus what that layer
 * may not depend on.
 */
function layer(files, patterns) {
  return { files, rules: { 'no-restricted-imports': ['error', { patterns: [NOT_TESTS, NO_CHECK, ...patterns] }] } };
}

export default defineConfig(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'coverage'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.strictTypeChecked],
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks, 'react-refresh': reactRefresh },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-refresh/only-export-components': ['warn', { allowConstantExport: true }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  // The layers, one entry per folder (a later entry for the same file replaces the whole rule, so each folder's entry
  // lists everything that folder may not import): flows/ → src/flow (pure) → src/contactLog (pure) →
  // src/storage (persistence) → src/machine (no React) → src/ui (React) and src/main.tsx; src/check (build and test
  // time) sits beside them, reading flow and machine.
  layer(['src/**/*.{ts,tsx}'], []),
  layer(
    ['src/flow/**/*.{ts,tsx}'],
    [
      {
        group: [...REACT, 'xstate', 'xstate/*', '@xstate/*', ...folders('contactLog', 'storage', 'machine', 'ui')],
        message: 'src/flow is pure: no React, no XState, nothing from the contact log, storage, machine or UI',
      },
    ],
  ),
  layer(
    ['src/contactLog/**/*.{ts,tsx}'],
    [
      {
        group: [...REACT, 'xstate', 'xstate/*', '@xstate/*', ...folders('storage', 'machine', 'ui')],
        message: 'src/contactLog is pure: no React, no XState, nothing from storage, the machine or the UI',
      },
      NO_ZOD,
    ],
  ),
  layer(
    ['src/storage/**/*.{ts,tsx}'],
    [
      {
        group: [...REACT, ...folders('machine', 'ui')],
        message: 'src/storage has no React and sits below the machine',
      },
      // zod/mini is the one schema library the stored data is read with; the full zod stays out.
      { regex: '^zod$', message: ZOD_MESSAGE },
    ],
  ),
  layer(
    ['src/machine/**/*.{ts,tsx}'],
    [
      { group: [...REACT, ...folders('ui')], message: 'src/machine has no React and nothing from the UI' },
      NO_ZOD,
      NO_STORAGE,
    ],
  ),
  layer(
    ['src/machine/persistence.ts', 'src/machine/restore.ts'],
    [{ group: [...REACT, ...folders('ui')], message: 'src/machine has no React and nothing from the UI' }, NO_ZOD],
  ),
  layer(['src/ui/**/*.{ts,tsx}', 'src/main.tsx', 'src/*.{ts,tsx}'], [NO_ZOD, NO_STORAGE]),
  // The checking code reads flows/ and walks the machine's routes; it has no React and nothing from the UI.
  {
    files: ['src/check/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            NOT_TESTS,
            { group: [...REACT, ...folders('ui')], message: 'src/check has no React and nothing from the UI' },
            NO_STORAGE,
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['public/**/*.js', 'src/boot/*.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.browser } },
  },
);
