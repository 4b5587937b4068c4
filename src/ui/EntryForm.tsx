// Adding or changing one logged contact: a few taps, sensible defaults, and an error summary linked to the field.
import { useEffect, useId, useRef, useState } from 'react';
import { parseWallClock } from '../contactLog/clock.ts';
import { ENTRY_LIMITS } from '../contactLog/entry.ts';
import type { ContactEntry } from '../contactLog/entry.ts';
import type { ContactLogContent } from '../flow/schema.ts';
import { CONTACTED_PEOPLE, CONTACT_CHANNELS, CONTACT_EVENTS } from '../flow/vocabulary.ts';
import { useUiText } from './uiText.ts';

interface EntryFormProps {
  initial: ContactEntry;
  labels: ContactLogContent['labels'];
  isNew: boolean;
  onSave: (entry: ContactEntry) => void;
  onCancel: () => void;
}

type Field = 'at' | 'duration';

/** Which fields are wrong; the words come from the screen's language. */
function validate(entry: ContactEntry, durationText: string): Field[] {
  const errors: Field[] = [];
  if (!parseWallClock(entry.at)) errors.push('at');
  if (!/^\d{0,4}$/.test(durationText.trim()) || Number(durationText) > ENTRY_LIMITS.durationMinutes)
    errors.push('duration');
  return errors;
}

export function EntryForm({ initial, labels, isNew, onSave, onCancel }: EntryFormProps) {
  const [entry, setEntry] = useState(initial);
  const [durationText, setDurationText] = useState(initial.durationMinutes ? String(initial.durationMinutes) : '');
  const [errors, setErrors] = useState<Field[]>([]);
  const { entry: t } = useUiText();
  const messages: Record<Field, string> = { at: t.errorAt, duration: t.errorDuration };
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  useEffect(() => {
    if (errors.length) summaryRef.current?.focus();
  }, [errors]);
  const update = (changes: Partial<ContactEntry>) => {
    setEntry((e) => ({ ...e, ...changes }));
  };
  const errorFor = (field: Field) => (errors.includes(field) ? messages[field] : undefined);
  const fieldId = (name: string) => `${id}-${name}`;

  return (
    <form
      className="entry-form"
      aria-labelledby={fieldId('heading')}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const found = validate(entry, durationText);
        setErrors(found);
        if (found.length === 0) onSave({ ...entry, durationMinutes: Number(durationText.trim() || '0') });
      }}
    >
      <h2 id={fieldId('heading')} ref={headingRef} tabIndex={-1}>
        {isNew ? t.addHeading : t.editHeading}
      </h2>
      {errors.length ? (
        <div className="error-summary" role="alert" tabIndex={-1} ref={summaryRef}>
          <h3>{t.errorHeading}</h3>
          <ul>
            {errors.map((field) => (
              <li key={field}>
                <a href={`#${fieldId(field)}`}>{messages[field]}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <div className={`field${errorFor('at') ? ' has-error' : ''}`}>
        <label htmlFor={fieldId('at')}>{t.at}</label>
        {errorFor('at') ? (
          <p className="error-message" id={fieldId('at-error')}>
            {errorFor('at')}
          </p>
        ) : null}
        <input
          id={fieldId('at')}
          type="datetime-local"
          value={entry.at}
          aria-invalid={errorFor('at') ? true : undefined}
          aria-describedby={errorFor('at') ? fieldId('at-error') : undefined}
          onChange={(e) => {
            update({ at: e.currentTarget.value });
          }}
        />
      </div>

      <fieldset className="field">
        <legend>{t.channel}</legend>
        {CONTACT_CHANNELS.map((channel) => (
          <label key={channel} className="inline-choice">
            <input
              type="radio"
              name={fieldId('channel')}
              value={channel}
              checked={entry.channel === channel}
              onChange={() => {
                update({ channel });
              }}
            />
            {labels.channel[channel]}
          </label>
        ))}
      </fieldset>

      {entry.channel === 'call' ? (
        <fieldset className="field">
          <legend>{t.answered}</legend>
          {[true, false].map((answered) => (
            <label key={String(answered)} className="inline-choice">
              <input
                type="radio"
                name={fieldId('answered')}
                checked={entry.answered === answered}
                onChange={() => {
                  update({ answered });
                }}
              />
              {answered ? t.answeredYes : t.answeredNo}
            </label>
          ))}
        </fieldset>
      ) : null}

      <div className={`field${errorFor('duration') ? ' has-error' : ''}`}>
        <label htmlFor={fieldId('duration')}>{t.duration}</label>
        {errorFor('duration') ? (
          <p className="error-message" id={fieldId('duration-error')}>
            {errorFor('duration')}
          </p>
        ) : null}
        <input
          id={fieldId('duration')}
          inputMode="numeric"
          value={durationText}
          maxLength={4}
          aria-invalid={errorFor('duration') ? true : undefined}
          aria-describedby={errorFor('duration') ? fieldId('duration-error') : undefined}
          onChange={(e) => {
            setDurationText(e.currentTarget.value);
          }}
        />
      </div>

      <fieldset className="field">
        <legend>{t.contacted}</legend>
        {CONTACTED_PEOPLE.map((person) => (
          <label key={person} className="inline-choice">
            <input
              type="radio"
              name={fieldId('contacted')}
              value={person}
              checked={entry.contacted === person}
              onChange={() => {
                update({ contacted: person });
              }}
            />
            {labels.contacted[person]}
          </label>
        ))}
      </fieldset>

      <div className="field">
        <label htmlFor={fieldId('caller')}>{t.caller}</label>
        <input
          id={fieldId('caller')}
          value={entry.callerGave}
          maxLength={ENTRY_LIMITS.shortText}
          autoComplete="off"
          onChange={(e) => {
            update({ callerGave: e.currentTarget.value });
          }}
        />
      </div>
      <div className="field">
        <label htmlFor={fieldId('firm')}>{t.firm}</label>
        <input
          id={fieldId('firm')}
          value={entry.firmNamed}
          maxLength={ENTRY_LIMITS.shortText}
          autoComplete="off"
          onChange={(e) => {
            update({ firmNamed: e.currentTarget.value });
          }}
        />
      </div>

      <fieldset className="field">
        <legend>{t.happened}</legend>
        {CONTACT_EVENTS.map((event) => (
          <label key={event} className="inline-choice">
            <input
              type="checkbox"
              checked={entry.happened.includes(event)}
              onChange={(e) => {
                const on = e.currentTarget.checked;
                update({
                  happened: CONTACT_EVENTS.filter((x) => (x === event ? on : entry.happened.includes(x))),
                });
              }}
            />
            {labels.happened[event]}
          </label>
        ))}
      </fieldset>

      <div className="field">
        <label htmlFor={fieldId('notes')}>{t.notes}</label>
        <textarea
          id={fieldId('notes')}
          rows={3}
          value={entry.notes}
          maxLength={ENTRY_LIMITS.notes}
          onChange={(e) => {
            update({ notes: e.currentTarget.value });
          }}
        />
      </div>

      <div className="buttons">
        <button type="submit" className="button-primary">
          {t.save}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}
