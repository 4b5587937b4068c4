// Words for hard moments: large lines to say on a collection call, and a message for family and colleagues.
import { useEffect, useRef } from 'react';
import { plainText, resolveCitations, splitText } from '../flow/actionList.ts';
import type { Catalogue } from '../flow/schema.ts';
import { Citations } from './Citations.tsx';
import { CopyButton } from './CopyButton.tsx';
import { RichText } from './RichText.tsx';
import { useUiText } from './uiText.ts';

export function WordsPage({ catalogue, autoFocus }: { catalogue: Catalogue; autoFocus: boolean }) {
  const { callScript, familyMessage } = catalogue.contactLog;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { words: t, result } = useUiText();
  useEffect(() => {
    if (autoFocus) headingRef.current?.focus();
  }, [autoFocus]);
  const message = plainText(splitText(familyMessage.text, catalogue));
  return (
    <section className="words" aria-labelledby="words-heading">
      <h1 id="words-heading" ref={headingRef} tabIndex={-1}>
        {callScript.title}
      </h1>
      <ol className="call-script">
        {callScript.lines.map((line) => (
          <li key={line}>
            <RichText parts={splitText(line, catalogue)} />
          </li>
        ))}
      </ol>
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
