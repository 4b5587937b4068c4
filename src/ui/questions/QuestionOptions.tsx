// The two kinds of option on a question page: one that answers in a single tap, and a box ticked before Continue.
import type { MouseEvent } from 'react';
import type { Option } from '../../flow/schema.ts';

interface TapOptionProps {
  option: Option;
  questionId: string;
  labelId: string;
  /** The answer given before, marked when the person comes back to the question. */
  isChosen: boolean;
  chosenText: string;
  onTap: () => void;
}

export function TapOption({ option, questionId, labelId, isChosen, chosenText, onTap }: TapOptionProps) {
  return (
    <button
      type="button"
      name={questionId}
      value={option.id}
      className={`choice choice-tap${isChosen ? ' is-chosen' : ''}`}
      aria-labelledby={isChosen ? `${labelId} ${labelId}-chosen` : labelId}
      aria-describedby={option.hint ? `${labelId}-hint` : undefined}
      onClick={(e: MouseEvent) => {
        // The second tap of a double tap would land on the next question, now under the finger: it is ignored.
        // A tap is 1, a key press 0.
        if (e.detail > 1) return;
        onTap();
      }}
    >
      <span className="choice-text">
        <span id={labelId} className="choice-label">
          {option.label}
        </span>
        {option.hint ? (
          <span id={`${labelId}-hint`} className="choice-hint">
            {option.hint}
          </span>
        ) : null}
      </span>
      {isChosen ? (
        <span id={`${labelId}-chosen`} className="choice-chosen">
          {chosenText}
        </span>
      ) : null}
      <span className="choice-go" aria-hidden="true">
        ›
      </span>
    </button>
  );
}

interface BoxOptionProps {
  option: Option;
  questionId: string;
  inputId: string;
  hintId: string | undefined;
  checked: boolean;
  onToggle: (checked: boolean) => void;
}

export function BoxOption({ option, questionId, inputId, hintId, checked, onToggle }: BoxOptionProps) {
  return (
    <div className="choice">
      <input
        id={inputId}
        type="checkbox"
        name={questionId}
        value={option.id}
        checked={checked}
        aria-describedby={hintId}
        onChange={(e) => {
          onToggle(e.currentTarget.checked);
        }}
      />
      <div className="choice-text">
        <label htmlFor={inputId}>{option.label}</label>
        {option.hint ? (
          <span id={hintId} className="choice-hint">
            {option.hint}
          </span>
        ) : null}
      </div>
    </div>
  );
}
