// The contact log: add, change and remove entries, see likely breaches with their sources, and export the timeline.
import { useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { checkLog } from '../../contactLog/breaches.ts';
import { shanghaiWallClock } from '../../contactLog/clock.ts';
import { ENTRY_LIMITS, newEntry, removeEntry, saveEntry } from '../../contactLog/entry.ts';
import type { ContactEntry } from '../../contactLog/entry.ts';
import type { ContactLog } from '../../contactLog/log.ts';
import { formatTimeline } from '../../contactLog/timeline.ts';
import { plainText, splitText } from '../../flow/actionList.ts';
import type { Catalogue } from '../../flow/schema.ts';
import type { BreachRuleId } from '../../flow/vocabulary.ts';
import { EntryForm } from './EntryForm.tsx';
import { EntryView } from './LogEntry.tsx';
import { LogExport } from './LogExport.tsx';
import { fill, useUiText } from '../app/uiText.ts';

interface ContactLogPageProps {
  catalogue: Catalogue;
  log: ContactLog;
  onChange: (log: ContactLog) => void;
  now: () => number;
  autoFocus: boolean;
}

/** How many entries the page shows at first and adds per tap; all 500 at once blocked the page for seconds. */
export const LOG_PAGE_SIZE = 20;

function newId(now: number): string {
  return `${now.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export function ContactLogPage({ catalogue, log, onChange, now, autoFocus }: ContactLogPageProps) {
  const [editing, setEditing] = useState<{ entry: ContactEntry; isNew: boolean } | undefined>();
  const checked = useMemo(() => checkLog(log.entries, catalogue.contactLog.breachRules), [log.entries, catalogue]);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [status, setStatus] = useState('');
  /** A new entry was refused at the limit: said where the person is, with the export beside it. */
  const [full, setFull] = useState(false);
  const { log: t } = useUiText();
  const atLimit = log.entries.length >= ENTRY_LIMITS.entries;
  const [shown, setShown] = useState(LOG_PAGE_SIZE);
  // A printout is evidence, so it holds every entry and every note whole; that costs a full render, but only then.
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    if (autoFocus && !editing) headingRef.current?.focus();
  }, [autoFocus, editing]);
  useEffect(() => {
    const before = () => {
      flushSync(() => {
        setPrinting(true);
      });
    };
    const after = () => {
      setPrinting(false);
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);

  const timeline = () => formatTimeline(checked, catalogue, shanghaiWallClock(now()));
  const exportNow = (
    <LogExport timeline={timeline} fileName={() => fill(t.fileName, { date: shanghaiWallClock(now()).slice(0, 10) })} />
  );
  const refusal = full ? (
    <div className="notice" role="alert">
      <p>{fill(t.atLimit, { max: ENTRY_LIMITS.entries, count: log.entries.length })}</p>
      {exportNow}
    </div>
  ) : null;

  if (editing)
    return (
      <>
        {/* Reached the limit while the form was open (another tab): what was typed stays in the form. */}
        {refusal}
        <EntryForm
          key={editing.entry.id}
          initial={editing.entry}
          isNew={editing.isNew}
          labels={catalogue.contactLog.labels}
          now={now}
          onSave={(entry) => {
            if (editing.isNew && atLimit) {
              setFull(true);
              return;
            }
            onChange({ ...log, entries: saveEntry(log.entries, entry) });
            setEditing(undefined);
            setStatus(editing.isNew ? t.saved : t.changed);
          }}
          onCancel={() => {
            setFull(false);
            setEditing(undefined);
          }}
        />
      </>
    );

  const flagged = Object.entries(checked.ruleCounts) as [BreachRuleId, number][];
  const newestFirst = [...checked.entries].reverse();
  const listed = printing ? newestFirst : newestFirst.slice(0, shown);
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
            // Refused before anything is typed: a new entry could not be stored.
            setFull(atLimit);
            if (!atLimit) setEditing({ entry: newEntry(newId(at), shanghaiWallClock(at)), isNew: true });
          }}
        >
          {t.add}
        </button>
      </div>
      {refusal}
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
            {listed.map((check) => (
              <EntryView
                key={check.entry.id}
                check={check}
                catalogue={catalogue}
                whole={printing}
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
          {listed.length < newestFirst.length ? (
            <div className="buttons no-print">
              <button
                type="button"
                className="button-secondary"
                onClick={() => {
                  setShown(shown + LOG_PAGE_SIZE);
                }}
              >
                {fill(t.showMore, {
                  count: Math.min(LOG_PAGE_SIZE, newestFirst.length - listed.length),
                  left: newestFirst.length - listed.length,
                })}
              </button>
            </div>
          ) : null}
          {exportNow}
        </>
      ) : (
        <p className="log-empty">{t.empty}</p>
      )}
    </section>
  );
}
