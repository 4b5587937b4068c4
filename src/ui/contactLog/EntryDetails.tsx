// The log form's optional details (length, their number, firm, notes), folded away unless they hold something.
import { ENTRY_LIMITS } from '../../contactLog/entry.ts';
import type { ContactEntry } from '../../contactLog/entry.ts';
import { useUiText } from '../app/uiText.ts';

interface EntryDetailsProps {
  entry: ContactEntry;
  durationText: string;
  onDuration: (text: string) => void;
  update: (changes: Partial<ContactEntry>) => void;
  /** The message when the length is not a number of minutes. */
  durationError: string | undefined;
  fieldId: (name: string) => string;
}

export function EntryDetails({ entry, durationText, onDuration, update, durationError, fieldId }: EntryDetailsProps) {
  const { entry: t } = useUiText();
  const hasDetails = Boolean(durationText || entry.callerGave || entry.firmNamed || entry.notes);
  const text = (name: 'callerGave' | 'firmNamed', label: string, id: string) => (
    <div className="field">
      <label htmlFor={fieldId(id)}>{label}</label>
      <input
        id={fieldId(id)}
        value={entry[name]}
        maxLength={ENTRY_LIMITS.shortText}
        autoComplete="off"
        onChange={(e) => {
          update({ [name]: e.currentTarget.value });
        }}
      />
    </div>
  );
  return (
    // Open when it holds something or is wrong, so nothing typed is out of sight.
    <details className="entry-more" open={hasDetails || durationError !== undefined}>
      <summary>{t.more}</summary>
      <div className={`field${durationError ? ' has-error' : ''}`}>
        <label htmlFor={fieldId('duration')}>{t.duration}</label>
        {durationError ? (
          <p className="error-message" id={fieldId('duration-error')}>
            {durationError}
          </p>
        ) : null}
        <input
          id={fieldId('duration')}
          className="input-short"
          inputMode="numeric"
          value={durationText}
          maxLength={4}
          aria-invalid={durationError ? true : undefined}
          aria-describedby={durationError ? fieldId('duration-error') : undefined}
          onChange={(e) => {
            onDuration(e.currentTarget.value);
          }}
        />
      </div>
      {text('callerGave', t.caller, 'caller')}
      {text('firmNamed', t.firm, 'firm')}
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
  );
}
