// Complaint drafts for each fitting channel, marking a complaint as made, and calendar reminders for deadlines.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { checkLog } from '../contactLog/breaches.ts';
import { buildIcs } from '../contactLog/calendar.ts';
import { isIsoDate, shanghaiDate } from '../contactLog/clock.ts';
import { buildComplaintDrafts } from '../contactLog/drafts.ts';
import type { ComplaintDraft } from '../contactLog/drafts.ts';
import { complaintFollowUp, paymentOrderDeadline } from '../contactLog/reminders.ts';
import type { ContactLog } from '../contactLog/storage.ts';
import { resolveCitations, splitText } from '../flow/actionList.ts';
import type { ResultView } from '../flow/actionList.ts';
import type { Catalogue } from '../flow/schema.ts';
import { Citations } from './Citations.tsx';
import { CopyButton } from './CopyButton.tsx';
import { RichText } from './RichText.tsx';
import { downloadText } from './share.ts';

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
  const followUp = madeOn ? complaintFollowUp(catalogue, draft.channelId, madeOn, now()) : undefined;
  return (
    <section className="draft" aria-labelledby={headingId}>
      <h2 id={headingId}>{draft.channel.name}</h2>
      <p>
        <RichText parts={splitText(`{tel:${draft.channel.phone}}`, catalogue)} />
      </p>
      <p>
        <RichText parts={splitText(draft.channel.handles, catalogue)} />
      </p>
      <Citations citations={resolveCitations(draft.channel.basis, catalogue)} summary="依据" />
      <pre className="draft-text" aria-label={`给${draft.channel.name}的材料`}>
        {draft.text}
      </pre>
      <div className="buttons no-print">
        <CopyButton text={draft.text} label="复制这份材料" />
      </div>
      {madeOn ? (
        <div className="draft-made">
          <p>你在 {madeOn} 标记了已投诉。</p>
          <div className="buttons no-print">
            {followUp ? (
              <button
                type="button"
                className="button-secondary"
                onClick={() => {
                  downloadText(`投诉跟进提醒-${followUp.date}.ics`, buildIcs(followUp), ICS_TYPE);
                }}
              >
                {followUp.date} 提醒我跟进（日历文件）
              </button>
            ) : null}
            <button
              type="button"
              className="button-link"
              onClick={() => {
                props.onMade(undefined);
              }}
            >
              撤销标记
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
            我已经投诉了
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
  return (
    <section className="deadline" aria-labelledby={`${inputId}-heading`}>
      <h2 id={`${inputId}-heading`}>{deadline.title}</h2>
      <p>
        <RichText parts={splitText(deadline.explanation, catalogue)} />
      </p>
      <Citations citations={resolveCitations(deadline.basis, catalogue)} summary="依据" />
      <div className={`field no-print${error ? ' has-error' : ''}`}>
        <label htmlFor={inputId}>收到支付令的日期</label>
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
            if (!isIsoDate(date)) {
              setError('请先选好收到的日期');
              return;
            }
            setError('');
            props.onChange(date);
            const reminder = paymentOrderDeadline(catalogue, date, now());
            downloadText(`支付令期限提醒-${reminder.date}.ics`, buildIcs(reminder), ICS_TYPE);
          }}
        >
          下载期限提醒（日历文件）
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
  const fitting = drafts.filter((d) => d.fitting);
  const others = drafts.filter((d) => !d.fitting);
  return (
    <section className="drafts" aria-labelledby="drafts-heading">
      <h1 id="drafts-heading" ref={headingRef} tabIndex={-1}>
        投诉材料
      </h1>
      <p>
        根据你的回答和催收记录起草好了。把【请填写】的地方补上，再复制发出去，或者打电话时照着说。先找银行，银行不处理再找监管。
      </p>
      {fitting.length === 0 ? <p>你的回答和记录里还没有需要投诉的情况。需要时，下面的材料也可以用。</p> : null}
      {fitting.map(card)}
      {others.length ? (
        <details className="other-channels">
          <summary>其他渠道（{others.map((d) => d.channel.name).join('、')}）</summary>
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
