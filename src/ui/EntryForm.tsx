// Adding or changing one logged contact: a few taps, sensible defaults, and an error summary linked to the field.
import { useEffect, useId, useRef, useState } from 'react';
import { parseWallClock } from '../contactLog/clock.ts';
import { ENTRY_LIMITS } from '../contactLog/entry.ts';
import type { ContactEntry } from '../contactLog/entry.ts';
import type { ContactLogContent } from '../flow/schema.ts';
import { CONTACTED_PEOPLE, CONTACT_CHANNELS, CONTACT_EVENTS } from '../flow/vocabulary.ts';

interface EntryFormProps {
  initial: ContactEntry;
  labels: ContactLogContent['labels'];
  isNew: boolean;
  onSave: (entry: ContactEntry) => void;
  onCancel: () => void;
}

type FieldError = { field: 'at' | 'duration'; message: string };

function validate(entry: ContactEntry, durationText: string): FieldError[] {
  const errors: FieldError[] = [];
  if (!parseWallClock(entry.at)) errors.push({ field: 'at', message: '请填写日期和时间，例如 2026-11-23 23:10' });
  if (!/^\d{0,4}$/.test(durationText.trim()) || Number(durationText) > ENTRY_LIMITS.durationMinutes)
    errors.push({ field: 'duration', message: '时长请填 0 到 1440 之间的分钟数，不知道可以空着' });
  return errors;
}

export function EntryForm({ initial, labels, isNew, onSave, onCancel }: EntryFormProps) {
  const [entry, setEntry] = useState(initial);
  const [durationText, setDurationText] = useState(initial.durationMinutes ? String(initial.durationMinutes) : '');
  const [errors, setErrors] = useState<FieldError[]>([]);
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
  const errorFor = (field: FieldError['field']) => errors.find((e) => e.field === field);
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
        {isNew ? '记一笔' : '修改这条记录'}
      </h2>
      {errors.length ? (
        <div className="error-summary" role="alert" tabIndex={-1} ref={summaryRef}>
          <h3>请改一下：</h3>
          <ul>
            {errors.map((e) => (
              <li key={e.field}>
                <a href={`#${fieldId(e.field)}`}>{e.message}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <div className={`field${errorFor('at') ? ' has-error' : ''}`}>
        <label htmlFor={fieldId('at')}>什么时候（北京时间）</label>
        {errorFor('at') ? (
          <p className="error-message" id={fieldId('at-error')}>
            {errorFor('at')?.message}
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
        <legend>怎么联系的</legend>
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
          <legend>接通了吗</legend>
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
              {answered ? '接通了' : '没接通'}
            </label>
          ))}
        </fieldset>
      ) : null}

      <div className={`field${errorFor('duration') ? ' has-error' : ''}`}>
        <label htmlFor={fieldId('duration')}>大约多少分钟（可以不填）</label>
        {errorFor('duration') ? (
          <p className="error-message" id={fieldId('duration-error')}>
            {errorFor('duration')?.message}
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
        <legend>找的是谁</legend>
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
        <label htmlFor={fieldId('caller')}>对方的号码或名字</label>
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
        <label htmlFor={fieldId('firm')}>对方说自己是哪家公司的</label>
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
        <legend>发生了什么（可以多选）</legend>
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
        <label htmlFor={fieldId('notes')}>备注（对方原话、你的感受，都可以）</label>
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
          保存这条记录
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          取消
        </button>
      </div>
    </form>
  );
}
