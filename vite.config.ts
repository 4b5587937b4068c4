/// <reference types="vitest/config" />
// Build, dev server and test runner configuration; flows/ is validated by the flows plugin on every build and test.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { bootScriptPlugin } from './scripts/boot-plugin.ts';
import { cspPlugin } from './scripts/csp-plugin.ts';
import { flowsPlugin } from './scripts/flows-plugin.ts';
import { prerenderPlugin } from './scripts/prerender-plugin.ts';

const root = import.meta.dirname;
/** Component tests of a first download (a tool page, the index of the box for their own words): run in isolation. */
const FIRST_DOWNLOADS = ['tests/ui/contactLog/contactLog.test.tsx', 'tests/ui/questions/describeStep.test.tsx'];

export default defineConfig({
  plugins: [
    react(),
    flowsPlugin(root),
    prerenderPlugin(root),
    bootScriptPlugin(root),
    cspPlugin(),
    // Once loaded, the whole app works with no network: the worker precaches every built file.
    VitePWA({
      registerType: 'autoUpdate',
      // src/boot/boot.js registers the worker, in the one small script the page starts with.
      injectRegister: false,
      includeAssets: ['favicon.svg', 'robots.txt'],
      manifest: {
        name: '催收应对向导',
        short_name: '催收应对',
        description: '被催收时，一步一步弄清该做什么。内容只留在你的手机上。',
        lang: 'zh-CN',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1d4f91',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,txt,webmanifest}'],
        navigateFallback: '/index.html',
        cleanupOutdatedCaches: true,
        // Take over the open page at once, so a first visit is already enough to work offline.
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
  ],
  resolve: {
    // @xstate/react imports the shim of useSyncExternalStore, written for React 17 and older; React 19 has it built
    // in. Resolving the shim to React's own (and its selector helper to the version without the shim) keeps the
    // shim out of the first download.
    alias: [
      {
        find: /^use-sync-external-store\/shim\/with-selector(\.js)?$/,
        replacement: 'use-sync-external-store/with-selector.js',
      },
      { find: /^use-sync-external-store\/shim(\/index\.js)?$/, replacement: `${root}/src/ui/app/syncExternalStore.ts` },
    ],
  },
  build: {
    // The code already calls Array.prototype.at (Chrome 92, Safari 15.4); ES2022 syntax needs nothing newer in what
    // we ship (no static blocks), and keeping class fields native saves the helpers.
    target: 'es2022',
    sourcemap: false,
    // Lazy chunks depend on nothing but the entry, which is already loaded: no preload links needed.
    modulePreload: false,
  },
  test: {
    projects: [
      {
        extends: true,
        // Enumerations over every path; on a loaded machine they run well past the default 5 s.
        test: { name: 'unit', environment: 'node', include: ['tests/**/*.test.ts'], testTimeout: 30_000 },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'jsdom',
          include: ['tests/**/*.test.tsx'],
          exclude: ['**/node_modules/**', ...FIRST_DOWNLOADS],
          setupFiles: ['tests/setup.ts'],
          // The files share one worker's modules and page instead of each loading React, the app and jsdom afresh
          // (the component tests took 17-18 s alone against 36-41 s); tests/setup.ts empties the page and storage
          // before each file.
          isolate: false,
          // Whole journeys through jsdom; on a loaded machine the first ones of a file take several seconds.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          // Files that check what happens while a page or the words' index is still downloading: shared modules
          // would have downloaded them already for an earlier file.
          name: 'ui-first-downloads',
          environment: 'jsdom',
          include: FIRST_DOWNLOADS,
          setupFiles: ['tests/setup.ts'],
          testTimeout: 20_000,
        },
      },
    ],
  },
});
