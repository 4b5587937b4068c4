// User-facing flow text split into words and phone links; small on purpose, the first screen needs it.
import type { Catalogue, Phone } from './schema.ts';

/** A piece of user-facing text: plain words, or a phone number to render as a tel: link. */
export type TextPart = { text: string } | { phoneId: string; phone: Phone };

const TEL_TOKEN = /\{tel:([^}]*)\}/g;

/** Splits "拨打 {tel:police}" into words and phone links. Unknown ids never reach here: lint rejects them. */
export function splitText(text: string, catalogue: Pick<Catalogue, 'phones'>): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(TEL_TOKEN)) {
    const phoneId = match[1] ?? '';
    const phone = catalogue.phones[phoneId];
    if (match.index > last) parts.push({ text: text.slice(last, match.index) });
    parts.push(phone ? { phoneId, phone } : { text: match[0] });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

/** Words right after a number: they need a space, or "95384问清楚" reads as one string of digits and words. */
const JOINS_A_NUMBER = /^[^\s\p{P}]/u;

/** The same text with phone numbers written out, for copying and for tests; a number never runs into the words. */
export function plainText(parts: readonly TextPart[]): string {
  return parts
    .map((p, i) => {
      if ('text' in p) return p.text;
      const next = parts[i + 1];
      const space = next && 'text' in next && JOINS_A_NUMBER.test(next.text) ? ' ' : '';
      return `${p.phone.name} ${p.phone.number}${space}`;
    })
    .join('');
}
