// The contact log: add, change and remove entries, see likely breaches with their sources, and export the timeline.
import { useEffect, useMemo, useRef, useState } from 'react';
import { checkLog } from '../contactLog/breaches.ts';
import type { EntryCheck } from '../contactLog/breaches.ts';
import { shanghaiWallClock } from '../contactLog/clock.ts';
import { newEntry, removeEntry, saveEntry } from '../contactLog/entry.ts';
import type { ContactEntry } from '../contactLog/entry.ts';
import type { ContactLog } from '../contactLog/log.ts';
import { describeContact, entryDetails, formatTimeline } from '../contactLog/timeline.ts';
import { plainText, resolveCitations, splitText } from '../flow/actionList.ts';
import type { Catalogue } from '../flow/schema.ts';
import type { BreachRuleId } from '../flow/vocabulary.ts';
import { Citations } from './Citations.tsx';
import { CopyButton } from './CopyButton.tsx';
import { EntryForm } from './EntryForm.tsx';
import { RichText } from './RichText.tsx';
import { downloadText } from './share.ts';
import { fill, useUiText } from './uiText.ts';

interface ContactLogPageProps {
  catalogue: Catalogue;
  log: ContactLog;
  onChange: (log: ContactLog) => void;
  now: () => number;
  autoFocus: boolean;
}

function newId(now: number): string {
  return `${now.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

function BreachNote({ ruleId, catalogue }: { ruleId: BreachRuleId; catalogue: Catalogue }) {
  const { result } = useUiText();
  const rule = catalogue.contactLog.breachRules[ruleId];
  return (
    <li className="breach">
      <p className="breach-title">
        <span aria-hidden="true">⚠ </span>
        <RichText parts={splitText(rule.title, catalogue)} />
      </p>
      <p>
        <RichText parts={splitText(rule.explanation, catalogue)} />
      </p>
      <Citations citations={resolveCitations(rule.basis, catalogue)} summary={result.basis} />
    </li>
  );
}

function EntryView(props: { check: EntryCheck; catalogue: Catalogue; onEdit: () => void; onDelete: () => void }) {
  const { check, catalogue } = props;
  const [confirming, setConfirming] = useState(false);
  const { log: t } = useUiText();
  return (
    <li className={`log-entry${check.breaches.length ? ' log-entry-flagged' : ''}`}>
      <p className="log-entry-what">{describeContact(check, catalogue.contactLog)}</p>
      {entryDetails(check, catalogue.contactLog).map((line) => (
        <p key={line} className="log-entry-detail">
          {line}
        </p>
      ))}
      {check.breaches.length ? (
        <ul className="breaches" aria-label={t.breaches}>
          {check.breaches.map((ruleId) => (
            <BreachNote key={ruleId} ruleId={ruleId} catalogue={catalogue} />
          ))}
        </ul>
      ) : (
        <p className="log-entry-ok">{t.noBreach}</p>
      )}
      <div className="buttons no-print">
        <button type="button" className="button-link" onClick={props.onEdit}>
          {t.edit}
        </button>
        {confirming ? (
          <>
            <button type="button" className="button-link" onClick={props.onDelete}>
              {t.confirmDelete}
            </button>
            <button
              type="button"
              className="button-link"
              onClick={() => {
                setConfirming(false);
              }}
            >
              {t.keep}
            </button>
          </>
        ) : (
          <button
            type="button"
            className="button-link"
            onClick={() => {
              setConfirming(true);
            }}
          >
            {t.delete}
          </button>
        )}
      </div>
    </li>
  );
}

export function ContactLogPage({ catalogue, log, onChange, now, autoFocus }: ContactLogPageProps) {
  const [editing, setEditing] = useState<{ entry: ContactEntry; isNew: boolean } | undefined>();
  const checked = useMemo(() => checkLog(log.entries, catalogue.contactLog.breachRules), [log.entries, catalogue]);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [status, setStatus] = useState('');
  const { log: t } = useUiText();
  useEffect(() => {
    if (autoFocus && !editing) headingRef.current?.focus();
  }, [autoFocus, editing]);

  if (editing)
    return (
      <EntryForm
        key={editing.entry.id}
        initial={editing.entry}
        isNew={editing.isNew}
        labels={catalogue.contactLog.labels}
        onSave={(entry) => {
          onChange({ ...log, entries: saveEntry(log.entries, entry) });
          setEditing(undefined);
          setStatus(editing.isNew ? t.saved : t.changed);
        }}
        onCancel={() => {
          setEditing(undefined);
        }}
      />
    );

  const flagged = Object.entries(checked.ruleCounts) as [BreachRuleId, number][];
  const timeline = () => formatTimeline(checked, catalogue, shanghaiWallClock(now()));
  return (
    <section className="contact-log" aria-labelledby="log-heading">
      <h1 id="log-heading" ref={headingRef} tabIndex={-1}>
        {t.heading}
      </h1>
      <p>{t.intro}</p>
      <p className="sr-status no-print" role="status">
        {status}
      </p>
      <div className="buttons no-print">
        <button
          type="button"
          className="button-primary"
          onClick={() => {
            const at = now();
            setStatus('');
            setEditing({ entry: newEntry(newId(at), shanghaiWallClock(at)), isNew: true });
          }}
        >
          {t.add}
        </button>
      </div>
      {flagged.length ? (
        <section className="log-summary" aria-labelledby="log-summary-heading">
          <h2 id="log-summary-heading">{t.summaryHeading}</h2>
          <ul>
            {flagged.map(([ruleId, count]) => (
              <li key={ruleId}>
                {fill(t.summaryCount, {
                  rule: plainText(splitText(catalogue.contactLog.breachRules[ruleId].title, catalogue)),
                  count,
                })}
              </li>
            ))}
          </ul>
          <p className="disclaimer">{t.disclaimer}</p>
        </section>
      ) : null}
      {checked.entries.length ? (
        <>
          <h2>{fill(t.allHeading, { count: checked.entries.length })}</h2>
          <ol className="log-entries">
            {checked.entries.map((check) => (
              <EntryView
                key={check.entry.id}
                check={check}
                catalogue={catalogue}
                onEdit={() => {
                  setEditing({ entry: check.entry, isNew: false });
                }}
                onDelete={() => {
                  onChange({ ...log, entries: removeEntry(log.entries, check.entry.id) });
                  setStatus(t.deleted);
                }}
              />
            ))}
          </ol>
          <section className="log-export no-print" aria-labelledby="log-export-heading">
            <h2 id="log-export-heading">{t.exportHeading}</h2>
            <div className="buttons">
              <CopyButton text={timeline()} label={t.copyAll} />
              <button
                type="button"
                className="button-secondary"
                onClick={() => {
                  downloadText(
                    fill(t.fileName, { date: shanghaiWallClock(now()).slice(0, 10) }),
                    timeline(),
                    'text/plain;charset=utf-8',
                  );
                }}
              >
                {t.download}
              </button>
              <button
                type="button"
                className="button-secondary"
                onClick={() => {
                  window.print();
                }}
              >
                {t.print}
              </button>
            </div>
          </section>
        </>
      ) : (
        <p className="log-empty">{t.empty}</p>
      )}
    </section>
  );
}
