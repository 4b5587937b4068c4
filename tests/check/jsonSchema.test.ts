// The JSON Schemas editors use for flow files are generated from the zod schemas and must match them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateJsonSchemas } from '../../src/check/jsonSchema.ts';
import { PROJECT_ROOT } from '../support/fixtures.ts';

describe('flows/schema/*.schema.json', () => {
  it.each(Object.entries(generateJsonSchemas()))('%s is up to date (run `npm run flows:schema`)', (name, text) => {
    expect(readFileSync(join(PROJECT_ROOT, 'flows', 'schema', name), 'utf8')).toBe(text);
  });
});
