// The optional step after the safety question: the person says what happened in their own words, the words are read
// on the device, and what was understood is shown to tick; only the situations ticked answer questions.
import { useEffect, useId, useRef, useState } from 'react';
import type { Language } from '../../flow/languages.ts';
import type { Flow } from '../../flow/schema.ts';
import { understoodIn } from '../../flow/understood.ts';
import type { Understood } from '../../flow/understood.ts';
import { loadSituationSearch } from './situationSearch.ts';
import type { SituationSearch } from './situationSearch.ts';
import { fill, useUiText } from '../app/uiText.ts';

export interface DescribeStepProps {
  flow: Flow;
  language: Language;
  autoFocus: boolean;
  /** The answers each confirmed situation implies in this flow, one record per situation. */
  onConfirm: (implied: Record<string, string[]>[]) => void;
  onSkip: () => void;
  /** Back to the safety question. */
  onBack: () => void;
}

/** A situation understood in this flow, named back in the person's language. */
interface Listed extends Understood {
  label: string;
}

function understoodHere(flow: Flow, language: Language, search: SituationSearch, text: string): Listed[] {
  const labels = new Map(search.catalogue.situations.map((s) => [s.id, s.label[language]]));
  return understoodIn(flow, search.catalogue.situations, search.match(text)).map((u) => ({
    ...u,
    label: labels.get(u.id) ?? u.id,
  }));
}

type Phase = { kind: 'typing' } | { kind: 'confirming'; understood: Listed[] } | { kind: 'unavailable' };

export function DescribeStep({ flow, language, autoFocus, onConfirm, onSkip, onBack }: DescribeStepProps) {
  // What is typed lives only here: never stored, never sent, gone once the step is left.
  const [text, setText] = useState('');
  const [phase, setPhase] = useState<Phase>({ kind: 'typing' });
  // Nothing is ticked until the person ticks it: what was read is a proposal, and fewer than half of the items
  // proposed are true for the person, so a hurried "continue" must record nothing they did not choose.
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const headingRef = useRef<HTMLHeadingElement>(null);
  const ids = { box: useId(), hint: useId() };
  const { describe: t, question: q } = useUiText();

  useEffect(() => {
    if (autoFocus) headingRef.current?.focus();
  }, [autoFocus, phase.kind]);

  // The lexicon is a chunk of its own, fetched once the box is focused (or the words are sent).
  const load = () => loadSituationSearch();
  const read = () => {
    if (text.trim() === '') {
      onSkip();
      return;
    }
    load().then(
      (search) => {
        setTicked(new Set());
        setPhase({ kind: 'confirming', understood: understoodHere(flow, language, search, text) });
      },
      () => {
        setPhase({ kind: 'unavailable' });
      },
    );
  };

  const skip = (
    <button type="button" className="button-secondary" onClick={onSkip}>
      {t.skip}
    </button>
  );

  if (phase.kind === 'confirming') {
    const { understood } = phase;
    if (understood.length === 0)
      return (
        <div className="question describe">
          <h1 ref={headingRef} tabIndex={-1}>
            {t.heading}
          </h1>
          <p role="status">{t.none}</p>
          <div className="buttons">
            <button type="button" className="button-primary" onClick={onSkip}>
              {t.noneContinue}
            </button>
            <button
              type="button"
              className="button-secondary"
              onClick={() => {
                setPhase({ kind: 'typing' });
              }}
            >
              {t.edit}
            </button>
          </div>
        </div>
      );
    const kept = understood.filter((u) => ticked.has(u.id));
    return (
      <form
        className="question describe"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (kept.length === 0) onSkip();
          else onConfirm(kept.map((u) => u.answers));
        }}
      >
        <fieldset>
          <legend>
            <h1 ref={headingRef} tabIndex={-1}>
              {t.understood}
            </h1>
          </legend>
          <p className="hint">{t.askConfirm}</p>
          <div className="checkboxes">
            {understood.map((u) => {
              const inputId = `${ids.box}-${u.id}`;
              return (
                <div key={u.id} className="choice">
                  <input
                    id={inputId}
                    type="checkbox"
                    name="situation"
                    value={u.id}
                    checked={ticked.has(u.id)}
                    aria-describedby={`${inputId}-as`}
                    onChange={(e) => {
                      const next = new Set(ticked);
                      if (e.currentTarget.checked) next.add(u.id);
                      else next.delete(u.id);
                      setTicked(next);
                    }}
                  />
                  <div className="choice-text">
                    <label htmlFor={inputId}>{u.label}</label>
                    <span id={`${inputId}-as`} className="choice-hint">
                      {fill(t.recordedAs, { options: u.optionLabels.join(t.separator) })}
                    </span>
                  </div>
                </div>
              );
            })}
          </div>
          <div className="buttons">
            <button type="submit" className="button-primary">
              {kept.length === 0 ? t.noneContinue : t.confirm}
            </button>
            <button
              type="button"
              className="button-secondary"
              onClick={() => {
                setPhase({ kind: 'typing' });
              }}
            >
              {t.edit}
            </button>
          </div>
        </fieldset>
      </form>
    );
  }

  return (
    <form
      className="question describe"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        read();
      }}
    >
      <button type="button" className="button-back" onClick={onBack}>
        <span aria-hidden="true">‹ </span>
        {q.back}
      </button>
      <h1 ref={headingRef} tabIndex={-1}>
        <label htmlFor={ids.box}>{t.heading}</label>
      </h1>
      <p id={ids.hint} className="hint">
        {t.hint}
      </p>
      {phase.kind === 'unavailable' ? <p role="alert">{t.unavailable}</p> : null}
      <textarea
        id={ids.box}
        rows={3}
        maxLength={500}
        autoComplete="off"
        aria-describedby={ids.hint}
        value={text}
        onFocus={() => {
          void load().catch(() => undefined);
        }}
        onChange={(e) => {
          setText(e.target.value);
        }}
      />
      <div className="buttons">
        <button type="submit" className="button-primary">
          {text.trim() === '' ? q.continue : t.read}
        </button>
        {skip}
      </div>
    </form>
  );
}
