// Renders flow text: plain words as text (never as HTML) and phone numbers as tap-to-call links.
import type { TextPart } from '../../flow/actionList.ts';

export function RichText({ parts }: { parts: readonly TextPart[] }) {
  return (
    <>
      {parts.map((part, i) =>
        'text' in part ? (
          <span key={i}>{part.text}</span>
        ) : (
          <a key={i} className="tel" href={`tel:${part.phone.number}`}>
            {part.phone.name} <span className="tel-number">{part.phone.number}</span>
          </a>
        ),
      )}
    </>
  );
}
