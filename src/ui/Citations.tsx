// The "法律依据" disclosure under an action or verdict: each source with its article, what it says and when checked.
import { useRef } from 'react';
import type { ResolvedCitation } from '../flow/actionList.ts';
import { fill, useUiText } from './uiText.ts';
import { usePrintOpensDetails } from './usePrintOpensDetails.ts';

export function Citations({ citations, summary }: { citations: readonly ResolvedCitation[]; summary?: string }) {
  const { citations: t } = useUiText();
  const ref = useRef<HTMLDetailsElement>(null);
  usePrintOpensDetails(ref);
  if (citations.length === 0) return null;
  return (
    <details className="citations" ref={ref}>
      <summary>{summary ?? t.summary}</summary>
      <ul>
        {citations.map((c) => (
          <li key={`${c.sourceId}|${c.article ?? ''}|${c.says}`}>
            <p className="citation-says">{c.says}</p>
            <p className="citation-source">
              {c.source.title}
              {c.article ? ` ${c.article}` : ''}
              {c.source.publisher ? `，${c.source.publisher}` : ''}
            </p>
            <p className="citation-meta">
              {c.source.reliability === 'verified-primary' ? t.verifiedPrimary : t.secondary} ·{' '}
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
    </details>
  );
}
