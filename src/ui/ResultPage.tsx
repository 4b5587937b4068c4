// The result: every verdict that applies, most serious first, then the grouped, sourced action list.
import { useEffect, useRef, useState } from 'react';
import { resultAsText } from '../flow/resultText.ts';
import type { ResultView, VerdictItem } from '../flow/actionList.ts';
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
    <div className="buttons no-print">
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
      <button
        type="button"
        className="button-secondary"
        onClick={() => {
          window.print();
        }}
      >
        {t.print}
      </button>
      <span className="copy-status" role="status">
        {status === 'copied' ? t.shareCopied : status === 'failed' ? t.shareFailed : ''}
      </span>
    </div>
  );
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
    </section>
  );
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
}: ResultPageProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (autoFocus) headingRef.current?.focus();
  }, [autoFocus]);
  const total = view.groups.reduce((n, g) => n + g.items.length, 0);
  const { result: t, groups } = useUiText();
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
      <p className="result-count">{fill(t.count, { count: total })}</p>
      <ShareChecklist view={view} />
      {view.groups.map((group) => (
        <section
          key={group.group}
          className={`action-group group-${group.group}`}
          aria-labelledby={`group-${group.group}`}
        >
          <h2 id={`group-${group.group}`}>{groups[group.group]}</h2>
          {group.items.map((item) => (
            <ActionCard
              key={item.key}
              item={item}
              done={done.has(item.id)}
              onToggleDone={onToggleDone}
              {...(openFlow && item.opensFlow !== undefined
                ? { openFlow: { label: openFlow.labelOf(item.opensFlow), open: openFlow.open } }
                : {})}
            />
          ))}
        </section>
      ))}
      <ResultEnd onBack={onBack} onRestart={onRestart} onOpenTool={onOpenTool} />
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
