// Every user-facing text in the flow bundle, under a stable key: what translations attach to and what lint checks.
import type { FlowBundle } from '../flow/schema.ts';

/** Fields that hold identifiers, numbers, dates, conditions or addresses: never shown as words, never translated. */
const NOT_TEXT = new Set([
  '$schema',
  'id',
  'kind',
  'select',
  'next',
  'start',
  'version',
  'exclusive',
  'branches',
  'when',
  'source',
  'phone',
  'number',
  'url',
  'reliability',
  'checked',
  'group',
  'traits',
  'tone',
  'rank',
  'verdict',
  'action',
  'verdicts',
  'fallbackVerdict',
  'guidance',
  'suggestedBy',
  'forRules',
  'quietFrom',
  'quietUntil',
  'maxPerDay',
  'days',
  'followUpDays',
  'lenders',
  'opensFlow',
  'resume',
]);

/** ui.json is all words, whatever its keys are called ("tone", "days"); everything else skips non-text fields. */
const NOTHING = new Set<string>();
function skipFor(owner: string): ReadonlySet<string> {
  return owner === 'ui' ? NOTHING : NOT_TEXT;
}

export interface TextEntry {
  /** "collection-triage › nodes.safetyNow.options.atDoorNow.label", "actions › call110Now.steps.0" */
  key: string;
  /** Which flow or shared file the text belongs to ("collection-triage", "actions", "contactLog"). */
  owner: string;
  text: string;
}

function idOf(item: unknown): string | undefined {
  if (typeof item !== 'object' || item === null || !('id' in item)) return undefined;
  return typeof item.id === 'string' ? item.id : undefined;
}

/**
 * Walks data in a fixed order. Lists of objects with an `id` are keyed by that id, so inserting an option does not
 * shift the keys of the others; other lists are keyed by position.
 */
function walk(
  value: unknown,
  path: string,
  visit: (path: string, text: string) => void,
  skip: ReadonlySet<string>,
): void {
  if (typeof value === 'string') {
    visit(path, value);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      const id = idOf(item) ?? String(i);
      walk(item, path ? `${path}.${id}` : id, visit, skip);
    });
    return;
  }
  if (typeof value === 'object' && value !== null)
    for (const [key, child] of Object.entries(value))
      if (!skip.has(key)) walk(child, path ? `${path}.${key}` : key, visit, skip);
}

export function translatableTexts(bundle: FlowBundle): TextEntry[] {
  const entries: TextEntry[] = [];
  const collect = (owner: string, data: unknown) => {
    walk(data, '', (path, text) => entries.push({ key: `${owner} › ${path}`, owner, text }), skipFor(owner));
  };
  for (const flowId of Object.keys(bundle.flows).sort()) collect(flowId, bundle.flows[flowId]);
  for (const part of Object.keys(bundle.catalogue).sort() as (keyof FlowBundle['catalogue'])[])
    collect(part, bundle.catalogue[part]);
  return entries;
}

/** The same bundle with every text passed through `translate(key, text)`; structure and ids untouched. */
export function mapTexts(bundle: FlowBundle, translate: (key: string, text: string) => string): FlowBundle {
  const rebuild = (owner: string, value: unknown, path: string): unknown => {
    const skip = skipFor(owner);
    if (typeof value === 'string') return translate(`${owner} › ${path}`, value);
    if (Array.isArray(value))
      return value.map((item, i) => {
        const id = idOf(item) ?? String(i);
        return rebuild(owner, item, path ? `${path}.${id}` : id);
      });
    if (typeof value === 'object' && value !== null)
      return Object.fromEntries(
        Object.entries(value).map(([key, child]) => [
          key,
          skip.has(key) ? child : rebuild(owner, child, path ? `${path}.${key}` : key),
        ]),
      );
    return value;
  };
  const flows = Object.fromEntries(
    Object.entries(bundle.flows).map(([id, flow]) => [id, rebuild(id, flow, '')]),
  ) as FlowBundle['flows'];
  const catalogue = Object.fromEntries(
    Object.entries(bundle.catalogue).map(([part, data]) => [part, rebuild(part, data, '')]),
  ) as unknown as FlowBundle['catalogue'];
  return { flows, catalogue };
}
