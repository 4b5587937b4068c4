// Command-line check of flows/: prints every problem with file and JSON path; exit 1 when there is any.
import { runnerImport } from 'vite';

const { module } = await runnerImport('./scripts/flow-files.ts');
const result = module.checkFlowDir(process.cwd());
if (result.ok) {
  const flows = Object.values(result.bundle.flows);
  const c = result.bundle.catalogue;
  console.log(
    `flows/ is valid: ${flows.length} flow(s) (${flows.map((f) => `${f.id} v${f.version}`).join(', ')}), ` +
      `${Object.keys(c.actions).length} actions, ${Object.keys(c.sources).length} sources, ${Object.keys(c.phones).length} phone numbers, ` +
      `${Object.keys(c.lenders).length} lender profiles`,
  );
} else {
  console.error(`flows/ has ${result.issues.length} problem(s):\n${module.formatIssues(result.issues)}`);
  process.exit(1);
}
