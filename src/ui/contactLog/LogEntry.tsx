// One contact-log entry as the log page shows it: its facts, a long note cut short with the rest one tap away,
// its likely breaches with their sources, and edit/delete.
import { useState } from 'react';
import type { EntryCheck } from '../../contactLog/breaches.ts';
import { describeContact, entryDetails } from '../../contactLog/timeline.ts';
import { resolveCitations, splitText } from '../../flow/actionList.ts';
import type { Catalogue } from '../../flow/schema.ts';
import type { BreachRuleId } from '../../flow/vocabulary.ts';
import { Citations } from '../result/Citations.tsx';
import { RichText } from '../common/RichText.tsx';
import { fill, useUiText } from '../app/uiText.ts';

/** A note longer than this shows its opening only; a full 2,000-character note on every entry made the page slow. */
export const NOTE_PREVIEW_CHARS = 120;

function BreachNote({ ruleId, catalogue, whole }: { ruleId: BreachRuleId; catalogue: Catalogue; whole: boolean }) {
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
      {/* The sources of one rule repeat on every entry it flags: each list joins the page when opened, or to print. */}
      <Citations citations={resolveCitations(rule.basis, catalogue)} summary={result.basis} lazy={!whole} />
    </li>
  );
}

export function EntryView(props: {
  check: EntryCheck;
  catalogue: Catalogue;
  /** When printing, notes are shown whole and every source list is in the page. */
  whole: boolean;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const { check, catalogue } = props;
  const { notes } = check.entry;
  const cut = !props.whole && notes.length > NOTE_PREVIEW_CHARS;
  const shorten = (text: string) => (cut && text === notes ? `${text.slice(0, NOTE_PREVIEW_CHARS)}…` : text);
  const [confirming, setConfirming] = useState(false);
  const { log: t } = useUiText();
  return (
    <li className={`log-entry${check.breaches.length ? ' log-entry-flagged' : ''}`}>
      <p className="log-entry-what">{describeContact(check, catalogue.contactLog)}</p>
      <div className="log-entry-body">
        {entryDetails(check, catalogue.contactLog, shorten).map((line) => (
          <p key={line} className="log-entry-detail">
            {line}
          </p>
        ))}
        {cut ? (
          <details className="log-entry-note">
            <summary>{fill(t.fullNote, { count: notes.length })}</summary>
            <p>{notes}</p>
          </details>
        ) : null}
        {check.breaches.length ? (
          <ul className="breaches" aria-label={t.breaches}>
            {check.breaches.map((ruleId) => (
              <BreachNote key={ruleId} ruleId={ruleId} catalogue={catalogue} whole={props.whole} />
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
      </div>
    </li>
  );
}
