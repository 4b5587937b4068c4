// Everything the first question does not need, in one place so it can travel in one download: the full flows and
// catalogue, the answers and result pages, the action cards, and the way to the tool pages.
import { buildActionItem, selectActions } from '../flow/actionList.ts';
import { lenderFor } from '../flow/lenders.ts';
import { decodeLog, encodeLog, isEmptyLog } from '../contactLog/storage.ts';
import type { FlowBundle } from '../flow/schema.ts';
import { ActionCard } from './ActionCard.tsx';
import { ResultPage } from './ResultPage.tsx';
import { ReviewPage } from './ReviewPage.tsx';
import { ToolPage } from './ToolPage.tsx';

export function deferredParts(bundle: FlowBundle) {
  return {
    bundle,
    ActionCard,
    ReviewPage,
    ResultPage,
    ToolPage,
    buildActionItem,
    lenderFor,
    selectActions,
    logStorage: { decodeLog, encodeLog, isEmptyLog },
  };
}

export type Later = ReturnType<typeof deferredParts>;
