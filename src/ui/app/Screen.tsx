// Picks the screen for the app's state, in one switch: a tool page, a question, the answers page or the result.
import { useSelector } from '@xstate/react';
import type { ReactNode } from 'react';
import type { Language } from '../../flow/languages.ts';
import type { Flow, FlowBundle } from '../../flow/schema.ts';
import type { CoreBundle } from '../../flow/split.ts';
import { openTool } from '../../machine/appMachine.ts';
import type { TriageSnapshot } from '../../machine/buildTriageMachine.ts';
import { offersDescription, screenFor } from '../../machine/selectors.ts';
import { useAppActor, useTriage } from './appActor.ts';
import type { BundleSource } from '../loading/bundles.ts';
import { FlowChooser } from '../questions/FlowChooser.tsx';
import { WithBundle } from '../loading/Loading.tsx';
import { OwnWordsFirst } from '../questions/OwnWordsFirst.tsx';
import { QuestionStep } from '../questions/QuestionStep.tsx';
import { RichText } from '../common/RichText.tsx';
import { DescribeStep, GuidanceCards, ResultScreen, ReviewPage, ToolPage } from '../loading/screens.ts';

export interface ScreenProps {
  flow: Flow;
  core: CoreBundle;
  bundles: BundleSource;
  language: Language;
  autoFocus: boolean;
  onBack: () => void;
  onOpenFlow: ((flowId: string) => void) | undefined;
  now: () => number;
}

const acceptsBack = (snapshot: TriageSnapshot) => snapshot.can({ type: 'nav.back' });
const acceptsContinue = (snapshot: TriageSnapshot) => snapshot.can({ type: 'questions.continue' });

export function Screen({ flow, core, bundles, language, autoFocus, onBack, onOpenFlow, now }: ScreenProps) {
  const actor = useAppActor();
  const tool = useSelector(actor, openTool);
  const triage = useTriage();
  const value = useSelector(triage, (s) => s.value);
  const answers = useSelector(triage, (s) => s.context.answers);
  // On the guide the app forwards Back to the triage machine when it accepts it, so its snapshot decides.
  const canGoBack = useSelector(triage, acceptsBack);
  // A result reached early (the list at once, for someone in danger) offers to go on with the questions.
  const canContinue = useSelector(triage, acceptsContinue);
  const describing = useSelector(triage, (s) => offersDescription(flow, s.value, s.context));
  const withBundle = (render: (bundle: FlowBundle) => ReactNode, fallback?: ReactNode) => (
    <WithBundle source={bundles} language={language} {...(fallback ? { fallback } : {})}>
      {render}
    </WithBundle>
  );
  const screen = tool ? { kind: 'tool' as const, tool } : screenFor(flow, value, answers);
  switch (screen.kind) {
    case 'tool':
      return withBundle((bundle) => (
        <ToolPage
          tool={screen.tool}
          bundle={bundle}
          flow={flow}
          answers={answers}
          bundles={bundles}
          language={language}
          now={now}
          autoFocus={autoFocus}
        />
      ));
    case 'review':
      return withBundle(() => (
        <ReviewPage
          rows={screen.rows}
          onEdit={(questionId) => {
            actor.send({ type: 'review.edit', questionId });
          }}
          onConfirm={() => {
            actor.send({ type: 'review.confirm' });
          }}
          onBack={onBack}
          autoFocus={autoFocus}
        />
      ));
    case 'outcome': {
      const continueWith = canContinue ? resumeOption(flow, screen.outcomeId) : undefined;
      return withBundle((bundle) => (
        <ResultScreen
          flow={flow}
          bundle={bundle}
          answers={answers}
          onBack={onBack}
          autoFocus={autoFocus}
          onOpenFlow={onOpenFlow}
          flowLabels={core.flowLabels}
          {...(continueWith
            ? {
                continueQuestions: {
                  ...continueWith,
                  go: () => {
                    actor.send({ type: 'questions.continue' });
                  },
                },
              }
            : {})}
        />
      ));
    }
    case 'question': {
      const { question } = screen;
      const actionIds = question.guidance ?? [];
      // Until the cards arrive (once the person has moved on from the first question), each card's title with its
      // phone link stands in.
      const titles = actionIds.map((id) => {
        const title = core.guidance[id];
        return title ? (
          <p key={id} className="action-title guidance-pending">
            <RichText parts={title} />
          </p>
        ) : null;
      });
      const isFirst = question.id === flow.start && Object.keys(answers).length === 0;
      const choices = Object.entries(core.flowLabels).map(([flowId, label]) => ({ flowId, label }));
      const step = (
        <QuestionStep
          key={question.id}
          question={question}
          saved={screen.saved}
          progress={screen.progress}
          guidance={
            actionIds.length
              ? withBundle(
                  (bundle) => <GuidanceCards flow={flow} bundle={bundle} actionIds={actionIds} answers={answers} />,
                  titles,
                )
              : null
          }
          intro={isFirst ? { title: flow.title, summary: flow.summary } : undefined}
          canGoBack={canGoBack}
          // Asked when the person submits, so the snapshot of that moment decides.
          canAnswer={(optionIds) => actor.getSnapshot().can({ type: 'answer', optionIds })}
          autoFocus={autoFocus}
          onAnswer={(optionIds) => {
            // Answered while the box for their own words was still to come: it is passed by, not offered later.
            if (describing) actor.send({ type: 'describe.skip' });
            actor.send({ type: 'answer', optionIds });
          }}
          onBack={onBack}
        />
      );
      // Their own words, offered once on the question right after the safety question.
      if (describing)
        return (
          <OwnWordsFirst
            key={question.id}
            offer={core.ui.describe.offer}
            question={step}
            box={({ focus, close }) => (
              // Until the step arrives, and should it fail to, the question stands (the offer, taken, is gone): the
              // step is optional.
              <WithBundle source={bundles} language={language} fallback={step} failed={() => step}>
                {() => (
                  <DescribeStep
                    flow={flow}
                    language={language}
                    autoFocus={focus}
                    onConfirm={(implied) => {
                      actor.send({ type: 'describe.confirm', implied });
                    }}
                    onSkip={() => {
                      actor.send({ type: 'describe.skip' });
                    }}
                    onBack={close}
                  />
                )}
              </WithBundle>
            )}
          />
        );
      return (
        <>
          {isFirst && onOpenFlow && choices.length > 1 ? (
            <FlowChooser choices={choices} currentFlowId={flow.id} onOpenFlow={onOpenFlow} />
          ) : null}
          {step}
        </>
      );
    }
  }
}

/** The option a result's `resume` gives, in the flow's words: the button's label and its hint. */
function resumeOption(flow: Flow, outcomeId: string): { label: string; hint?: string } | undefined {
  const outcome = flow.nodes.find((n) => n.id === outcomeId);
  const resume = outcome?.kind === 'outcome' ? outcome.resume : undefined;
  const question = resume ? flow.nodes.find((n) => n.id === resume.question) : undefined;
  const option = question?.kind === 'question' ? question.options.find((o) => o.id === resume?.option) : undefined;
  return option ? { label: option.label, ...(option.hint ? { hint: option.hint } : {}) } : undefined;
}
