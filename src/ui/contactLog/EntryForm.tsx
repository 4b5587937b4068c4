// Adding or changing one logged contact on a screen or two: when and how must be chosen, nothing is assumed, and an
// error summary says what is missing.
import { useEffect, useId, useRef, useState } from 'react';
import { ENTRY_LIMITS, checkContactTime } from '../../contactLog/entry.ts';
import type { ContactEntry } from '../../contactLog/entry.ts';
import type { ContactLogContent } from '../../flow/schema.ts';
import { CONTACTED_PEOPLE, CONTACT_CHANNELS } from '../../flow/vocabulary.ts';
import type { ContactChannel } from '../../flow/vocabulary.ts';
import { EntryDetails } from './EntryDetails.tsx';
import { ChipChoice, HappenedChoice, WhenField } from './EntryChoices.tsx';
import { ErrorSummary } from '../common/ErrorSummary.tsx';
import { useUiText } from '../app/uiText.ts';

interface EntryFormProps {
  /** For a new entry, `at` is the time the form opened: offered as "now", never filled in unasked. */
  initial: ContactEntry;
  labels: ContactLogContent['labels'];
  isNew: boolean;
  onSave: (entry: ContactEntry) => void;
  onCancel: () => void;
  /** The clock a contact's time is checked against: none can have happened later than now. */
  now: () => number;
}

type Field = 'at' | 'channel' | 'answered' | 'duration';

/** What the person has chosen so far; a new entry starts with neither time, channel nor answer. */
interface Draft {
  at: string;
  channel: ContactChannel | undefined;
  answered: boolean | undefined;
}

/** Which fields are missing or wrong; the words come from the screen's language. */
function validate(draft: Draft, durationText: string, atProblem: string | undefined): Field[] {
  const errors: Field[] = [];
  if (atProblem) errors.push('at');
  if (!draft.channel) errors.push('channel');
  if (draft.channel === 'call' && draft.answered === undefined) errors.push('answered');
  if (!/^\d{0,4}$/.test(durationText.trim()) || Number(durationText) > ENTRY_LIMITS.durationMinutes)
    errors.push('duration');
  return errors;
}

export function EntryForm({ initial, labels, isNew, onSave, onCancel, now }: EntryFormProps) {
  const [entry, setEntry] = useState(initial);
  const [draft, setDraft] = useState<Draft>(() =>
    isNew
      ? { at: '', channel: undefined, answered: undefined }
      : { at: initial.at, channel: initial.channel, answered: initial.answered },
  );
  const [durationText, setDurationText] = useState(initial.durationMinutes ? String(initial.durationMinutes) : '');
  const [errors, setErrors] = useState<Field[]>([]);
  /** What is wrong with the time: none given, or one no contact can have (later than now, or an absurd year). */
  const [atProblem, setAtProblem] = useState<'errorAt' | 'errorAtRange'>('errorAt');
  const { entry: t } = useUiText();
  const messages: Record<Field, string> = {
    at: t[atProblem],
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
  const errorOf = (field: Field) => {
    const text = errorFor(field);
    return text === undefined ? undefined : { id: fieldId(`${field}-error`), text };
  };

  return (
    <form
      className="entry-form"
      aria-labelledby={fieldId('heading')}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const problem = checkContactTime(draft.at, now());
        if (problem) setAtProblem(problem);
        const found = validate(draft, durationText, problem);
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
        <ErrorSummary
          ref={summaryRef}
          heading={t.errorHeading}
          errors={errors.map((field) => ({ href: `#${fieldId(field)}`, text: messages[field] }))}
        />
      ) : null}
      <WhenField
        id={fieldId('at')}
        label={t.at}
        nowLabel={t.atNow}
        value={draft.at}
        openedAt={initial.at}
        onChange={(at) => {
          choose({ at });
        }}
        error={errorOf('at')}
      />
      <ChipChoice
        id={fieldId('channel')}
        legend={t.channel}
        name={fieldId('channel-choice')}
        options={channels.map((channel) => ({ value: channel, label: labels.channel[channel] }))}
        chosen={draft.channel}
        onChoose={(channel) => {
          choose({ channel });
        }}
        error={errorOf('channel')}
      />
      {draft.channel === 'call' ? (
        <ChipChoice
          id={fieldId('answered')}
          legend={t.answered}
          name={fieldId('answered-choice')}
          options={[
            { value: true, label: t.answeredYes },
            { value: false, label: t.answeredNo },
          ]}
          chosen={draft.answered}
          onChoose={(answered) => {
            choose({ answered });
          }}
          error={errorOf('answered')}
        />
      ) : null}
      <ChipChoice
        legend={t.contacted}
        name={fieldId('contacted')}
        options={CONTACTED_PEOPLE.map((person) => ({ value: person, label: labels.contacted[person] }))}
        chosen={entry.contacted}
        onChoose={(contacted) => {
          update({ contacted });
        }}
      />
      <HappenedChoice
        legend={t.happened}
        labels={labels.happened}
        happened={entry.happened}
        onChange={(happened) => {
          update({ happened });
        }}
      />
      <EntryDetails
        entry={entry}
        durationText={durationText}
        onDuration={setDurationText}
        update={update}
        durationError={errorFor('duration')}
        fieldId={fieldId}
      />

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
