// The answers page before the result: every answer on the user's route, each with a way to change it.
import { useEffect, useRef } from 'react';
import type { ReviewRow } from '../machine/selectors.ts';

interface ReviewPageProps {
  rows: readonly ReviewRow[];
  onEdit: (questionId: string) => void;
  onConfirm: () => void;
  onBack: () => void;
  autoFocus: boolean;
}

export function ReviewPage({ rows, onEdit, onConfirm, onBack, autoFocus }: ReviewPageProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (autoFocus) headingRef.current?.focus();
  }, [autoFocus]);
  return (
    <section className="review" aria-labelledby="review-heading">
      <h1 id="review-heading" ref={headingRef} tabIndex={-1}>
        看一下你的回答
      </h1>
      <p className="hint">有不对的可以改。改完会回到这一页。</p>
      <dl className="summary-list">
        {rows.map((row) => (
          <div className="summary-row" key={row.questionId}>
            <dt>{row.label}</dt>
            <dd>{row.answers.join('；')}</dd>
            <dd className="summary-action">
              <button
                type="button"
                className="button-link"
                onClick={() => {
                  onEdit(row.questionId);
                }}
              >
                修改<span className="visually-hidden">“{row.label}”</span>
              </button>
            </dd>
          </div>
        ))}
      </dl>
      <div className="buttons">
        <button type="button" className="button-primary" onClick={onConfirm}>
          查看我的应对清单
        </button>
        <button type="button" className="button-link" onClick={onBack}>
          返回上一题
        </button>
      </div>
    </section>
  );
}
