// Under "别的情况": the person says in their own words what happened, and the catalogue is searched on the device.
import { useEffect, useId, useMemo, useState } from 'react';
import type { Language } from '../../flow/languages.ts';
import type { QuestionNode } from '../../flow/schema.ts';
import type { SituationCatalogue } from '../../flow/situationCatalogue.ts';
import type { SituationMatch } from '../../flow/situationMatch.ts';
import { loadSituationSearch } from './situationSearch.ts';
import type { SituationSearch } from './situationSearch.ts';
import { fill } from '../app/uiText.ts';

interface OtherSituationSearchProps {
  question: QuestionNode;
  /** Choose these options of the question instead of "别的情况": only when the person presses the button. */
  onChoose: (optionIds: string[]) => void;
}

/** The page's language, which the app sets on <html>; the search's words and labels follow it. */
function pageLanguage(catalogue: SituationCatalogue): Language {
  const lang = typeof document === 'undefined' ? '' : document.documentElement.lang;
  return lang in catalogue.ui ? (lang as Language) : 'zh-CN';
}

export default function OtherSituationSearch({ question, onChoose }: OtherSituationSearchProps) {
  // What is typed lives only in this component: never stored, never sent; it is gone when the page changes.
  const [text, setText] = useState('');
  const [search, setSearch] = useState<SituationSearch | undefined>();
  const [failed, setFailed] = useState(false);
  const ids = { box: useId(), hint: useId() };

  useEffect(() => {
    let live = true;
    // The lexicon is its own chunk: fetched only now that "别的情况" is ticked.
    loadSituationSearch().then(
      (loaded) => {
        if (live) setSearch(loaded);
      },
      () => {
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, []);

  const matches: SituationMatch[] = useMemo(() => (search ? search.match(text) : []), [search, text]);
  if (failed || !search) return <div className="other-search" aria-busy={!failed} />;
  const { catalogue } = search;
  const lang = pageLanguage(catalogue);
  const words = catalogue.ui[lang];
  const meaning = new Map(catalogue.situations.map((s) => [s.id, s]));
  const found = matches.flatMap((m) => {
    const situation = meaning.get(m.id);
    if (!situation) return [];
    const options = (situation.implies.answers[question.id] ?? []).filter(
      (id) => id !== 'otherSituation' && question.options.some((o) => o.id === id),
    );
    // A situation that answers no question (the catalogue has facts for it, but no option does) is not promised to
    // come up later: it stays "别的情况", whose result gives the safe steps and free advice.
    if (options.length === 0 && Object.keys(situation.implies.answers).length === 0) return [];
    return [{ id: m.id, label: situation.label[lang], options }];
  });

  return (
    <div className="other-search">
      <label htmlFor={ids.box} className="other-search-label">
        {words.searchLabel}
      </label>
      <p id={ids.hint} className="hint">
        {words.searchHint}
      </p>
      <textarea
        id={ids.box}
        rows={2}
        maxLength={500}
        autoComplete="off"
        aria-describedby={ids.hint}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
        }}
      />
      <div aria-live="polite">
        {text.trim() === '' ? null : found.length === 0 ? (
          <p className="other-search-none">{words.none}</p>
        ) : (
          <>
            <p>{words.found}</p>
            <ul className="other-search-found">
              {found.map((f) => (
                <li key={f.id}>
                  <span>{f.label}</span>{' '}
                  {f.options.length > 0 ? (
                    <button
                      type="button"
                      className="button-secondary"
                      onClick={() => {
                        onChoose(f.options);
                      }}
                    >
                      {fill(words.replace, {
                        options: f.options
                          .map((id) => question.options.find((o) => o.id === id)?.label ?? id)
                          .join(words.optionSeparator),
                      })}
                    </button>
                  ) : (
                    <span className="hint">{words.elsewhere}</span>
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}
