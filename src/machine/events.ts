// The events the triage machine understands; the UI sends nothing else.
export type TriageEvent =
  /** Answer the current question with these option ids. */
  | { type: 'answer'; optionIds: readonly string[] }
  /** Go to the previous screen on the user's route. */
  | { type: 'nav.back' }
  /** Forget every answer and start again. */
  | { type: 'nav.restart' }
  /** From the answers page: change the answer to this question, then come back. */
  | { type: 'review.edit'; questionId: string }
  /** From the answers page: show the result again. */
  | { type: 'review.confirm' }
  /** From a result reached early: give the result's `resume` answer and go on to the next unanswered question. */
  | { type: 'questions.continue' }
  /**
   * The person confirmed what was understood from their own words: the answers each confirmed situation implies, one
   * record per situation (question id → option ids). Unconfirmed matches are never sent.
   */
  | { type: 'describe.confirm'; implied: readonly Readonly<Record<string, readonly string[]>>[] }
  /** The person passed the box by, or confirmed nothing: the questions are asked as they are. */
  | { type: 'describe.skip' };

export interface TriageContext {
  /** Question id → chosen option ids. Only answers the user can still reach are kept. */
  answers: Record<string, readonly string[]>;
  /** True while changing one answer from the answers page: a completed route then returns there. */
  editing: boolean;
  /** The box for their own words has been offered and answered or passed by; it is offered once. */
  described: boolean;
  /** Questions answered from the confirmed description that the person has not yet answered themselves: the route
   * passes them by going forward, and the answers page shows them to change. */
  implied: readonly string[];
}

/** The machine's own screen, the answers page: behind the result, where any answer can be changed. */
export const REVIEW_STATE = 'review';
