// The layer rules in eslint.config.js fire: code in each folder of src/ that imports across its layer fails lint.
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { PROJECT_ROOT } from '../support/fixtures.ts';

/** A file in the folder, the import it must not make, and the message that names the rule it breaks. */
const FORBIDDEN: [file: string, from: string, message: RegExp][] = [
  ['src/flow/layerFixture.ts', 'react', /src\/flow is pure/],
  ['src/flow/layerFixture.ts', 'xstate', /src\/flow is pure/],
  ['src/flow/layerFixture.ts', '../machine/buildTriageMachine.ts', /src\/flow is pure/],
  ['src/flow/layerFixture.ts', '../ui/app/uiText.ts', /src\/flow is pure/],
  ['src/flow/layerFixture.ts', '../contactLog/entry.ts', /src\/flow is pure/],
  ['src/flow/layerFixture.ts', '../storage/index.ts', /src\/flow is pure/],
  ['src/flow/layerFixture.ts', '../../tests/support/fixtures.ts', /must not depend on tests\//],
  ['src/contactLog/layerFixture.ts', 'react', /src\/contactLog is pure/],
  ['src/contactLog/layerFixture.ts', 'xstate', /src\/contactLog is pure/],
  ['src/contactLog/layerFixture.ts', '../machine/events.ts', /src\/contactLog is pure/],
  ['src/contactLog/layerFixture.ts', '../ui/common/share.ts', /src\/contactLog is pure/],
  ['src/contactLog/layerFixture.ts', '../storage', /src\/contactLog is pure/],
  ['src/contactLog/layerFixture.ts', 'zod', /zod stays out of the browser bundle/],
  ['src/storage/layerFixture.ts', 'react', /src\/storage has no React/],
  ['src/storage/layerFixture.ts', '../machine/events.ts', /src\/storage has no React/],
  ['src/storage/layerFixture.ts', '../ui/app/uiText.ts', /src\/storage has no React/],
  ['src/storage/layerFixture.ts', 'zod', /zod stays out of the browser bundle/],
  ['src/storage/layerFixture.ts', '../../scripts/flow-files.ts', /must not depend on tests\/ or scripts\//],
  ['src/machine/events.ts', 'react', /src\/machine has no React/],
  ['src/machine/layerFixture.ts', 'react-dom/client', /src\/machine has no React/],
  ['src/machine/layerFixture.ts', '@xstate/react', /src\/machine has no React/],
  ['src/machine/layerFixture.ts', '../ui/app/App.tsx', /src\/machine has no React/],
  ['src/machine/layerFixture.ts', 'zod', /zod stays out of the browser bundle/],
  ['src/machine/layerFixture.ts', '../../tests/support/answers.ts', /must not depend on tests\//],
  ['src/ui/result/layerFixture.tsx', 'zod', /zod stays out of the browser bundle/],
  ['src/ui/result/layerFixture.tsx', 'zod/mini', /zod stays out of the browser bundle/],
  ['src/machine/layerFixture.ts', 'zod/mini', /zod stays out of the browser bundle/],
  ['src/contactLog/layerFixture.ts', 'zod/mini', /zod stays out of the browser bundle/],
  // Storage has one reader and writer: persistence. The UI, the entry and the rest of the machine ask the actor.
  ['src/ui/result/layerFixture.tsx', '../../storage/store.ts', /only src\/machine\/persistence.ts/],
  ['src/ui/result/layerFixture.tsx', '../../storage', /only src\/machine\/persistence.ts/],
  ['src/main.tsx', './storage/store.ts', /only src\/machine\/persistence.ts/],
  ['src/machine/appMachine.ts', '../storage/retention.ts', /only src\/machine\/persistence.ts/],
  ['src/machine/layerFixture.ts', '../storage/index.ts', /only src\/machine\/persistence.ts/],
  ['src/ui/result/layerFixture.tsx', '../../../tests/support/renderTriage.tsx', /must not depend on tests\//],
  ['src/main.tsx', 'zod', /zod stays out of the browser bundle/],
  ['src/layerFixture.ts', '../tests/setup.ts', /must not depend on tests\//],
  // The checking and reporting code (lint, load, reports) is never part of what the browser runs.
  ['src/flow/layerFixture.ts', '../check/load.ts', /src\/check is build- and test-time code/],
  ['src/machine/layerFixture.ts', '../check/routes.ts', /src\/check is build- and test-time code/],
  ['src/ui/result/layerFixture.tsx', '../../check/outcomes.ts', /src\/check is build- and test-time code/],
  ['src/main.tsx', './check/lint.ts', /src\/check is build- and test-time code/],
  ['src/check/layerFixture.ts', 'react', /src\/check has no React/],
  ['src/check/layerFixture.ts', '../ui/app/App.tsx', /src\/check has no React/],
  ['src/check/layerFixture.ts', '../storage/store.ts', /only src\/machine\/persistence.ts/],
  ['src/check/layerFixture.ts', '../../tests/support/fixtures.ts', /must not depend on tests\//],
];

/** Imports each layer is built on, which must stay allowed. */
const ALLOWED: [file: string, from: string][] = [
  ['src/flow/layerFixture.ts', 'zod'],
  ['src/flow/layerFixture.ts', './graph.ts'],
  ['src/contactLog/layerFixture.ts', '../flow/schema.ts'],
  ['src/storage/layerFixture.ts', 'zod/mini'],
  ['src/storage/layerFixture.ts', '../contactLog/entry.ts'],
  ['src/machine/layerFixture.ts', 'xstate'],
  ['src/machine/persistence.ts', '../storage/store.ts'],
  ['src/machine/restore.ts', '../storage/log.ts'],
  ['src/ui/result/layerFixture.tsx', 'react'],
  ['src/ui/result/layerFixture.tsx', '@xstate/react'],
  ['src/ui/result/layerFixture.tsx', '../../machine/events.ts'],
  ['src/check/layerFixture.ts', 'zod'],
  ['src/check/layerFixture.ts', '../flow/graph.ts'],
  ['src/check/layerFixture.ts', '../machine/buildTriageMachine.ts'],
];

// Loading the config (typescript-eslint and the plugins) takes seconds on a loaded machine.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

let eslint: ESLint;

beforeAll(async () => {
  // The project's own config, with only the import rule run and no type information needed, so files that do not
  // exist on disk can be linted from memory.
  eslint = new ESLint({
    cwd: PROJECT_ROOT,
    overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
    ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-imports',
  });
  await eslint.lintText('export {};\n', { filePath: join(PROJECT_ROOT, 'src', 'layerFixture.ts') });
});

async function importErrors(file: string, from: string): Promise<string[]> {
  const code = `import * as imported from '${from}';\nexport const used = imported;\n`;
  const [result] = await eslint.lintText(code, { filePath: join(PROJECT_ROOT, file) });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
}

describe('layer rules', () => {
  it.each(FORBIDDEN)('%s may not import %s', async (file, from, message) => {
    const errors = await importErrors(file, from);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^no-restricted-imports: /);
    expect(errors[0]).toMatch(message);
  });

  it.each(ALLOWED)('%s may import %s', async (file, from) => {
    expect(await importErrors(file, from)).toEqual([]);
  });
});
