// Lists every missing or stale authored translation (flows/i18n/<lang>/*.json), naming the flow, node and language.
import { runnerImport } from 'vite';

const { module: files } = await runnerImport('./scripts/flow-files.ts');
const { module: i18n } = await runnerImport('./src/check/translations.ts');
const { module: load } = await runnerImport('./src/check/load.ts');
const root = process.cwd();
const loaded = files.checkFlowDir(root, { checkTranslations: false });
if (!loaded.ok) {
  console.error(load.formatIssues(loaded.issues));
  process.exit(1);
}
const bundle = loaded.bundle;
const all = files.readFlowFiles(root);
let problems = 0;
for (const lang of Object.keys(i18n.AUTHORED_LANGUAGES)) {
  const issues = i18n.lintTranslations(bundle, all, lang);
  problems += issues.length;
  if (issues.length) console.error(load.formatIssues(issues));
  else console.log(`${lang}: every text translated`);
}
if (problems) {
  console.error(`${problems} translation problem(s)`);
  process.exit(1);
}
