// Brings flows/i18n/<lang>/*.json up to date with the Chinese: adds new texts (empty, to translate), drops removed ones.
import { mkdirSync, writeFileSync } from 'node:fs';
import { runnerImport } from 'vite';

const { module: files } = await runnerImport('./scripts/flow-files.ts');
const { module: i18n } = await runnerImport('./src/check/translations.ts');
// Run from the project, or pass another root (the test fixture keeps its own flows/ and translations).
const root = process.argv[2] ?? process.cwd();
const loaded = files.checkFlowDir(root, { checkTranslations: false });
if (!loaded.ok) {
  console.error(files.formatIssues(loaded.issues));
  process.exit(1);
}
const bundle = loaded.bundle;
const all = files.readFlowFiles(root);
for (const lang of Object.keys(i18n.AUTHORED_LANGUAGES)) {
  mkdirSync(`${root}/flows/i18n/${lang}`, { recursive: true });
  const synced = i18n.syncTranslations(bundle, all, lang);
  for (const [owner, entries] of synced) {
    const path = i18n.translationPath(lang, owner);
    writeFileSync(`${root}/${path}`, `${JSON.stringify(entries, null, 2)}\n`);
    const todo = Object.values(entries).filter((e) => e.text.trim() === '').length;
    console.log(`${path}: ${Object.keys(entries).length} texts, ${todo} to translate`);
  }
}
