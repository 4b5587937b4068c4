// The result for the current answers, worked out from the flow and the catalogue, with the ticks from the actor.
import { useSelector } from '@xstate/react';
import { useMemo } from 'react';
import { selectActions } from '../../flow/actionList.ts';
import type { Answers, Flow, FlowBundle } from '../../flow/schema.ts';
import { useAppActor } from '../app/appActor.ts';
import { ResultPage } from './ResultPage.tsx';
import type { ContinueQuestions } from './ResultPage.tsx';

interface ResultScreenProps {
  flow: Flow;
  bundle: FlowBundle;
  answers: Answers;
  onBack: () => void;
  autoFocus: boolean;
  onOpenFlow: ((flowId: string) => void) | undefined;
  flowLabels: Record<string, string>;
  /** Going on with the questions from a result reached early. */
  continueQuestions?: ContinueQuestions;
}

export function ResultScreen({
  flow,
  bundle,
  answers,
  onBack,
  autoFocus,
  onOpenFlow,
  flowLabels,
  continueQuestions,
}: ResultScreenProps) {
  const actor = useAppActor();
  const done = useSelector(actor, (s) => s.context.done);
  // Worked out once per answer set: ticking a step or a language's words arriving does not redo it.
  const view = useMemo(() => selectActions(flow, bundle.catalogue, answers), [flow, bundle.catalogue, answers]);
  const doneSet = useMemo(() => new Set(done), [done]);
  if (!view) throw new Error(`no result for the answers of flow "${flow.id}"`);
  return (
    <ResultPage
      view={view}
      done={doneSet}
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
      {...(continueQuestions ? { continueQuestions } : {})}
      {...(onOpenFlow ? { openFlow: { labelOf: (id: string) => flowLabels[id] ?? id, open: onOpenFlow } } : {})}
    />
  );
}
