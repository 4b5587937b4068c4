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
   * Questions and routes in full: of the opening flow when the build names one (another flow starts once the rest
   * has arrived), else of every flow. Outcome nodes keep their id and their rules' conditions (routes depend on them:
   * a question no answer can change any more is passed by) but no title; the words come with the full bundle.
   */
  flows: Record<string, Flow>;
  /** Every flow's id → its situation (or title), in bundle order: the chooser names flows that are not here yet. */
  flowLabels: Record<string, string>;
  /** Action id → its title, split into words and phone links. The full card arrives with the full bundle. */
  guidance: Record<string, TextPart[]>;
  /** The app's own words for the screens that can show before the rest arrives. */
  ui: CoreUiText;
  /**
   * Per flow, the questions whose words are left for the second download: all but the first question and those
   * that show guidance (the 110 card), which must never wait. Their ids, options and routes are all here.
   */
  pendingText: Record<string, string[]>;
}

/** Sections of ui.json the first screens read; the rest come with the full bundle. */
// Notices wait too (a discarded save shows once the words arrive), except the one confirming that everything was
// deleted: deleting is on the first screen, and must be confirmed even if the rest never arrives.
export const CORE_UI_SECTIONS = ['app', 'tools', 'quickExit', 'shell', 'question', 'privacy'] as const;
export type CoreUiText = Pick<UiText, (typeof CORE_UI_SECTIONS)[number]> & {
  notices: Pick<UiText['notices'], 'deleted'>;
};

/** The flow a first visit opens. */
export const OPENING_FLOW_ID = 'collection-triage';

/**
 * `openingFlowId`: when given, only that flow comes in the first download (the build passes the flow a first visit
 * opens; another flow waits a moment for the rest). Without it every flow does, each first question with its words.
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
  const pendingText: Record<string, string[]> = {};
  const flows = Object.fromEntries(
    included.map((flow) => {
      const pending = new Set(
        flow.nodes
          .filter((n) => n.kind === 'question' && n.id !== flow.start && (n.guidance ?? []).length === 0)
          .map((n) => n.id),
      );
      pendingText[flow.id] = [...pending];
      return [
        flow.id,
        {
          ...flow,
          $schema: undefined,
          // The rules' conditions stay (ids and conditions only, no words): which questions are still worth
          // asking is worked out from them, so the first screens must take the same route as the full flow.
          nodes: flow.nodes.map((node) => {
            if (node.kind === 'outcome') return { ...node, title: '' };
            if (!pending.has(node.id)) return node;
            return {
              ...node,
              prompt: '',
              hint: undefined,
              reviewLabel: '',
              options: node.options.map((option) => ({ ...option, label: '', hint: undefined })),
            };
          }),
        },
      ];
    }),
  );
  const ui = {
    ...(Object.fromEntries(CORE_UI_SECTIONS.map((section) => [section, catalogue.ui[section]])) as Pick<
      UiText,
      (typeof CORE_UI_SECTIONS)[number]
    >),
    notices: { deleted: catalogue.ui.notices.deleted },
  };
  const flowLabels = Object.fromEntries(Object.values(bundle.flows).map((f) => [f.id, f.situation ?? f.title]));
  return { flows, flowLabels, guidance, ui, pendingText };
}
