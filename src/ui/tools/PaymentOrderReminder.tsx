// The 支付令 deadline on the drafts page: the date of service in, a calendar file for the last day out.
import { useId, useState } from 'react';
import { buildIcs } from '../../contactLog/calendar.ts';
import { shanghaiDate } from '../../contactLog/clock.ts';
import { checkReceivedDay } from '../../contactLog/entry.ts';
import { paymentOrderDeadline } from '../../contactLog/reminders.ts';
import { resolveCitations, splitText } from '../../flow/actionList.ts';
import type { Catalogue } from '../../flow/schema.ts';
import { Citations } from '../result/Citations.tsx';
import { RichText } from '../common/RichText.tsx';
import { downloadText } from '../common/share.ts';
import { fill, useUiText } from '../app/uiText.ts';

export const ICS_TYPE = 'text/calendar;charset=utf-8';

export function PaymentOrderReminder(props: {
  catalogue: Catalogue;
  receivedOn: string | undefined;
  onChange: (date: string | undefined) => void;
  now: () => number;
}) {
  const { catalogue, now } = props;
  const deadline = catalogue.contactLog.deadlines.paymentOrder;
  const [date, setDate] = useState(props.receivedOn ?? '');
  const [error, setError] = useState('');
  /** The objection deadline of the date given has already passed: said plainly, and no reminder is made. */
  const [passed, setPassed] = useState<string>();
  const inputId = useId();
  const { drafts: t, result } = useUiText();
  return (
    <section className="deadline" aria-labelledby={`${inputId}-heading`}>
      <h2 id={`${inputId}-heading`}>{deadline.title}</h2>
      <p>
        <RichText parts={splitText(deadline.explanation, catalogue)} />
      </p>
      <Citations citations={resolveCitations(deadline.basis, catalogue)} summary={result.basis} short />
      <div className={`field no-print${error ? ' has-error' : ''}`}>
        <label htmlFor={inputId}>{t.receivedOn}</label>
        {error ? (
          <p className="error-message" id={`${inputId}-error`}>
            {error}
          </p>
        ) : null}
        <input
          id={inputId}
          type="date"
          value={date}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${inputId}-error` : undefined}
          onChange={(e) => {
            setDate(e.currentTarget.value);
          }}
        />
      </div>
      <div className="buttons no-print">
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            const problem = checkReceivedDay(date, now());
            if (problem) {
              setError(t[problem]);
              return;
            }
            setError('');
            props.onChange(date);
            const reminder = paymentOrderDeadline(catalogue, date, now());
            setPassed(reminder.date < shanghaiDate(now()) ? reminder.date : undefined);
            if (reminder.date < shanghaiDate(now())) return;
            downloadText(fill(t.deadlineFile, { date: reminder.date }), buildIcs(reminder), ICS_TYPE);
          }}
        >
          {t.deadlineButton}
        </button>
      </div>
      {passed ? (
        <p className="notice" role="alert">
          {fill(t.deadlinePassed, { date: passed })}
        </p>
      ) : null}
    </section>
  );
}
