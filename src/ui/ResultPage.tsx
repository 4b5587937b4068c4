// The result: every verdict that applies, most serious first, then the grouped, sourced action list.
import { useEffect, useRef, useState } from 'react';
import { GROUP_LABELS } from '../flow/actionList.ts';
import { resultAsText } from '../flow/resultText.ts';
import type { ResultView, VerdictItem } from '../flow/actionList.ts';
import type { VerdictTone } from '../flow/schema.ts';
import { ActionCard } from './ActionCard.tsx';
import { Citations } from './Citations.tsx';
import { RichText } from './RichText.tsx';
import { shareText } from './share.ts';

/** Words and a symbol with every colour, so tone never depends on colour alone. */
const RESULT_TEXT_WORDS = {
  groupLabels: GROUP_LABELS,
  basis: '依据',
  listSeparator: '；',
  footer: '来自“催收应对向导”。这份清单根据公开的法律和规定整理，不是法律意见。',
};

function ShareChecklist({ view }: { view: ResultView }) {
  const [status, setStatus] = useState('');
  return (
    <div className="buttons no-print">
      <button
        type="button"
        className="button-secondary"
        onClick={() => {
          void shareText(view.title, resultAsText(view, RESULT_TEXT_WORDS)).then((result) => {
            setStatus(
              result === 'copied'
                ? '清单已复制，可以粘贴到微信里。'
                : result === 'failed'
                  ? '没能分享，可以截图或打印。'
                  : '',
            );
          });
        }}
      >
        分享或复制这份清单
      </button>
      <button
        type="button"
        className="button-secondary"
        onClick={() => {
          window.print();
        }}
      >
        打印或存成 PDF
      </button>
      <span className="copy-status" role="status">
        {status}
      </span>
    </div>
  );
}

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
  /** Opens the contact log or the complaint drafts. */
  onOpenTool: (tool: 'log' | 'drafts') => void;
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
      <ShareChecklist view={view} />
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
      <section className="next-tools no-print" aria-labelledby="next-tools-heading">
        <h2 id="next-tools-heading">接下来可以用的工具</h2>
        <p>每次被联系都记一笔，自动标出可能违规的地方；投诉材料会用上你的记录。</p>
        <div className="buttons">
          <button
            type="button"
            className="button-secondary"
            onClick={() => {
              onOpenTool('log');
            }}
          >
            打开催收记录
          </button>
          <button
            type="button"
            className="button-secondary"
            onClick={() => {
              onOpenTool('drafts');
            }}
          >
            起草投诉材料
          </button>
        </div>
      </section>
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
