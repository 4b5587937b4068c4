// The result: every verdict that applies, most serious first, then the grouped, sourced action list.
import { useEffect, useRef } from 'react';
import { GROUP_LABELS } from '../flow/actionList.ts';
import type { ResultView, VerdictItem } from '../flow/actionList.ts';
import type { VerdictTone } from '../flow/schema.ts';
import { ActionCard } from './ActionCard.tsx';
import { Citations } from './Citations.tsx';
import { RichText } from './RichText.tsx';

/** Words and a symbol with every colour, so tone never depends on colour alone. */
const TONE_MARK: Record<VerdictTone, { symbol: string; word: string }> = {
  danger: { symbol: '⚠', word: '紧急' },
  warning: { symbol: '!', word: '警惕' },
  caution: { symbol: '!', word: '注意' },
  calm: { symbol: 'i', word: '说明' },
};

interface ResultPageProps {
  view: ResultView;
  done: ReadonlySet<string>;
  onToggleDone: (actionId: string, done: boolean) => void;
  onBack: () => void;
  onRestart: () => void;
  autoFocus: boolean;
  /** For actions that link to another flow: its name, and how to open it. */
  openFlow?: { labelOf: (flowId: string) => string; open: (flowId: string) => void };
}

function VerdictBanner({ verdict }: { verdict: VerdictItem }) {
  const mark = TONE_MARK[verdict.tone];
  return (
    <section className={`verdict verdict-${verdict.tone}`} aria-label={`${mark.word}：${verdict.title}`}>
      <p className="verdict-title">
        <span className="verdict-symbol" aria-hidden="true">
          {mark.symbol}
        </span>
        <span className="verdict-word">{mark.word}</span>
        {verdict.title}
      </p>
      <p>
        <RichText parts={verdict.summary} />
      </p>
      {verdict.because.length > 0 ? (
        <p className="verdict-because">因为你选了：{verdict.because.map((b) => `“${b.answer}”`).join('；')}</p>
      ) : null}
      <Citations citations={verdict.citations} summary="依据" />
    </section>
  );
}

export function ResultPage({ view, done, onToggleDone, onBack, onRestart, autoFocus, openFlow }: ResultPageProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (autoFocus) headingRef.current?.focus();
  }, [autoFocus]);
  const total = view.groups.reduce((n, g) => n + g.items.length, 0);
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
      <p className="result-count">按先后排好了，共 {total} 条。做完一条可以打勾。</p>
      {view.groups.map((group) => (
        <section
          key={group.group}
          className={`action-group group-${group.group}`}
          aria-labelledby={`group-${group.group}`}
        >
          <h2 id={`group-${group.group}`}>{GROUP_LABELS[group.group]}</h2>
          {group.items.map((item) => (
            <ActionCard
              key={item.id}
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
      <p className="disclaimer">
        这份清单根据公开的法律和规定整理，不是法律意见。重要的事可以咨询律师，或拨打公共法律服务热线。
      </p>
      <div className="buttons">
        <button type="button" className="button-secondary" onClick={onBack}>
          看看或修改我的回答
        </button>
        <button type="button" className="button-link" onClick={onRestart}>
          重新开始
        </button>
      </div>
    </section>
  );
}
