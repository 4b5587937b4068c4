// Complaint drafts for each fitting channel, marking a complaint as made, and calendar reminders for deadlines.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { checkLog } from '../contactLog/breaches.ts';
import { buildIcs } from '../contactLog/calendar.ts';
import { shanghaiDate } from '../contactLog/clock.ts';
import { buildComplaintDrafts } from '../contactLog/drafts.ts';
import { checkReceivedDay } from '../contactLog/entry.ts';
import type { ComplaintDraft } from '../contactLog/drafts.ts';
import { complaintFollowUp, paymentOrderDeadline } from '../contactLog/reminders.ts';
import type { ContactLog } from '../contactLog/log.ts';
import { resolveCitations, splitText } from '../flow/actionList.ts';
import type { ResultView } from '../flow/actionList.ts';
import type { Catalogue } from '../flow/schema.ts';
import { Citations } from './Citations.tsx';
import { CopyButton } from './CopyButton.tsx';
import { RichText } from './RichText.tsx';
import { downloadText } from './share.ts';
import { fill, useUiText } from './uiText.ts';
import { usePrintOpensDetails } from './usePrintOpensDetails.ts';

interface DraftsPageProps {
  catalogue: Catalogue;
  log: ContactLog;
  result: ResultView | undefined;
  onChange: (log: ContactLog) => void;
  now: () => number;
  autoFocus: boolean;
}

const ICS_TYPE = 'text/calendar;charset=utf-8';

function DraftCard(props: {
  draft: ComplaintDraft;
  catalogue: Catalogue;
  madeOn: string | undefined;
  onMade: (date: string | undefined) => void;
  now: () => number;
}) {
  const { draft, catalogue, madeOn, now } = props;
  const headingId = useId();
  const { drafts: t, result } = useUiText();
  const followUp = madeOn ? complaintFollowUp(catalogue, draft.channelId, madeOn, now()) : undefined;
  return (
    <section className="draft" aria-labelledby={headingId}>
      <h2 id={headingId}>{draft.channel.name}</h2>
      <p className="draft-handles">
        <RichText parts={splitText(draft.channel.handles, catalogue)} />
      </p>
      {/* How the words are used: said on the phone, or pasted where a written complaint is asked for. */}
      <p className="draft-how">{t.howToUse}</p>
      <div className="buttons draft-buttons no-print">
        <RichText parts={splitText(`{tel:${draft.channel.phone}}`, catalogue)} />
        <CopyButton text={draft.text} label={t.copy} />
      </div>
      {/* A box of its own height: the page stays short, the whole text is copied by the button above. */}
      <pre className="draft-text" tabIndex={0} aria-label={fill(t.draftLabel, { name: draft.channel.name })}>
        {draft.text}
      </pre>
      <Citations citations={resolveCitations(draft.channel.basis, catalogue)} summary={result.basis} short />
      {madeOn ? (
        <div className="draft-made">
          <p>{fill(t.made, { date: madeOn })}</p>
          <div className="buttons no-print">
            {followUp ? (
              <button
                type="button"
                className="button-secondary"
                onClick={() => {
                  downloadText(fill(t.followUpFile, { date: followUp.date }), buildIcs(followUp), ICS_TYPE);
                }}
              >
                {fill(t.followUp, { date: followUp.date })}
              </button>
            ) : null}
            <button
              type="button"
              className="button-link"
              onClick={() => {
                props.onMade(undefined);
              }}
            >
              {t.undo}
            </button>
          </div>
        </div>
      ) : (
        <div className="buttons no-print">
          <button
            type="button"
            className="button-secondary"
            onClick={() => {
              props.onMade(shanghaiDate(now()));
            }}
          >
            {t.markMade}
          </button>
        </div>
      )}
    </section>
  );
}

function PaymentOrderReminder(props: {
  catalogue: Catalogue;
  receivedOn: string | undefined;
  onChange: (date: string | undefined) => void;
  now: () => number;
}) {
  const { catalogue, now } = props;
  const deadline = catalogue.contactLog.deadlines.paymentOrder;
  const [date, setDate] = useState(props.receivedOn ?? '');
  const [error, setError] = useState('');
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
            downloadText(fill(t.deadlineFile, { date: reminder.date }), buildIcs(reminder), ICS_TYPE);
          }}
        >
          {t.deadlineButton}
        </button>
      </div>
    </section>
  );
}

export function DraftsPage({ catalogue, log, result, onChange, now, autoFocus }: DraftsPageProps) {
  const drafts = useMemo(
    () =>
      buildComplaintDrafts(catalogue, {
        log: checkLog(log.entries, catalogue.contactLog.breachRules),
        result,
        complaintsMade: log.complaintsMade,
      }),
    [catalogue, log, result],
  );
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { drafts: t } = useUiText();
  useEffect(() => {
    if (autoFocus) headingRef.current?.focus();
  }, [autoFocus]);
  const card = (draft: ComplaintDraft) => (
    <DraftCard
      key={draft.channelId}
      draft={draft}
      catalogue={catalogue}
      madeOn={log.complaintsMade[draft.channelId]}
      now={now}
      onMade={(date) => {
        const others = Object.entries(log.complaintsMade).filter(([id]) => id !== draft.channelId);
        const complaintsMade = Object.fromEntries(
          date ? [...others, [draft.channelId, date]] : others,
        ) as ContactLog['complaintsMade'];
        onChange({ ...log, complaintsMade });
      }}
    />
  );
  const othersRef = useRef<HTMLDetailsElement>(null);
  usePrintOpensDetails(othersRef);
  const fitting = drafts.filter((d) => d.fitting);
  const others = drafts.filter((d) => !d.fitting);
  return (
    <section className="drafts" aria-labelledby="drafts-heading">
      <h1 id="drafts-heading" ref={headingRef} tabIndex={-1}>
        {t.heading}
      </h1>
      <p>{t.intro}</p>
      {fitting.length === 0 ? <p>{t.nothingYet}</p> : null}
      {fitting.map(card)}
      {others.length ? (
        <details className="other-channels" ref={othersRef}>
          <summary>{fill(t.otherChannels, { list: others.map((d) => d.channel.name).join(t.nameSeparator) })}</summary>
          {others.map(card)}
        </details>
      ) : null}
      <PaymentOrderReminder
        catalogue={catalogue}
        receivedOn={log.paymentOrderReceived}
        now={now}
        onChange={(date) => {
          const next: ContactLog = { entries: log.entries, complaintsMade: log.complaintsMade };
          if (date) next.paymentOrderReceived = date;
          onChange(next);
        }}
      />
    </section>
  );
}
