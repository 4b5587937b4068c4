// Writes flows/schema/*.schema.json from the zod schemas (a test fails when they are out of date).
import { mkdirSync, writeFileSync } from 'node:fs';
import { runnerImport } from 'vite';

const { module } = await runnerImport('./src/check/jsonSchema.ts');
mkdirSync('flows/schema', { recursive: true });
for (const [name, text] of Object.entries(module.generateJsonSchemas())) {
  writeFileSync(`flows/schema/${name}`, text);
  console.log(`wrote flows/schema/${name}`);
}
