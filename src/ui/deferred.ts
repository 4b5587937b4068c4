// Everything the first question does not need, in one place so it can travel in one download: the full flows and
// catalogue, the answers and result pages, the action cards, and the way to the tool pages.
import { buildActionItem, selectActions } from '../flow/actionList.ts';
import { lenderFor } from '../flow/lenders.ts';
import { decodeLog, encodeLog, isEmptyLog } from '../contactLog/storage.ts';
import type { ContactLog } from '../contactLog/storage.ts';
import type { ActionItem, ResultView } from '../flow/actionList.ts';
import { pruneAnswers } from '../flow/graph.ts';
import type { Answers, Flow, FlowBundle } from '../flow/schema.ts';
import { ActionCard } from './ActionCard.tsx';
import { ResultPage } from './ResultPage.tsx';
import { ReviewPage } from './ReviewPage.tsx';
import { ToolPage } from './ToolPage.tsx';

/**
 * The saved log the app starts with: an empty one when there is none or it was refused, with the kind of notice a
 * refusal brings, and the retention it was saved with.
 */
function readLog(
  text: string | null,
  now: number,
): { log: ContactLog; notices: ('logCorrupt' | 'logExpired')[]; retentionDays?: number } {
  const restored = decodeLog(text, now);
  if (restored.kind === 'restored') return { log: restored.log, notices: [], retentionDays: restored.retentionDays };
  return {
    log: { entries: [], complaintsMade: {} },
    notices: restored.kind === 'discarded' ? [restored.reason === 'corrupt' ? 'logCorrupt' : 'logExpired'] : [],
  };
}

export function deferredParts(bundle: FlowBundle) {
  // Answers are never changed in place, so one result per answers object (and flow, as a language switch brings
  // the same answers to another flow object): the answers page asks for it while it is read, ahead of the tap.
  const results = new WeakMap<Answers, { flow: Flow; view: ResultView | undefined }>();
  const resultFor = (flow: Flow, answers: Answers): ResultView | undefined => {
    const known = results.get(answers);
    if (known?.flow === flow) return known.view;
    const view = selectActions(flow, bundle.catalogue, answers);
    results.set(answers, { flow, view });
    return view;
  };
  /** A card shown with a question (the 110 card on the safety screen), with the lender the answers so far name. */
  const guidanceItem = (flow: Flow, actionId: string, answers: Answers): ActionItem | undefined => {
    const action = bundle.catalogue.actions[actionId];
    if (!action) return undefined;
    const lender = lenderFor(flow, bundle.catalogue, pruneAnswers(flow, answers));
    return buildActionItem(flow, bundle.catalogue, actionId, action, [], lender);
  };
  return {
    bundle,
    ActionCard,
    ReviewPage,
    ResultPage,
    ToolPage,
    guidanceItem,
    resultFor,
    logStorage: { readLog, encodeLog, isEmptyLog },
  };
}

export type Later = ReturnType<typeof deferredParts>;
