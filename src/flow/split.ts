// Splits a checked bundle into what the first screens need at once and the catalogue that can arrive later.
import type { Flow, FlowBundle, UiText } from './schema.ts';
import { splitText } from './text.ts';
import type { TextPart } from './text.ts';

/**
 * The first download's data: whole flows (questions, routes, result rules; a flow is small), every flow's name, the
 * title of each action a question shows as guidance (the 110 card) with its phone links, so a safety number never
 * waits, and the app's own words for the screens around the questions. The catalogue (actions, sources, verdicts,
 * contact-log content) and the words of the answers, result and tool pages come with the full bundle.
 */
export interface CoreBundle {
  /** The opening flow when the build names one (another flow starts once the full bundle has arrived), else every flow. */
  flows: Record<string, Flow>;
  /** Every flow's id → its situation (or title), in bundle order: the chooser names flows that are not here yet. */
  flowLabels: Record<string, string>;
  /** Action id → its title, split into words and phone links. The full card arrives with the full bundle. */
  guidance: Record<string, TextPart[]>;
  /** The app's own words for the frame, the questions, the privacy panel and the notices, and the offer of the box
   * for their own words (the box's own words come with the full bundle). */
  ui: CoreUiText;
}

/** Sections of ui.json the first screens read; the rest come with the full bundle. */
export const CORE_UI_SECTIONS = ['app', 'tools', 'quickExit', 'shell', 'question', 'privacy', 'notices'] as const;
export type CoreUiText = Pick<UiText, (typeof CORE_UI_SECTIONS)[number]> & {
  describe: Pick<UiText['describe'], 'offer'>;
};

/** The flow a first visit opens. */
export const OPENING_FLOW_ID = 'collection-triage';

/**
 * `openingFlowId`: when given, only that flow comes in the first download (the build passes the flow a first visit
 * opens; another flow waits a moment for the rest). Without it every flow does.
 */
export function coreBundle(bundle: FlowBundle, openingFlowId?: string): CoreBundle {
  const { catalogue } = bundle;
  const included = Object.values(bundle.flows).filter((f) => openingFlowId === undefined || f.id === openingFlowId);
  const guidance: Record<string, TextPart[]> = {};
  for (const flow of included)
    for (const node of flow.nodes)
      if (node.kind === 'question')
        for (const id of node.guidance ?? []) {
          const action = catalogue.actions[id];
          if (action) guidance[id] = splitText(action.title, catalogue);
        }
  // The JSON Schema pointer is for editors only.
  const flows = Object.fromEntries(included.map((flow) => [flow.id, { ...flow, $schema: undefined }]));
  const ui = {
    ...Object.fromEntries(CORE_UI_SECTIONS.map((section) => [section, catalogue.ui[section]])),
    describe: { offer: catalogue.ui.describe.offer },
  } as CoreUiText;
  const flowLabels = Object.fromEntries(Object.values(bundle.flows).map((f) => [f.id, f.situation ?? f.title]));
  return { flows, flowLabels, guidance, ui };
}
