// The result's sources given once: each step and verdict names its own in a short line that leads to the one list
// near the end of the page, where each source stands once with what it says, its kind and when it was checked.
import { useRef } from 'react';
import type { MouseEvent } from 'react';
import { publisherName, sourceKind } from '../../flow/actionList.ts';
import type { ResolvedCitation, ResultSource } from '../../flow/actionList.ts';
import { fill, useUiText } from '../app/uiText.ts';
import { usePrintOpensDetails } from './usePrintOpensDetails.ts';

/** The id of a source's entry in the result's list of sources. */
const sourceAnchor = (sourceId: string) => `source-${sourceId}`;

/**
 * A title as people say it: without its note in brackets (a date, what it covers) and without the country's name
 * before a law's ("民法典"); the list gives the whole title.
 */
function shortTitle(title: string): string {
  const short = title
    .replace(/^中华人民共和国|^中華人民共和國/, '')
    .replace(/ of the People's Republic of China/, '')
    .replace(/（[^（）]*）/g, '')
    .replace(/\s*\([^()]*\)/g, '')
    .trim();
  return short || title;
}

/**
 * Opens the list and moves to the entry. Done by hand rather than by
 * following the link: a change of the address's #fragment would count as a step in the app's own Back history.
 */
function goToSource(event: MouseEvent<HTMLAnchorElement>, sourceId: string) {
  const entry = document.getElementById(sourceAnchor(sourceId));
  if (!entry) return;
  event.preventDefault();
  const list = entry.closest('details');
  if (list && !list.open) list.open = true;
  // Focus scrolls the entry into view (clear of the sticky header by its scroll margin) and has it read out.
  entry.focus();
}

/** "依据：title article, article; title": each source a link to its entry in the list. */
export function SourceLinks({ citations }: { citations: readonly ResolvedCitation[] }) {
  const { citations: t, result } = useUiText();
  if (citations.length === 0) return null;
  const bySource = new Map<string, { title: string; articles: string[] }>();
  for (const c of citations) {
    const entry = bySource.get(c.sourceId) ?? { title: shortTitle(c.source.title), articles: [] };
    if (c.article && !entry.articles.includes(c.article)) entry.articles.push(c.article);
    bySource.set(c.sourceId, entry);
  }
  return (
    <p className="source-links">
      <span className="label">
        {result.basis}
        {t.shortSeparator}
      </span>
      {[...bySource].map(([sourceId, { title, articles }], i) => (
        <span key={sourceId}>
          {i > 0 ? t.shortJoin : null}
          <a
            href={`#${sourceAnchor(sourceId)}`}
            onClick={(e) => {
              goToSource(e, sourceId);
            }}
          >
            {title}
            {articles.length ? ` ${articles.join(t.articleJoin)}` : ''}
          </a>
        </span>
      ))}
    </p>
  );
}

/** A transcription's address (a repository at a commit) is a detail for the content report, not for the reader. */
const isTranscript = (url: string) => /^https:\/\/github\.com\//.test(url);

/** Every source of the result, once each: what it says, its kind in plain words, when it was checked. */
export function ResultSources({ sources }: { sources: readonly ResultSource[] }) {
  const { citations: t } = useUiText();
  const ref = useRef<HTMLDetailsElement>(null);
  usePrintOpensDetails(ref);
  if (sources.length === 0) return null;
  return (
    <section className="result-sources" aria-labelledby="result-sources-heading">
      <details ref={ref}>
        <summary>
          <h2 id="result-sources-heading">
            {t.summary}
            <span className="result-count">{fill(t.count, { count: sources.length })}</span>
          </h2>
        </summary>
        <ol>
          {sources.map(({ sourceId, source, cited }) => (
            <li key={sourceId} id={sourceAnchor(sourceId)} tabIndex={-1}>
              <p className="citation-source">
                {source.title}
                {publisherName(source) ? fill(t.publisher, { publisher: publisherName(source) ?? '' }) : ''}
              </p>
              <p className="citation-meta">
                {{ law: t.verifiedPrimary, official: t.official, reported: t.secondary }[sourceKind(source)]} ·{' '}
                {fill(t.checked, { date: source.checked })}
                {source.url && !isTranscript(source.url) ? (
                  <>
                    {' · '}
                    <a className="citation-url" href={source.url} rel="noreferrer">
                      {source.url}
                    </a>
                  </>
                ) : null}
              </p>
              <ul>
                {cited.map(({ article, says }) => (
                  <li key={`${article ?? ''}|${says}`}>
                    {article ? <span className="citation-article">{article}</span> : null}
                    {article ? t.shortSeparator : null}
                    {says}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}
