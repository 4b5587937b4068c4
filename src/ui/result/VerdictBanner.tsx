// One verdict in a line: the line itself opens its explanation, reasons and a line naming its sources (listed in
// full once, at the end of the result).
import type { VerdictItem } from '../../flow/actionList.ts';
import type { VerdictTone } from '../../flow/schema.ts';
import { SourceLinks } from './ResultSources.tsx';
import { RichText } from '../common/RichText.tsx';
import { fill, useUiText } from '../app/uiText.ts';

/**
 * Each tone has a word from the language in a badge, so tone never depends on colour alone; danger adds a warning
 * sign inside the badge, where it costs no width of its own.
 */
const TONE_SYMBOL: Partial<Record<VerdictTone, string>> = { danger: '⚠' };

export function VerdictBanner({ verdict }: { verdict: VerdictItem }) {
  const { tone, result: t } = useUiText();
  const word = tone[verdict.tone];
  return (
    <section
      className={`verdict verdict-${verdict.tone}`}
      aria-label={fill(t.verdictLabel, { tone: word, title: verdict.title })}
    >
      {/* The title is the disclosure's button, with "why" at its end: one line for each verdict, not two. */}
      <details className="verdict-more">
        <summary className="verdict-title">
          <span className="verdict-word">
            {TONE_SYMBOL[verdict.tone] ? (
              <span className="verdict-symbol" aria-hidden="true">
                {TONE_SYMBOL[verdict.tone]}
              </span>
            ) : null}
            {word}
          </span>
          {verdict.title} <span className="verdict-why">{t.verdictMore}</span>
        </summary>
        <p>
          <RichText parts={verdict.summary} />
        </p>
        {verdict.because.length > 0 ? (
          <p className="verdict-because">
            {fill(t.because, {
              list: verdict.because.map((b) => fill(t.quoted, { text: b.answer })).join(t.listSeparator),
            })}
          </p>
        ) : null}
        <SourceLinks citations={verdict.citations} />
      </details>
    </section>
  );
}
