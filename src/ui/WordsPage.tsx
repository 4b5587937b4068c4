// Words for hard moments: large lines to say on a collection call, each readable aloud as it stands (a number is
// said as a number), the numbers to call after the words, and a message for family and colleagues.
import { useEffect, useRef } from 'react';
import { plainText, resolveCitations, splitText } from '../flow/actionList.ts';
import type { TextPart } from '../flow/actionList.ts';
import type { Catalogue } from '../flow/schema.ts';
import { Citations } from './Citations.tsx';
import { CopyButton } from './CopyButton.tsx';
import { RichText } from './RichText.tsx';
import { useUiText } from './uiText.ts';

/** A line as it is said: the sentence names whose number it is, so only the number is read out. */
function spoken(parts: readonly TextPart[]): string {
  return parts
    .map((p) => ('text' in p ? p.text : ` ${p.phone.number} `))
    .join('')
    .replace(/\s{2,}/g, ' ')
    .replace(/ ([）)，。,.])/g, '$1')
    .replace(/([（(]) /g, '$1');
}

export function WordsPage({ catalogue, autoFocus }: { catalogue: Catalogue; autoFocus: boolean }) {
  const { callScript, familyMessage } = catalogue.contactLog;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { words: t, result } = useUiText();
  useEffect(() => {
    if (autoFocus) headingRef.current?.focus();
  }, [autoFocus]);
  const message = plainText(splitText(familyMessage.text, catalogue));
  const lines = callScript.lines.map((line) => ({ line, parts: splitText(line, catalogue) }));
  const seen = new Set<string>();
  const calls = lines
    .flatMap(({ parts }) => parts)
    .filter((part) => 'phone' in part && !seen.has(part.phone.number) && seen.add(part.phone.number));
  return (
    <section className="words" aria-labelledby="words-heading">
      <h1 id="words-heading" ref={headingRef} tabIndex={-1}>
        {callScript.title}
      </h1>
      <ol className="call-script">
        {lines.map(({ line, parts }) => (
          <li key={line}>{spoken(parts)}</li>
        ))}
      </ol>
      {calls.length ? (
        <p className="action-calls">
          <RichText parts={calls} />
        </p>
      ) : null}
      <Citations citations={resolveCitations(callScript.basis, catalogue)} summary={result.basis} />
      <section className="family-message" aria-labelledby="family-heading">
        <h2 id="family-heading">{familyMessage.title}</h2>
        <p className="message-text">{message}</p>
        <div className="buttons no-print">
          <CopyButton text={message} label={t.copy} />
        </div>
        <Citations citations={resolveCitations(familyMessage.basis, catalogue)} summary={result.basis} />
      </section>
    </section>
  );
}
