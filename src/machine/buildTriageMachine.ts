// Generates the XState machine for a flow. Back, answer pruning and the return to the answers page come from the
// flow graph here, once, instead of being written per state. The last answer opens the result; the answers page
// stands behind it (Back from the result), where any answer can be changed.
import { assign, setup } from 'xstate';
import type { SnapshotFrom } from 'xstate';
import { isValidAnswer, pruneAnswers, questionById, reachableFrom, routeFor, routeSuccessors } from '../flow/graph.ts';
import { mergeImplied } from '../flow/impliedAnswers.ts';
import type { Answers } from '../flow/schema.ts';
import type { Flow } from '../flow/schema.ts';
import { REVIEW_STATE } from './events.ts';
import type { TriageContext, TriageEvent } from './events.ts';

/** Where a flow resumes: a step the person reached before, with its answers (checked against the flow first). */
export interface TriageInput {
  at: string;
  answers: TriageContext['answers'];
  editing: boolean;
  /** Whether the box for their own words was already offered; a resumed flow does not offer it again. */
  described?: boolean;
}

/** The passing state a triage machine starts in; no snapshot rests there. */
const RESUME_STATE = 'resume';

/** The start event carries the input; resuming reads the step from it. */
const resumeStep = (event: unknown) => (event as { input?: TriageInput | undefined }).input?.at;

