// The "法律依据" disclosure under an action or verdict: each source with its article, what it says and when checked.
import type { ResolvedCitation } from '../flow/actionList.ts';

const RELIABILITY_NOTE = {
  'verified-primary': '已核对原文',
  secondary: '依据媒体或二手资料',
} as const;

export function Citations({
  citations,
  summary = '法律依据和来源',
}: {
  citations: readonly ResolvedCitation[];
  summary?: string;
}) {
  if (citations.length === 0) return null;
  return (
    <details className="citations">
      <summary>{summary}</summary>
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
              {RELIABILITY_NOTE[c.source.reliability]} · 核对日期 {c.source.checked}
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
