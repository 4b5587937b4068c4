// The answers page before the result: every answer on the user's route, each with a way to change it.
import { useEffect, useRef } from 'react';
import type { ReviewRow } from '../../machine/selectors.ts';
import { fill, useUiText } from '../app/uiText.ts';

interface ReviewPageProps {
  rows: readonly ReviewRow[];
  onEdit: (questionId: string) => void;
  onConfirm: () => void;
  onBack: () => void;
  autoFocus: boolean;
}

export function ReviewPage({ rows, onEdit, onConfirm, onBack, autoFocus }: ReviewPageProps) {
  const { review: t, question, result } = useUiText();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (autoFocus) headingRef.current?.focus();
  }, [autoFocus]);
  return (
    <section className="review" aria-labelledby="review-heading">
      <h1 id="review-heading" ref={headingRef} tabIndex={-1}>
        {t.heading}
      </h1>
      <p className="hint">{t.hint}</p>
      <dl className="summary-list">
        {rows.map((row) => (
          <div className="summary-row" key={row.questionId}>
            <dt>{row.label}</dt>
            <dd>{row.answers.join(result.listSeparator)}</dd>
            <dd className="summary-action">
              <button
                type="button"
                className="button-link"
                onClick={() => {
                  onEdit(row.questionId);
                }}
              >
                {t.change}
                <span className="visually-hidden">{fill(t.changeHidden, { label: row.label })}</span>
              </button>
            </dd>
          </div>
        ))}
      </dl>
      <div className="buttons">
        <button type="button" className="button-primary" onClick={onConfirm}>
          {t.confirm}
        </button>
        <button type="button" className="button-link" onClick={onBack}>
          {question.back}
        </button>
      </div>
    </section>
  );
}
