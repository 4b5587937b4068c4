// The action cards shown with a question (the 110 card on the safety screen), with the lender the answers name.
import { buildActionItem } from '../../flow/actionList.ts';
import { pruneAnswers } from '../../flow/graph.ts';
import { lenderFor } from '../../flow/lenders.ts';
import type { Answers, Flow, FlowBundle } from '../../flow/schema.ts';
import { ActionCard } from '../result/ActionCard.tsx';

interface GuidanceCardsProps {
  flow: Flow;
  bundle: FlowBundle;
  actionIds: readonly string[];
  answers: Answers;
}

export function GuidanceCards({ flow, bundle, actionIds, answers }: GuidanceCardsProps) {
  const { catalogue } = bundle;
  const lender = lenderFor(flow, catalogue, pruneAnswers(flow, answers));
  return actionIds.map((id) => {
    const action = catalogue.actions[id];
    if (!action) return null;
    return <ActionCard key={id} item={buildActionItem(flow, catalogue, id, action, [], lender)} headingLevel={2} />;
  });
}
