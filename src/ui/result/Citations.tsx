// The "法律依据" disclosure (optionally naming its sources in its summary) under an action or verdict: each source with its article, what it says and when checked.
import { useRef, useState } from 'react';
import { publisherName, sourceKind } from '../../flow/actionList.ts';
import type { ResolvedCitation } from '../../flow/actionList.ts';
import { fill, useUiText } from '../app/uiText.ts';
import { usePrintOpensDetails } from './usePrintOpensDetails.ts';

export function Citations({
  citations,
  summary,
  short = false,
  lazy = false,
}: {
  citations: readonly ResolvedCitation[];
  summary?: string;
  /** The disclosure names its sources in a few words (title and article); the full entries stay behind it. */
  short?: boolean;
  /**
   * The sources join the page when the disclosure is first opened: where it repeats hundreds of times (the largest
   * contact log) they were nearly half the page's elements, and every element slows the quick exit's change of
   * address. Shut, they are neither shown nor read out either way. The caller turns this off to print.
   */
  lazy?: boolean;
}) {
  const { citations: t } = useUiText();
  const ref = useRef<HTMLDetailsElement>(null);
  const [opened, setOpened] = useState(false);
  usePrintOpensDetails(ref);
  if (citations.length === 0) return null;
  return (
    <details
      className="citations"
      ref={ref}
      onToggle={(e) => {
        if (e.currentTarget.open) setOpened(true);
      }}
    >
      <summary>
        {summary ?? t.summary}
        {short
          ? `${t.shortSeparator}${[...new Set(citations.map((c) => `${c.source.title}${c.article ? ` ${c.article}` : ''}`))].join(t.shortJoin)}`
          : null}
      </summary>
      {lazy && !opened ? null : (
        <ul>
          {citations.map((c) => (
            <li key={`${c.sourceId}|${c.article ?? ''}|${c.says}`}>
              <p className="citation-says">{c.says}</p>
              <p className="citation-source">
                {c.source.title}
                {c.article ? ` ${c.article}` : ''}
                {publisherName(c.source) ? fill(t.publisher, { publisher: publisherName(c.source) ?? '' }) : ''}
              </p>
              <p className="citation-meta">
                {{ law: t.verifiedPrimary, official: t.official, reported: t.secondary }[sourceKind(c.source)]} ·{' '}
                {fill(t.checked, { date: c.source.checked })}
                {c.source.url ? (
                  <>
                    {' · '}
                    <a className="citation-url" href={c.source.url} rel="noreferrer">
                      {c.source.url}
                    </a>
                  </>
                ) : null}
              </p>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
