// The result starts with what to do: each verdict in a line, the first three steps with their phone numbers; then
// every action by group, each a title one tap from its steps, reasons and the names of its sources; then every
// source once, the list those names lead to.
import { useDeferredValue, useEffect, useRef } from 'react';
import { firstStepsOf, sourcesOf } from '../../flow/actionList.ts';
import type { ActionItem, ResultView } from '../../flow/actionList.ts';
import { ActionCard } from './ActionCard.tsx';
import { ResultSources } from './ResultSources.tsx';
import { ShareChecklist } from './ShareChecklist.tsx';
import { VerdictBanner } from './VerdictBanner.tsx';
import { fill, useUiText } from '../app/uiText.ts';

/** How many verdict lines come before the first steps. */
const LEADING_VERDICTS = 3;

/** A button that takes a result reached early on to the questions it skipped, in the flow's words. */
export interface ContinueQuestions {
  label: string;
  hint?: string;
  go: () => void;
}

interface ResultPageProps {
  view: ResultView;
  done: ReadonlySet<string>;
  onToggleDone: (actionId: string, done: boolean) => void;
  onBack: () => void;
  onRestart: () => void;
  /** Opens the contact log or the complaint drafts. */
  onOpenTool: (tool: 'log' | 'drafts') => void;
  autoFocus: boolean;
  continueQuestions?: ContinueQuestions;
  /** For actions that link to another flow: its name, and how to open it. */
  openFlow?: { labelOf: (flowId: string) => string; open: (flowId: string) => void };
}

export function ResultPage({
  view,
  done,
  onToggleDone,
  onBack,
  onRestart,
  onOpenTool,
  autoFocus,
  openFlow,
  continueQuestions,
}: ResultPageProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (autoFocus) headingRef.current?.focus();
  }, [autoFocus]);
  // The verdicts and the first three steps are painted first; the long list is rendered straight after, in the
  // background, so the tap that opens the result shows what to do without waiting for everything else.
  const restShown = useDeferredValue(true, false);
  const { result: t, groups } = useUiText();
  const all = view.groups.flatMap((g) => g.items);
  // At most three verdict lines stand before the first steps, most serious first; the others follow them.
  const leadingVerdicts = view.verdicts.slice(0, LEADING_VERDICTS);
  const moreVerdicts = view.verdicts.slice(LEADING_VERDICTS);
  const firstSteps = firstStepsOf(view);
  const leading = new Set(view.firstSteps);
  const rest = view.groups
    .map((g) => ({ ...g, items: g.items.filter((item) => !leading.has(item.key)) }))
    .filter((g) => g.items.length > 0);
  const card = (item: ActionItem, isFirst: boolean) => (
    <ActionCard
      key={item.key}
      item={item}
      collapsed
      callsFromSteps={isFirst}
      sourcesListed
      headingLevel={isFirst ? 3 : 4}
      done={done.has(item.id)}
      onToggleDone={onToggleDone}
      {...(openFlow && item.opensFlow !== undefined
        ? { openFlow: { label: openFlow.labelOf(item.opensFlow), open: openFlow.open } }
        : {})}
    />
  );
  return (
    <section className="result" aria-labelledby="result-heading">
      <h1 id="result-heading" ref={headingRef} tabIndex={-1}>
        {view.title}
      </h1>
      <div className="verdicts">
        {leadingVerdicts.map((v) => (
          <VerdictBanner key={v.key} verdict={v} />
        ))}
      </div>
      <section className="first-steps" aria-labelledby="first-steps-heading">
        <h2 id="first-steps-heading">{t.firstSteps}</h2>
        {firstSteps.map((item) => card(item, true))}
      </section>
      {continueQuestions ? (
        <section className="continue-questions no-print">
          <button type="button" className="button-primary" onClick={continueQuestions.go}>
            {continueQuestions.label}
          </button>
          {continueQuestions.hint ? <p className="hint">{continueQuestions.hint}</p> : null}
        </section>
      ) : null}
      {moreVerdicts.length ? (
        <details className="verdicts more-verdicts">
          <summary>{fill(t.moreVerdicts, { count: moreVerdicts.length })}</summary>
          {moreVerdicts.map((v) => (
            <VerdictBanner key={v.key} verdict={v} />
          ))}
        </details>
      ) : null}
      {restShown ? (
        <>
          {rest.length ? (
            <section className="all-steps" aria-labelledby="all-steps-heading">
              <h2 id="all-steps-heading">
                {t.allSteps} <span className="result-count">{fill(t.count, { count: all.length })}</span>
              </h2>
              {rest.map((group) => (
                <section
                  key={group.group}
                  className={`action-group group-${group.group}`}
                  aria-labelledby={`group-${group.group}`}
                >
                  <h3 id={`group-${group.group}`} className="group-title">
                    {groups[group.group]}
                  </h3>
                  {group.items.map((item) => card(item, false))}
                </section>
              ))}
            </section>
          ) : null}
          <ShareChecklist view={view} />
          <ResultSources sources={sourcesOf(view)} />
          <ResultEnd onBack={onBack} onRestart={onRestart} onOpenTool={onOpenTool} />
        </>
      ) : null}
    </section>
  );
}

function ResultEnd({ onBack, onRestart, onOpenTool }: Pick<ResultPageProps, 'onBack' | 'onRestart' | 'onOpenTool'>) {
  const { result: t } = useUiText();
  return (
    <>
      <section className="next-tools no-print" aria-labelledby="next-tools-heading">
        <h2 id="next-tools-heading">{t.toolsHeading}</h2>
        <p>{t.toolsBody}</p>
        <div className="buttons">
          <button
            type="button"
            className="button-secondary"
            onClick={() => {
              onOpenTool('log');
            }}
          >
            {t.openLog}
          </button>
          <button
            type="button"
            className="button-secondary"
            onClick={() => {
              onOpenTool('drafts');
            }}
          >
            {t.openDrafts}
          </button>
        </div>
      </section>
      <p className="disclaimer">{t.disclaimer}</p>
      <div className="buttons">
        <button type="button" className="button-secondary" onClick={onBack}>
          {t.changeAnswers}
        </button>
        <button type="button" className="button-link" onClick={onRestart}>
          {t.restart}
        </button>
      </div>
    </>
  );
}
