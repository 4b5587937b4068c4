// One question on its own page: radios or check boxes from the flow data, Continue and Back.
import { useEffect, useId, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { Progress } from '../flow/graph.ts';
import type { QuestionNode } from '../flow/schema.ts';
import { toggleOption } from '../flow/graph.ts';
import { fill, useFrameText } from './uiText.ts';

interface QuestionStepProps {
  question: QuestionNode;
  saved: readonly string[];
  progress: Progress;
  /** Action cards shown with the question (the 110 card on the safety screen). */
  guidance: ReactNode;
  intro?: { title: string; summary: string } | undefined;
  canGoBack: boolean;
  /** Whether the machine takes these options as an answer (an empty one it does not). */
  canAnswer: (optionIds: string[]) => boolean;
  /** Move focus to the heading: after every step, but not on first load (the exit skip link comes first). */
  autoFocus: boolean;
  onAnswer: (optionIds: string[]) => void;
  onBack: () => void;
}

export function QuestionStep({
  question,
  saved,
  progress,
  guidance,
  intro,
  canGoBack,
  canAnswer,
  autoFocus,
  onAnswer,
  onBack,
}: QuestionStepProps) {
  const [selected, setSelected] = useState<string[]>([...saved]);
  const [showError, setShowError] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const ids = { hint: useId(), error: useId(), fieldset: useId() };
  const many = question.select === 'many';

  useEffect(() => {
    if (autoFocus) headingRef.current?.focus();
  }, [question.id, autoFocus]);
  useEffect(() => {
    if (showError) errorRef.current?.focus();
  }, [showError]);

  const describedBy =
    [question.hint ? ids.hint : '', showError ? ids.error : ''].filter(Boolean).join(' ') || undefined;
  const { question: t } = useFrameText();
  const errorText = many ? t.errorMany : t.errorOne;

  return (
    <form
      className="question"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (canAnswer(selected)) onAnswer(selected);
        else setShowError(true);
      }}
    >
      {showError ? (
        <div className="error-summary" role="alert" tabIndex={-1} ref={errorRef}>
          <h2>{t.errorHeading}</h2>
          <a href={`#${ids.fieldset}`}>{errorText}</a>
        </div>
      ) : null}
      {/* Back sits top-left, where a phone's own back sits; Continue stays under the options. */}
      {canGoBack ? (
        <button type="button" className="button-back" onClick={onBack}>
          <span aria-hidden="true">‹ </span>
          {t.back}
        </button>
      ) : null}
      <p className="progress">
        {fill(t.progress, { step: progress.step })}
        <span className="progress-total">{fill(t.progressTotal, { total: progress.total })}</span>
      </p>
      <fieldset id={ids.fieldset} aria-describedby={describedBy} className={showError ? 'has-error' : undefined}>
        <legend>
          <h1 ref={headingRef} tabIndex={-1}>
            {question.prompt}
          </h1>
        </legend>
        {question.hint ? (
          <p id={ids.hint} className="hint">
            {question.hint}
          </p>
        ) : null}
        {guidance}
        {showError ? (
          <p id={ids.error} className="error-message">
            {errorText}
          </p>
        ) : null}
        <div className={many ? 'checkboxes' : 'radios'}>
          {question.options.map((option) => {
            const checked = selected.includes(option.id);
            const optionHint = option.hint ? `${ids.hint}-${option.id}` : undefined;
            return (
              <div key={option.id} className={`choice${option.exclusive ? ' choice-exclusive' : ''}`}>
                <input
                  id={`${ids.fieldset}-${option.id}`}
                  type={many ? 'checkbox' : 'radio'}
                  name={question.id}
                  value={option.id}
                  checked={checked}
                  aria-describedby={optionHint}
                  onChange={(e) => {
                    const on = e.currentTarget.checked;
                    setSelected(many ? toggleOption(question, selected, option.id, on) : [option.id]);
                    setShowError(false);
                  }}
                />
                <div className="choice-text">
                  <label htmlFor={`${ids.fieldset}-${option.id}`}>{option.label}</label>
                  {option.hint ? (
                    <span id={optionHint} className="choice-hint">
                      {option.hint}
                    </span>
                  ) : null}
                </div>
              </div>
            );
          })}
        </div>
      </fieldset>
      <div className="buttons">
        <button type="submit" className="button-primary">
          {t.continue}
        </button>
      </div>
      {/* What this guide is comes after the first question: someone in danger reads the question first. */}
      {intro ? (
        <div className="intro">
          <p className="intro-title">{intro.title}</p>
          <p>{intro.summary}</p>
        </div>
      ) : null}
    </form>
  );
}
