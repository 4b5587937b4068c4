// Adding or changing one logged contact on a screen or two: when and how must be chosen, nothing is assumed, and an
// error summary says what is missing.
import { useEffect, useId, useRef, useState } from 'react';
import { parseWallClock } from '../contactLog/clock.ts';
import { ENTRY_LIMITS } from '../contactLog/entry.ts';
import type { ContactEntry } from '../contactLog/entry.ts';
import type { ContactLogContent } from '../flow/schema.ts';
import { CONTACTED_PEOPLE, CONTACT_CHANNELS, CONTACT_EVENTS } from '../flow/vocabulary.ts';
import type { ContactChannel } from '../flow/vocabulary.ts';
import { useUiText } from './uiText.ts';

interface EntryFormProps {
  /** For a new entry, `at` is the time the form opened: offered as "now", never filled in unasked. */
  initial: ContactEntry;
  labels: ContactLogContent['labels'];
  isNew: boolean;
  onSave: (entry: ContactEntry) => void;
  onCancel: () => void;
}

type Field = 'at' | 'channel' | 'answered' | 'duration';

/** What the person has chosen so far; a new entry starts with neither time, channel nor answer. */
interface Draft {
  at: string;
  channel: ContactChannel | undefined;
  answered: boolean | undefined;
}

/** Which fields are missing or wrong; the words come from the screen's language. */
function validate(draft: Draft, durationText: string): Field[] {
  const errors: Field[] = [];
  if (!parseWallClock(draft.at)) errors.push('at');
  if (!draft.channel) errors.push('channel');
  if (draft.channel === 'call' && draft.answered === undefined) errors.push('answered');
  if (!/^\d{0,4}$/.test(durationText.trim()) || Number(durationText) > ENTRY_LIMITS.durationMinutes)
    errors.push('duration');
  return errors;
}

export function EntryForm({ initial, labels, isNew, onSave, onCancel }: EntryFormProps) {
  const [entry, setEntry] = useState(initial);
  const [draft, setDraft] = useState<Draft>(() =>
    isNew
      ? { at: '', channel: undefined, answered: undefined }
      : { at: initial.at, channel: initial.channel, answered: initial.answered },
  );
  const [durationText, setDurationText] = useState(initial.durationMinutes ? String(initial.durationMinutes) : '');
  const [errors, setErrors] = useState<Field[]>([]);
  const { entry: t } = useUiText();
  const messages: Record<Field, string> = {
    at: t.errorAt,
    channel: t.errorChannel,
    answered: t.errorAnswered,
    duration: t.errorDuration,
  };
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
  const choose = (changes: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...changes }));
    setErrors((found) => found.filter((f) => !(f in changes)));
  };
  const errorFor = (field: Field) => (errors.includes(field) ? messages[field] : undefined);
  const fieldId = (name: string) => `${id}-${name}`;
  // "Called or contacted someone else" says the same as "who was contacted" below; it stays only on old entries.
  const channels = CONTACT_CHANNELS.filter((c) => c !== 'thirdParty' || draft.channel === 'thirdParty');
  const hasDetails = Boolean(durationText || entry.callerGave || entry.firmNamed || entry.notes);
  const errorText = (field: Field) =>
    errorFor(field) ? (
      <p className="error-message" id={fieldId(`${field}-error`)}>
        {errorFor(field)}
      </p>
    ) : null;

  return (
    <form
      className="entry-form"
      aria-labelledby={fieldId('heading')}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const found = validate(draft, durationText);
        setErrors(found);
        const { at, channel } = draft;
        if (found.length === 0 && channel)
          onSave({
            ...entry,
            at,
            channel,
            answered: channel === 'call' ? draft.answered === true : false,
            durationMinutes: Number(durationText.trim() || '0'),
          });
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
        {errorText('at')}
        <div className="field-row">
          <input
            id={fieldId('at')}
            type="datetime-local"
            value={draft.at}
            aria-invalid={errorFor('at') ? true : undefined}
            aria-describedby={errorFor('at') ? fieldId('at-error') : undefined}
            onChange={(e) => {
              choose({ at: e.currentTarget.value });
            }}
          />
          <button
            type="button"
            className="button-secondary button-small"
            onClick={() => {
              choose({ at: initial.at });
            }}
          >
            {t.atNow}
          </button>
        </div>
      </div>

      <fieldset
        id={fieldId('channel')}
        className={`field${errorFor('channel') ? ' has-error' : ''}`}
        aria-describedby={errorFor('channel') ? fieldId('channel-error') : undefined}
      >
        <legend>{t.channel}</legend>
        {errorText('channel')}
        <div className="chips">
          {channels.map((channel) => (
            <label key={channel} className="chip">
              <input
                type="radio"
                name={fieldId('channel')}
                value={channel}
                checked={draft.channel === channel}
                onChange={() => {
                  choose({ channel });
                }}
              />
              {labels.channel[channel]}
            </label>
          ))}
        </div>
      </fieldset>

      {draft.channel === 'call' ? (
        <fieldset
          id={fieldId('answered')}
          className={`field${errorFor('answered') ? ' has-error' : ''}`}
          aria-describedby={errorFor('answered') ? fieldId('answered-error') : undefined}
        >
          <legend>{t.answered}</legend>
          {errorText('answered')}
          <div className="chips">
            {[true, false].map((answered) => (
              <label key={String(answered)} className="chip">
                <input
                  type="radio"
                  name={fieldId('answered')}
                  value={String(answered)}
                  checked={draft.answered === answered}
                  onChange={() => {
                    choose({ answered });
                  }}
                />
                {answered ? t.answeredYes : t.answeredNo}
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}

      <fieldset className="field">
        <legend>{t.contacted}</legend>
        <div className="chips">
          {CONTACTED_PEOPLE.map((person) => (
            <label key={person} className="chip">
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
        </div>
      </fieldset>

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

      {/* Open when it holds something or is wrong, so nothing typed is out of sight. */}
      <details className="entry-more" open={hasDetails || errorFor('duration') !== undefined}>
        <summary>{t.more}</summary>
        <div className={`field${errorFor('duration') ? ' has-error' : ''}`}>
          <label htmlFor={fieldId('duration')}>{t.duration}</label>
          {errorText('duration')}
          <input
            id={fieldId('duration')}
            className="input-short"
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
      </details>

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
