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

/** One lender the person named: the option they chose, its words, and the profile that fills the tokens. */
export interface LenderChoice {
  /** The lender question's option, or undefined for the flow's generic profile used while it is unanswered. */
  optionId?: string;
  /** Shown beside an action given once per lender: a named lender's short name ("微众银行"), else the option's label. */
  label?: string;
  profileId: string;
  profile: LenderProfile;
}

/**
 * Every lender the answers name, one per profile, in the order of the question's options; the flow's generic
 * profile alone when the lender question was not answered on the route. Empty for flows without lenders.
 */
export function lendersFor(flow: Flow, catalogue: Catalogue, answers: Answers): LenderChoice[] {
  const spec = flow.lenders;
  if (!spec) return [];
  const chosen = spec.question === undefined ? [] : (answers[spec.question] ?? []);
  const question = flow.nodes.find((n) => n.id === spec.question);
  const options = question?.kind === 'question' ? question.options : [];
  const choices: LenderChoice[] = [];
  for (const option of options) {
    const profileId = spec.byOption?.[option.id];
    const profile = profileId === undefined ? undefined : catalogue.lenders[profileId];
    if (!chosen.includes(option.id) || !profileId || !profile) continue;
    if (!choices.some((c) => c.profileId === profileId))
      // A named lender by its short name ("微众银行"), the generic profile by the option the person chose.
      choices.push({
        optionId: option.id,
        label: profile.kind === 'lender' ? profile.name.text : option.label,
        profileId,
        profile,
      });
  }
  if (choices.length > 0) return choices;
  const fallback = catalogue.lenders[spec.otherwise];
  return fallback ? [{ profileId: spec.otherwise, profile: fallback }] : [];
}

/**
 * The one profile for text that speaks of "the lender" once (verdicts): the lender the answers name, or the flow's
 * generic profile when they name none or several. Undefined for flows whose text does not depend on the lender.
 */
export function lenderFor(flow: Flow, catalogue: Catalogue, answers: Answers): LenderProfile | undefined {
  const spec = flow.lenders;
  if (!spec) return undefined;
  const named = lendersFor(flow, catalogue, answers);
  return named.length === 1 ? named[0]?.profile : catalogue.lenders[spec.otherwise];
}

/** Does this text depend on the lender? */
export function usesLenderToken(text: string): boolean {
  return /\{lender:/.test(text);
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
