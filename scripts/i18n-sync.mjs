// Brings flows/i18n/<lang>/*.json up to date with the Chinese: adds new texts (empty, to translate), drops removed ones.
import { mkdirSync, writeFileSync } from 'node:fs';
import { runnerImport } from 'vite';

const { module: files } = await runnerImport('./scripts/flow-files.ts');
const { module: i18n } = await runnerImport('./src/flow/translations.ts');
const root = process.cwd();
const bundle = files.loadFlowDir(root);
const all = files.readFlowFiles(root);
for (const lang of Object.keys(i18n.AUTHORED_LANGUAGES)) {
  mkdirSync(`flows/i18n/${lang}`, { recursive: true });
  const synced = i18n.syncTranslations(bundle, all, lang);
  for (const [owner, entries] of synced) {
    const path = i18n.translationPath(lang, owner);
    writeFileSync(path, `${JSON.stringify(entries, null, 2)}\n`);
    const todo = Object.values(entries).filter((e) => e.text.trim() === '').length;
    console.log(`${path}: ${Object.keys(entries).length} texts, ${todo} to translate`);
  }
}
