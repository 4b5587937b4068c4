// One question on its own page: a single choice is one tap on its option; several choices are check boxes and
// Continue, with "none of these" one tap of its own. Back sits top-left.
import { Suspense, lazy, useEffect, useId, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { Progress } from '../../flow/graph.ts';
import type { Option, QuestionNode } from '../../flow/schema.ts';
import { toggleOption } from '../../flow/graph.ts';
import { BoxOption, TapOption } from './QuestionOptions.tsx';
import { fill, useFrameText } from '../app/uiText.ts';

/** The option "别的情况": ticking it opens a search over the situation catalogue, which is not in the first download. */
const OTHER_SITUATION = 'otherSituation';
const OtherSituationSearch = lazy(() => import('./OtherSituationSearch.tsx'));

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
  // Options that answer in one tap: every option of a single choice, the option that excludes the rest of a multiple
  // one. Check boxes for the rest, confirmed with Continue.
  const boxes = many ? question.options.filter((o) => !o.exclusive) : [];
  const taps = many ? question.options.filter((o) => o.exclusive) : question.options;

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
  const answer = (optionIds: string[]) => {
    if (canAnswer(optionIds)) onAnswer(optionIds);
    else setShowError(true);
  };
  const tapButton = (option: Option) => (
    <TapOption
      key={option.id}
      option={option}
      questionId={question.id}
      labelId={`${ids.fieldset}-${option.id}`}
      isChosen={selected.length === 1 && selected[0] === option.id}
      chosenText={t.chosen}
      onTap={() => {
        answer([option.id]);
      }}
    />
  );

  return (
    <form
      className="question"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (many) answer(selected);
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
        {many ? (
          <div className="checkboxes">
            {boxes.map((option) => (
              <BoxOption
                key={option.id}
                option={option}
                questionId={question.id}
                inputId={`${ids.fieldset}-${option.id}`}
                hintId={option.hint ? `${ids.hint}-${option.id}` : undefined}
                checked={selected.includes(option.id)}
                onToggle={(checked) => {
                  setSelected(toggleOption(question, selected, option.id, checked));
                  setShowError(false);
                }}
              />
            ))}
            {selected.includes(OTHER_SITUATION) ? (
              <Suspense fallback={null}>
                <OtherSituationSearch
                  question={question}
                  onChoose={(optionIds) => {
                    setSelected([
                      ...selected.filter((id) => id !== OTHER_SITUATION),
                      ...optionIds.filter((id) => !selected.includes(id)),
                    ]);
                    setShowError(false);
                  }}
                />
              </Suspense>
            ) : null}
            {/* Continue right under the boxes: a finger going from a ticked box to Continue never crosses an
                option that answers and moves on. */}
            <div className="buttons">
              <button type="submit" className="button-primary">
                {t.continue}
              </button>
            </div>
            {taps.length ? (
              <div className="choice-or">
                <p className="choice-or-label">{t.or}</p>
                {taps.map(tapButton)}
              </div>
            ) : null}
          </div>
        ) : (
          <div className="choices-tap">{taps.map(tapButton)}</div>
        )}
      </fieldset>
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
