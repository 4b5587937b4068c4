// Splits a checked bundle into what the first screens need at once and the catalogue that can arrive later.
import type { Flow, FlowBundle, UiText } from './schema.ts';
import { splitText } from './text.ts';
import type { TextPart } from './text.ts';

/**
 * The flows without their result rules, plus the title of each action a question shows as guidance (the 110 card
 * on the safety screen) with its phone links, so a safety number never waits for a download.
 */
export interface CoreBundle {
  /**
   * Questions and routes in full. Outcome nodes keep their id and title but carry no verdict or action rules
   * (empty lists): only the result page reads those, from the full bundle.
   */
  flows: Record<string, Flow>;
  /** Action id → its title, split into words and phone links. The full card arrives with the full bundle. */
  guidance: Record<string, TextPart[]>;
  /** Every action id: restoring saved progress checks ticked actions against it before the catalogue arrives. */
  actionIds: readonly string[];
  /** The app's own words: every screen needs them from the first paint. */
  ui: UiText;
}

export function coreBundle(bundle: FlowBundle): CoreBundle {
  const { catalogue } = bundle;
  const guidance: Record<string, TextPart[]> = {};
  for (const flow of Object.values(bundle.flows))
    for (const node of flow.nodes)
      if (node.kind === 'question')
        for (const id of node.guidance ?? []) {
          const action = catalogue.actions[id];
          if (action) guidance[id] = splitText(action.title, catalogue);
        }
  const flows = Object.fromEntries(
    Object.entries(bundle.flows).map(([id, flow]) => [
      id,
      {
        ...flow,
        $schema: undefined,
        nodes: flow.nodes.map((node) => (node.kind === 'outcome' ? { ...node, verdicts: [], actions: [] } : node)),
      },
    ]),
  );
  return { flows, guidance, actionIds: Object.keys(catalogue.actions), ui: catalogue.ui };
}
