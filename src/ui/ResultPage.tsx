// The result starts with what to do: each verdict in a line, the first three steps with their phone numbers; then
// every action by group, each a title one tap from its steps, reasons and sources.
import { useEffect, useRef, useState } from 'react';
import { resultAsText } from '../flow/resultText.ts';
import type { ActionItem, ResultView, VerdictItem } from '../flow/actionList.ts';
import type { VerdictTone } from '../flow/schema.ts';
import { ActionCard } from './ActionCard.tsx';
import { Citations } from './Citations.tsx';
import { RichText } from './RichText.tsx';
import { shareText } from './share.ts';
import { fill, useUiText } from './uiText.ts';

function ShareChecklist({ view }: { view: ResultView }) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const { result: t, groups } = useUiText();
  const words = { groupLabels: groups, basis: t.basis, listSeparator: t.listSeparator, footer: t.shareFooter };
  return (
    <div className="buttons result-actions no-print">
      <button
        type="button"
        className="button-secondary"
        onClick={() => {
          void shareText(view.title, resultAsText(view, words)).then((outcome) => {
            setStatus(outcome === 'shared' ? 'idle' : outcome);
          });
        }}
      >
        {t.share}
      </button>
      {/* Without sources the list prints on a few pages; with them, the legal basis of every step comes along. */}
      <button
        type="button"
        className="button-secondary"
        onClick={() => {
          printResult(false);
        }}
      >
        {t.print}
      </button>
      <button
        type="button"
        className="button-link"
        onClick={() => {
          printResult(true);
        }}
      >
        {t.printWithSources}
      </button>
      <span className="copy-status" role="status">
        {status === 'copied' ? t.shareCopied : status === 'failed' ? t.shareFailed : ''}
      </span>
    </div>
  );
}

function printResult(withSources: boolean) {
  const root = document.documentElement;
  root.dataset.printSources = withSources ? 'yes' : 'no';
  try {
    window.print();
  } finally {
    delete root.dataset.printSources;
  }
}

/** A symbol with every colour and a word from the language, so tone never depends on colour alone. */
const TONE_SYMBOL: Record<VerdictTone, string> = { danger: '⚠', warning: '!', caution: '!', calm: 'i' };

interface ResultPageProps {
  view: ResultView;
  done: ReadonlySet<string>;
  onToggleDone: (actionId: string, done: boolean) => void;
  onBack: () => void;
  onRestart: () => void;
  /** Opens the contact log or the complaint drafts. */
  onOpenTool: (tool: 'log' | 'drafts') => void;
  autoFocus: boolean;
  /** For actions that link to another flow: its name, and how to open it. */
  openFlow?: { labelOf: (flowId: string) => string; open: (flowId: string) => void };
}

function VerdictBanner({ verdict }: { verdict: VerdictItem }) {
  const { tone, result: t } = useUiText();
  const word = tone[verdict.tone];
  return (
    <section
      className={`verdict verdict-${verdict.tone}`}
      aria-label={fill(t.verdictLabel, { tone: word, title: verdict.title })}
    >
      <p className="verdict-title">
        <span className="verdict-symbol" aria-hidden="true">
          {TONE_SYMBOL[verdict.tone]}
        </span>
        <span className="verdict-word">{word}</span>
        {verdict.title}
      </p>
      <details className="verdict-more">
        <summary>{t.verdictMore}</summary>
        <p>
          <RichText parts={verdict.summary} />
        </p>
        {verdict.because.length > 0 ? (
          <p className="verdict-because">
            {fill(t.because, {
              list: verdict.because.map((b) => fill(t.quoted, { text: b.answer })).join(t.listSeparator),
            })}
          </p>
        ) : null}
        <Citations citations={verdict.citations} summary={t.basis} />
      </details>
    </section>
  );
}

/** How many actions lead the page, before the list by group. */
const FIRST_STEPS = 3;

export function ResultPage({
  view,
  done,
  onToggleDone,
  onBack,
  onRestart,
  onOpenTool,
  autoFocus,
  openFlow,
}: ResultPageProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (autoFocus) headingRef.current?.focus();
  }, [autoFocus]);
  const { result: t, groups } = useUiText();
  const all = view.groups.flatMap((g) => g.items);
  const firstSteps = all.slice(0, FIRST_STEPS);
  const leading = new Set(firstSteps.map((item) => item.key));
  const rest = view.groups
    .map((g) => ({ ...g, items: g.items.filter((item) => !leading.has(item.key)) }))
    .filter((g) => g.items.length > 0);
  const card = (item: ActionItem, isFirst: boolean) => (
    <ActionCard
      key={item.key}
      item={item}
      collapsed
      callsFromSteps={isFirst}
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
        {view.verdicts.map((v) => (
          <VerdictBanner key={v.id} verdict={v} />
        ))}
      </div>
      <section className="first-steps" aria-labelledby="first-steps-heading">
        <h2 id="first-steps-heading">{t.firstSteps}</h2>
        {firstSteps.map((item) => card(item, true))}
      </section>
      <>
        {rest.length ? (
          <section className="all-steps" aria-labelledby="all-steps-heading">
            <h2 id="all-steps-heading">{t.allSteps}</h2>
            <p className="result-count">{fill(t.count, { count: all.length })}</p>
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
        <ResultEnd onBack={onBack} onRestart={onRestart} onOpenTool={onOpenTool} />
      </>
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
