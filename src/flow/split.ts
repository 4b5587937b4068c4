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
  /** The app's own words for the screens that can show before the rest arrives. */
  ui: CoreUiText;
  /**
   * Per flow, the questions whose words are left for the second download: all but the first question and those
   * that show guidance (the 110 card), which must never wait. Their ids, options and routes are all here.
   */
  pendingText: Record<string, string[]>;
}

/** Sections of ui.json the first screens read; the rest come with the full bundle. */
export const CORE_UI_SECTIONS = ['app', 'tools', 'notices', 'quickExit', 'shell', 'question', 'privacy'] as const;
export type CoreUiText = Pick<UiText, (typeof CORE_UI_SECTIONS)[number]>;

/** The flow a first visit opens. */
export const OPENING_FLOW_ID = 'collection-triage';

/**
 * `openingFlowId`: when given, only that flow's first question keeps its words (the build passes the flow a first
 * visit opens; another flow's first question waits a moment for the rest). Without it every first question does.
 */
export function coreBundle(bundle: FlowBundle, openingFlowId?: string): CoreBundle {
  const { catalogue } = bundle;
  const guidance: Record<string, TextPart[]> = {};
  for (const flow of Object.values(bundle.flows))
    for (const node of flow.nodes)
      if (node.kind === 'question')
        for (const id of node.guidance ?? []) {
          const action = catalogue.actions[id];
          if (action) guidance[id] = splitText(action.title, catalogue);
        }
  const pendingText: Record<string, string[]> = {};
  const flows = Object.fromEntries(
    Object.entries(bundle.flows).map(([id, flow]) => {
      const pending = new Set(
        flow.nodes
          .filter(
            (n) =>
              n.kind === 'question' &&
              !((openingFlowId === undefined || id === openingFlowId) && n.id === flow.start) &&
              (n.guidance ?? []).length === 0,
          )
          .map((n) => n.id),
      );
      pendingText[id] = [...pending];
      return [
        id,
        {
          ...flow,
          $schema: undefined,
          // Lender profiles are read by the result page only.
          lenders: undefined,
          nodes: flow.nodes.map((node) => {
            if (node.kind === 'outcome') return { ...node, title: '', verdicts: [], actions: [] };
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
  const ui = Object.fromEntries(CORE_UI_SECTIONS.map((section) => [section, catalogue.ui[section]])) as CoreUiText;
  return { flows, guidance, actionIds: Object.keys(catalogue.actions), ui, pendingText };
}
