// Words for hard moments: large lines to say on a collection call, each readable aloud as it stands, then the
// official numbers of the lender(s) the person named to check with, and a message for family and colleagues.
import { useEffect, useRef } from 'react';
import { plainText, resolveCitations, splitText } from '../../flow/actionList.ts';
import { fillLender, lendersFor } from '../../flow/lenders.ts';
import type { Answers, Catalogue, Citation, Flow } from '../../flow/schema.ts';
import { Citations } from '../result/Citations.tsx';
import { CopyButton } from '../common/CopyButton.tsx';
import { RichText } from '../common/RichText.tsx';
import { useUiText } from '../app/uiText.ts';

interface WordsPageProps {
  catalogue: Catalogue;
  flow: Flow;
  answers: Answers;
  autoFocus: boolean;
}

/**
 * The lenders to check with: the ones the answers name; before the lender question is answered, every choice it
 * offers; in a flow that does not ask, every profile there is. A profile's hotline is a tap-to-call number only
 * where the sources give one; otherwise it says where to find the real one.
 */
function lenderHotlines(flow: Flow, catalogue: Catalogue, answers: Answers) {
  const question = flow.lenders?.question;
  const options = flow.nodes.find((n) => n.id === question);
  const asked = question !== undefined && (answers[question]?.length ?? 0) > 0;
  const every = question && options?.kind === 'question' ? { [question]: options.options.map((o) => o.id) } : {};
  const named = question === undefined ? [] : lendersFor(flow, catalogue, asked ? answers : every);
  const choices = named.length
    ? named.map((c) => ({ id: c.profileId, label: c.label ?? c.profile.name.text, profile: c.profile }))
    : Object.entries(catalogue.lenders).map(([id, profile]) => ({ id, label: profile.name.text, profile }));
  return choices.map(({ id, label, profile }) => {
    const hotline = fillLender('{lender:hotline}', profile);
    return { id, label, parts: splitText(hotline.text, catalogue), basis: hotline.basis };
  });
}

export function WordsPage({ catalogue, flow, answers, autoFocus }: WordsPageProps) {
  const { callScript, familyMessage } = catalogue.contactLog;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { words: t, result } = useUiText();
  useEffect(() => {
    if (autoFocus) headingRef.current?.focus();
  }, [autoFocus]);
  const message = plainText(splitText(familyMessage.text, catalogue));
  const hotlines = lenderHotlines(flow, catalogue, answers);
  const basis: Citation[] = [...callScript.basis, ...hotlines.flatMap((h) => h.basis)];
  return (
    <section className="words" aria-labelledby="words-heading">
      <h1 id="words-heading" ref={headingRef} tabIndex={-1}>
        {callScript.title}
      </h1>
      <ol className="call-script">
        {callScript.lines.map((line) => (
          <li key={line}>{plainText(splitText(line, catalogue))}</li>
        ))}
      </ol>
      <p>{callScript.checkWith}</p>
      <ul className="lender-hotlines">
        {hotlines.map(({ id, label, parts }) => (
          <li key={id}>
            <span className="lender-hotline-name">{label}</span> <RichText parts={parts} />
          </li>
        ))}
      </ul>
      <Citations citations={resolveCitations(basis, catalogue)} summary={result.basis} />
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
