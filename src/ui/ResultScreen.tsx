// The result for the current answers, worked out from the flow and the catalogue, with the ticks from the actor.
import { useSelector } from '@xstate/react';
import { selectActions } from '../flow/actionList.ts';
import type { Answers, Flow, FlowBundle } from '../flow/schema.ts';
import { useAppActor } from './appActor.ts';
import { ResultPage } from './ResultPage.tsx';

interface ResultScreenProps {
  flow: Flow;
  bundle: FlowBundle;
  answers: Answers;
  onBack: () => void;
  autoFocus: boolean;
  onOpenFlow: ((flowId: string) => void) | undefined;
  flowLabels: Record<string, string>;
}

export function ResultScreen({ flow, bundle, answers, onBack, autoFocus, onOpenFlow, flowLabels }: ResultScreenProps) {
  const actor = useAppActor();
  const done = useSelector(actor, (s) => s.context.done);
  const view = selectActions(flow, bundle.catalogue, answers);
  if (!view) throw new Error(`no result for the answers of flow "${flow.id}"`);
  return (
    <ResultPage
      view={view}
      done={new Set(done)}
      onToggleDone={(actionId, isDone) => {
        actor.send({ type: 'action.tick', actionId, done: isDone });
      }}
      onBack={onBack}
      onRestart={() => {
        actor.send({ type: 'restart' });
      }}
      onOpenTool={(tool) => {
        actor.send({ type: 'tool.open', tool });
      }}
      autoFocus={autoFocus}
      {...(onOpenFlow ? { openFlow: { labelOf: (id: string) => flowLabels[id] ?? id, open: onOpenFlow } } : {})}
    />
  );
}
