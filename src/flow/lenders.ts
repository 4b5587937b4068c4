// Lender profiles in text: which profile a user's answers pick, and {lender:field} tokens filled from it.
import { LENDER_FIELDS } from './vocabulary.ts';
import type { LenderField } from './vocabulary.ts';
import type { Answers, Catalogue, Citation, Flow, LenderProfile } from './schema.ts';

/** {lender:hotline}, {lender:name}, ... */
export const LENDER_TOKEN = /\{lender:([^}]*)\}/g;

export function isLenderField(name: string): name is LenderField {
  return (LENDER_FIELDS as readonly string[]).includes(name);
}

/** The lender fields a text uses, in order, repeats included. */
export function lenderFieldsIn(text: string): string[] {
  return [...text.matchAll(LENDER_TOKEN)].map((m) => m[1] ?? '');
}

/**
 * The profile for these answers: the one the lender question's answer maps to, else the flow's generic profile.
 * Undefined for flows whose text does not depend on the lender.
 */
export function lenderFor(flow: Flow, catalogue: Catalogue, answers: Answers): LenderProfile | undefined {
  const spec = flow.lenders;
  if (!spec) return undefined;
  const chosen = answers[spec.question]?.[0];
  const profileId = (chosen === undefined ? undefined : spec.byOption[chosen]) ?? spec.otherwise;
  return catalogue.lenders[profileId];
}

/**
 * The text with every {lender:field} replaced by the profile's words, and the sources of the details used. Without a
 * profile the text is returned unchanged (lint makes sure a flow without lenders never shows such a token).
 */
export function fillLender(text: string, lender: LenderProfile | undefined): { text: string; basis: Citation[] } {
  if (!lender) return { text, basis: [] };
  const basis: Citation[] = [];
  const filled = text.replace(LENDER_TOKEN, (token, field: string) => {
    if (!isLenderField(field)) return token;
    basis.push(...lender[field].basis);
    return lender[field].text;
  });
  return { text: filled, basis };
}