export function buildTriageMachine(flow: Flow) {
  // Moves follow the route, which passes by questions not worth asking, so a question may lead past its direct
  // successors; Back goes to whichever question came before on the route.
  const nexts = routeSuccessors(flow);
  const preds = new Map<string, Set<string>>(flow.nodes.map((n) => [n.id, new Set<string>()]));
  for (const [from, tos] of nexts) for (const to of tos) preds.get(to)?.add(from);
  const outcomeIds = flow.nodes.filter((n) => n.kind === 'outcome').map((n) => n.id);
  const resumeOf = (outcomeId: string) => {
    const node = flow.nodes.find((n) => n.id === outcomeId);
    return node?.kind === 'outcome' ? node.resume : undefined;
  };

  /** The answers as they would be after the current question is answered by this event. */
  const answersAfter = (context: TriageContext, questionId: string, event: TriageEvent) =>
    event.type === 'answer' ? { ...context.answers, [questionId]: event.optionIds } : context.answers;
  const validAnswer = (questionId: string, event: TriageEvent) => {
    const question = questionById(flow, questionId);
    return event.type === 'answer' && question !== undefined && isValidAnswer(question, event.optionIds);
  };
  const currentRoute = (context: TriageContext) => routeFor(flow, context.answers);
  /**
   * Where the route goes after this question: the next node on it, passing by questions answered from the
   * confirmed description that the person has not seen yet (they stay on the answers page, to change there).
   */
  const landingAfter = (answers: Answers, implied: readonly string[], questionId: string) => {
    const route = routeFor(flow, answers).nodeIds;
    const index = route.indexOf(questionId);
    if (index === -1) return undefined;
    for (const id of route.slice(index + 1)) if (!implied.includes(id)) return id;
    return undefined;
  };
  const withoutQuestion = (implied: readonly string[], questionId: string) => implied.filter((id) => id !== questionId);
  /** The answers and the route once the confirmed description is put in. */
  const described = (context: TriageContext, event: TriageEvent) => {
    const merged =
      event.type === 'describe.confirm'
        ? mergeImplied(flow, context.answers, event.implied)
        : { answers: context.answers, given: [], prefilled: [] };
    const answers = pruneAnswers(flow, merged.answers);
    const route = routeFor(flow, answers);
    // The first question still to ask: one the description began but did not finish, or else the first left open.
    const landing = route.nodeIds.find((id) => merged.prefilled.includes(id));
    return { answers, given: merged.given.filter((id) => id in answers), route, landing };
  };
  const routeOf = (context: TriageContext) => currentRoute(context).nodeIds;

  const machineSetup = setup({
    types: { context: {} as TriageContext, events: {} as TriageEvent, input: {} as TriageInput | undefined },
    guards: {
      /** Started to resume at this step (a flow opened again, or a saved visit). */
      resumesAt: ({ event }, params: { nodeId: string }) => resumeStep(event) === params.nodeId,
      /** The answer is valid and, with it, the route continues at nodeId. */
      leadsTo: ({ context, event }, params: { questionId: string; nodeId: string }) =>
        validAnswer(params.questionId, event) &&
        landingAfter(
          answersAfter(context, params.questionId, event),
          withoutQuestion(context.implied, params.questionId),
          params.questionId,
        ) === params.nodeId,
      /** The confirmed description leaves this as the first question still to answer (or, all answered, review). */
      descriptionLandsAt: ({ context, event }, params: { nodeId: string }) => {
        if (event.type !== 'describe.confirm' || context.described) return false;
        const { route, landing } = described(context, event);
        if (landing !== undefined) return params.nodeId === landing;
        return route.complete ? params.nodeId === REVIEW_STATE : route.nodeIds.at(-1) === params.nodeId;
      },
      notDescribed: ({ context }) => !context.described,
      /** Changing one answer from the answers page, and the route is whole again: return to the answers page. */
      finishesEdit: ({ context, event }, params: { questionId: string }) =>
        context.editing &&
        validAnswer(params.questionId, event) &&
        routeFor(flow, answersAfter(context, params.questionId, event)).complete,
      /** Changing an answer, and the route is still whole: Back returns to the answers page. */
      editingWholeRoute: ({ context }) => context.editing && currentRoute(context).complete,
      /** On the user's current route, the node before nodeId is previousId. */
      cameFrom: ({ context }, params: { nodeId: string; previousId: string }) => {
        const route = routeOf(context);
        const index = route.indexOf(params.nodeId);
        return index > 0 && route[index - 1] === params.previousId;
      },
      /** The complete route ends at this outcome, and questionId is its last question. */
      routeEndsVia: ({ context }, params: { questionId: string; outcomeId?: string }) => {
        const route = currentRoute(context);
        return (
          route.complete &&
          route.nodeIds.at(-2) === params.questionId &&
          (params.outcomeId === undefined || route.nodeIds.at(-1) === params.outcomeId)
        );
      },
      /**
       * At a result with a `resume` answer the person has not given: with it, the route goes on to questionId.
       */
      continuesAt: ({ context }, params: { outcomeId: string; questionId: string }) => {
        const resume = resumeOf(params.outcomeId);
        if (!resume || context.answers[resume.question]?.includes(resume.option)) return false;
        const route = routeFor(flow, { ...context.answers, [resume.question]: [resume.option] });
        return !route.complete && route.nodeIds.at(-1) === params.questionId;
      },
      /** The question asked to be changed is on the user's route. */
      canEdit: ({ context, event }, params: { questionId: string }) =>
        event.type === 'review.edit' &&
        event.questionId === params.questionId &&
        routeOf(context).includes(params.questionId),
    },
    actions: {
      recordAnswer: assign(({ context, event }, params: { questionId: string }) => ({
        answers: pruneAnswers(flow, answersAfter(context, params.questionId, event)),
        implied: withoutQuestion(context.implied, params.questionId),
      })),
      giveResumeAnswer: assign(({ context }, params: { outcomeId: string }) => {
        const resume = resumeOf(params.outcomeId);
        return resume
          ? { answers: pruneAnswers(flow, { ...context.answers, [resume.question]: [resume.option] }) }
          : {};
      }),
      /** Only what the person confirmed is recorded; the words themselves never reach the machine. */
      recordDescription: assign(({ context, event }) => {
        const { answers, given } = described(context, event);
        return { answers, implied: given, described: true };
      }),
      passDescription: assign({ described: true }),
      startEdit: assign({ editing: true }),
      stopEdit: assign({ editing: false }),
      forgetAnswers: assign({ answers: {}, editing: false, described: false, implied: [] }),
    },
  });

  const questionState = (questionId: string) => {
    const record = { type: 'recordAnswer' as const, params: { questionId } };
    // Its route successors, then any later node: answers from a description may carry the route past several.
    const direct = [...(nexts.get(questionId) ?? [])];
    const later = reachableFrom(flow, questionId).filter((id) => id !== questionId && !direct.includes(id));
    const forward = [...direct, ...later].map((nodeId) => ({
      guard: { type: 'leadsTo' as const, params: { questionId, nodeId } },
      // Straight to the result: a change made from the answers page never gets here, as finishesEdit goes first.
      // editing stays on: a change that opens a new branch returns to the answers page once that branch is done
      target: nodeId,
      actions: record,
    }));
    const back = [...(preds.get(questionId) ?? [])].map((previousId) => ({
      guard: { type: 'cameFrom' as const, params: { nodeId: questionId, previousId } },
      target: previousId,
    }));
    return {
      tags: ['question'],
      meta: { nodeId: questionId },
      on: {
        answer: [
          {
            guard: { type: 'finishesEdit' as const, params: { questionId } },
            target: REVIEW_STATE,
            actions: [record, { type: 'stopEdit' as const }],
          },
          ...forward,
        ],
        'nav.back': [
          { guard: 'editingWholeRoute' as const, target: REVIEW_STATE, actions: 'stopEdit' as const },
          ...back,
        ],
        'describe.confirm': [...flow.nodes.map((n) => n.id), REVIEW_STATE].map((nodeId) => ({
          guard: { type: 'descriptionLandsAt' as const, params: { nodeId } },
          target: nodeId,
          actions: 'recordDescription' as const,
        })),
        'describe.skip': { guard: 'notDescribed' as const, actions: 'passDescription' as const },
      },
    };
  };

  const lastQuestions = [...new Set(outcomeIds.flatMap((id) => [...(preds.get(id) ?? [])]))];
  const reviewState = {
    tags: ['review'],
    on: {
      'review.confirm': lastQuestions.flatMap((questionId) =>
        outcomeIds
          .filter((outcomeId) => preds.get(outcomeId)?.has(questionId))
          .map((outcomeId) => ({
            guard: { type: 'routeEndsVia' as const, params: { questionId, outcomeId } },
            target: outcomeId,
          })),
      ),
      'review.edit': flow.nodes
        .filter((n) => n.kind === 'question')
        .map((n) => ({
          guard: { type: 'canEdit' as const, params: { questionId: n.id } },
          target: n.id,
          actions: 'startEdit' as const,
        })),
      'nav.back': lastQuestions.map((questionId) => ({
        guard: { type: 'routeEndsVia' as const, params: { questionId } },
        target: questionId,
      })),
    },
  };
  // Back from the result is the answers page: what was answered, each one a tap from being changed.
  const questionIds = flow.nodes.filter((n) => n.kind === 'question').map((n) => n.id);
  const outcomeState = (outcomeId: string) => ({
    tags: ['outcome'],
    meta: { nodeId: outcomeId },
    on: {
      'nav.back': { target: REVIEW_STATE },
      'questions.continue': resumeOf(outcomeId)
        ? questionIds.map((questionId) => ({
            guard: { type: 'continuesAt' as const, params: { outcomeId, questionId } },
            target: questionId,
            actions: { type: 'giveResumeAnswer' as const, params: { outcomeId } },
          }))
        : [],
    },
  });

  // Typed as a record so the state value is `string`: the node ids are data, not known to TypeScript.
  const states: Record<
    string,
    ReturnType<typeof questionState> | ReturnType<typeof outcomeState> | typeof reviewState
  > = Object.fromEntries(
    flow.nodes.map((n) => [n.id, n.kind === 'question' ? questionState(n.id) : outcomeState(n.id)]),
  );
  states[REVIEW_STATE] = reviewState;

  // The first state passes on at once: to the step a resumed flow was at, else to the first question.
  const resumeState = {
    always: [
      ...[...Object.keys(states)].map((nodeId) => ({
        guard: { type: 'resumesAt' as const, params: { nodeId } },
        target: nodeId,
      })),
      { target: flow.start },
    ],
  };
  const allStates: Record<string, (typeof states)[string] | typeof resumeState> = {
    ...states,
    [RESUME_STATE]: resumeState,
  };
  return machineSetup.createMachine({
    id: flow.id,
    initial: RESUME_STATE,
    context: ({ input }) => ({
      answers: input?.answers ?? {},
      editing: input?.editing ?? false,
      described: input?.described ?? input !== undefined,
      implied: [],
    }),
    on: { 'nav.restart': { target: `.${flow.start}`, actions: 'forgetAnswers' } },
    states: allStates,
  });
}

export type TriageMachine = ReturnType<typeof buildTriageMachine>;
export type TriageSnapshot = SnapshotFrom<TriageMachine>;
