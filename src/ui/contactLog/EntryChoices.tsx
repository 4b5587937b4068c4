// The log form's choices: a row of one-tap chips for one answer, and the boxes for what happened.
import type { ContactEntry } from '../../contactLog/entry.ts';
import type { ContactLogContent } from '../../flow/schema.ts';
import { CONTACT_EVENTS } from '../../flow/vocabulary.ts';

interface ChipChoiceProps<T> {
  legend: string;
  /** The radio group's name, unique on the page. */
  name: string;
  options: readonly { value: T; label: string }[];
  chosen: T | undefined;
  onChoose: (value: T) => void;
  /** Set when the choice is missing: the fieldset is the error summary's link target. */
  error?: { id: string; text: string } | undefined;
  id?: string;
}

export function ChipChoice<T extends string | boolean>(props: ChipChoiceProps<T>) {
  const { error } = props;
  return (
    <fieldset
      id={props.id}
      className={`field${error ? ' has-error' : ''}`}
      aria-describedby={error ? error.id : undefined}
    >
      <legend>{props.legend}</legend>
      {error ? (
        <p className="error-message" id={error.id}>
          {error.text}
        </p>
      ) : null}
      <div className="chips">
        {props.options.map(({ value, label }) => (
          <label key={String(value)} className="chip">
            <input
              type="radio"
              name={props.name}
              value={String(value)}
              checked={props.chosen === value}
              onChange={() => {
                props.onChoose(value);
              }}
            />
            {label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

interface HappenedChoiceProps {
  legend: string;
  labels: ContactLogContent['labels']['happened'];
  happened: ContactEntry['happened'];
  onChange: (happened: ContactEntry['happened']) => void;
}

/** Kept in the vocabulary's order, whatever order they were ticked in. */
export function HappenedChoice({ legend, labels, happened, onChange }: HappenedChoiceProps) {
  return (
    <fieldset className="field">
      <legend>{legend}</legend>
      {CONTACT_EVENTS.map((event) => (
        <label key={event} className="inline-choice">
          <input
            type="checkbox"
            checked={happened.includes(event)}
            onChange={(e) => {
              const on = e.currentTarget.checked;
              onChange(CONTACT_EVENTS.filter((x) => (x === event ? on : happened.includes(x))));
            }}
          />
          {labels[event]}
        </label>
      ))}
    </fieldset>
  );
}

interface WhenFieldProps {
  label: string;
  nowLabel: string;
  id: string;
  value: string;
  /** The time the form opened, offered by the "now" button and never filled in unasked. */
  openedAt: string;
  onChange: (at: string) => void;
  error?: { id: string; text: string } | undefined;
}

export function WhenField({ label, nowLabel, id, value, openedAt, onChange, error }: WhenFieldProps) {
  return (
    <div className={`field${error ? ' has-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {error ? (
        <p className="error-message" id={error.id}>
          {error.text}
        </p>
      ) : null}
      <div className="field-row">
        <input
          id={id}
          type="datetime-local"
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? error.id : undefined}
          onChange={(e) => {
            onChange(e.currentTarget.value);
          }}
        />
        <button
          type="button"
          className="button-secondary button-small"
          onClick={() => {
            onChange(openedAt);
          }}
        >
          {nowLabel}
        </button>
      </div>
    </div>
  );
}
