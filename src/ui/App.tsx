// Composition: builds the machine for a flow once, picks the screen for its state, and wires events to it.
import { useActorRef, useSelector } from '@xstate/react';
import { useCallback, useMemo, useState } from 'react';
import { buildActionItem, selectActions } from '../flow/actionList.ts';
import type { FlowBundle } from '../flow/schema.ts';
import { buildTriageMachine } from '../machine/buildTriageMachine.ts';
import { screenFor } from '../machine/selectors.ts';
import { QuestionStep } from './QuestionStep.tsx';
import { ResultPage } from './ResultPage.tsx';
import { ReviewPage } from './ReviewPage.tsx';
import { useHistorySync } from './useHistorySync.ts';

interface AppProps {
  bundle: FlowBundle;
  flowId: string;
}

export function App({ bundle, flowId }: AppProps) {
  const flow = bundle.flows[flowId];
  if (!flow) throw new Error(`flow "${flowId}" is not in the bundle`);
  const { catalogue } = bundle;
  const machine = useMemo(() => buildTriageMachine(flow), [flow]);
  const actorRef = useActorRef(machine);
  const stateValue = useSelector(actorRef, (s) => s.value);
  const answers = useSelector(actorRef, (s) => s.context.answers);
  const canGoBack = useSelector(actorRef, (s) => s.can({ type: 'nav.back' }));
  const [done, setDone] = useState<ReadonlySet<string>>(new Set());
  const goBack = useHistorySync(actorRef, stateValue);

  const screen = useMemo(() => screenFor(flow, stateValue, answers), [flow, stateValue, answers]);
  const toggleDone = useCallback((actionId: string, isDone: boolean) => {
    setDone((prev) => {
      const next = new Set(prev);
      if (isDone) next.add(actionId);
      else next.delete(actionId);
      return next;
    });
  }, []);
  const restart = useCallback(() => {
    setDone(new Set());
    actorRef.send({ type: 'nav.restart' });
  }, [actorRef]);

  if (screen.kind === 'question') {
    const { question } = screen;
    const guidance = (question.guidance ?? []).flatMap((id) => {
      const action = catalogue.actions[id];
      return action ? [buildActionItem(flow, catalogue, id, action, [])] : [];
    });
    const isFirst = question.id === flow.start && Object.keys(answers).length === 0;
    return (
      <QuestionStep
        key={question.id}
        question={question}
        saved={screen.saved}
        progress={screen.progress}
        guidance={guidance}
        intro={isFirst ? { title: flow.title, summary: flow.summary } : undefined}
        canGoBack={canGoBack}
        onAnswer={(optionIds) => {
          actorRef.send({ type: 'answer', optionIds });
        }}
        onBack={goBack}
      />
    );
  }
  if (screen.kind === 'review') {
    return (
      <ReviewPage
        rows={screen.rows}
        onEdit={(questionId) => {
          actorRef.send({ type: 'review.edit', questionId });
        }}
        onConfirm={() => {
          actorRef.send({ type: 'review.confirm' });
        }}
        onBack={goBack}
      />
    );
  }
  const view = selectActions(flow, catalogue, answers);
  if (!view) throw new Error(`no result for outcome "${screen.outcomeId}"`);
  return <ResultPage view={view} done={done} onToggleDone={toggleDone} onBack={goBack} onRestart={restart} />;
}
