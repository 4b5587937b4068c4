// The one root actor of the app: language, shared-phone mode, which flow is open (its triage machine a child), the
// full bundle's arrival, the open tool page, ticks, the contact log, retention, notices, restart and delete-all.
// No React and no storage: the UI renders its snapshot and sends events; persistence listens and writes.
import { assign, emit, raise, sendTo, setup, stopChild } from 'xstate';
import type { ActorRefFrom, SnapshotFrom } from 'xstate';
import { ENTRY_LIMITS } from '../contactLog/entry.ts';
import { EMPTY_LOG, hasReminder, isEmptyLog } from '../contactLog/log.ts';
import type { ContactLog, ReminderOffsets } from '../contactLog/log.ts';
import type { Language } from '../flow/languages.ts';
import type { Flow } from '../flow/schema.ts';
import type { CoreBundle } from '../flow/split.ts';
import { DEFAULT_RETENTION_DAYS, REMINDER_RETENTION_DAYS } from '../contactLog/retention.ts';
import type { RetentionDays } from '../contactLog/retention.ts';
import { buildTriageMachine } from './buildTriageMachine.ts';
import type { TriageInput, TriageMachine } from './buildTriageMachine.ts';
import type { TriageEvent } from './events.ts';

export type Tool = 'log' | 'drafts' | 'words';

/** Kept as kinds, not words, so they follow a language switch. */
export type Notice = 'corrupt' | 'otherVersion' | 'expired' | 'deleted' | 'deleteFailed' | 'logUnread' | 'logExpired';

/** What the full bundle brings that the machine decides with: every flow, the action ids, the reminders' dates. */
export interface BundleFacts {
  flows: Record<string, Flow>;
  actionIds: readonly string[];
  reminderOffsets: ReminderOffsets;
}

/** Downloads, given from outside so that tests hand over what they have at once. */
export interface AppLoaders {
  /** The first screens' data in another language. */
  core: (language: Language) => Promise<CoreBundle>;
  /** The full bundle of a language, as the facts the machine needs. */
  bundle: (language: Language) => Promise<BundleFacts>;
}

export type TriageRef = ActorRefFrom<TriageMachine>;

/** What a saved visit brings back for its flow: where it was, the ticks, and a notice when it could not be kept. */
export interface FlowRestore {
  parked?: Readonly<Record<string, TriageInput>>;
  done?: readonly string[];
  notices: readonly Notice[];
}

/** A saved flow that is not in the first download: its save is read once that flow's structure has arrived. */
export interface PendingRestore {
  flowId: string;
  /** Decodes the save (read at the start) against the flows; pure. */
  restore: (flows: Readonly<Record<string, Flow>>) => FlowRestore;
}

export interface AppContext {
  language: Language;
  /** The first screens' words and data in `language`. */
  core: CoreBundle;
  /** The flows whose structure is at hand: the first download's, then the full bundle's. */
  flows: Record<string, Flow>;
  /** The flow open now. */
  flowId: string;
  /** The language asked for last; the page switches once its words are here. */
  languageWanted: Language;
  /** The open flow's triage machine; undefined while that flow's data is still downloading. */
  triage: TriageRef | undefined;
  /** Where each flow left off that is not open now, so opening it again returns there. */
  parked: Readonly<Record<string, TriageInput>>;
  /** The person chose the flow open now (not a page load): its first screen takes focus. */
  flowChosen: boolean;
  /** Ids of the actions the catalogue has; known once the full bundle has arrived. */
  actionIds: readonly string[] | undefined;
  /** When each reminder falls; known once the full bundle has arrived. */
  reminderOffsets: ReminderOffsets | undefined;
  /** Ids of the actions the person ticked as done. */
  done: readonly string[];
  log: ContactLog;
  /** Parts of a stored log that could not be read, as stored; offered for export, never dropped. */
  unread: readonly string[];
  /** The retention the person chose; without a choice it follows the log (see retentionDays). */
  chosenRetention: RetentionDays | undefined;
  /** A retention shorter than a pending reminder that the person, asked, chose to keep (this visit). */
  retentionKept: RetentionDays | undefined;
  notices: readonly Notice[];
  sharedMode: boolean;
  /** False where the browser allows no storage: nothing is kept, and the privacy panel says so. */
  storageAvailable: boolean;
  /**
   * The phone's storage is full (found when opening, or by a refused write): the person is told that, rather than that
   * the browser allows no saving. It stays so for the visit.
   */
  storageFull: boolean;
  /** The browser refused a write: the app keeps working in memory and says so. */
  saveFailed: boolean;
  /** A save waiting for its flow to arrive; persistence leaves it stored as it is until then. */
  pendingRestore: PendingRestore | undefined;
}

export interface AppInput {
  language: Language;
  core: CoreBundle;
  sharedMode: boolean;
  storageAvailable?: boolean;
  storageFull?: boolean;
  /** The flow to open; the opening flow without it. */
  flowId?: string;
  /** Where flows left off (a saved visit resumes its flow there). */
  parked?: Readonly<Record<string, TriageInput>>;
  done?: readonly string[];
  log?: ContactLog;
  unread?: readonly string[];
  chosenRetention?: RetentionDays | undefined;
  /** A shorter retention kept, asked about a reminder, at an earlier visit (stored with the log). */
  retentionKept?: RetentionDays | undefined;
  notices?: readonly Notice[];
  pendingRestore?: PendingRestore;
}

export type AppEvent =
  | Exclude<TriageEvent, { type: 'nav.restart' }>
  | { type: 'tool.open'; tool: Tool }
  | { type: 'tool.close' }
  | { type: 'action.tick'; actionId: string; done: boolean }
  | { type: 'log.change'; log: ContactLog }
  | { type: 'retention.choose'; days: RetentionDays }
  /** Asked about a reminder after the chosen retention: keep the shorter time anyway. */
  | { type: 'retention.keep' }
  /** `elsewhere`: another tab of the app turned it on or off; this one follows without telling the others again. */
  | { type: 'sharedMode.set'; on: boolean; elsewhere?: boolean }
  | { type: 'language.choose'; language: Language }
  /** Start downloading the full bundle (when the browser is idle, or when a screen needs it). */
  | { type: 'bundle.load' }
  | { type: 'bundle.retry' }
  /** A download settled (sent by the machine's own download actions). */
  | { type: 'bundle.loaded'; facts: BundleFacts }
  | { type: 'bundle.failed' }
  | { type: 'language.loaded'; language: Language; core: CoreBundle }
  | { type: 'language.failed'; language: Language }
  | { type: 'flow.open'; flowId: string }
  | { type: 'restart' }
  /** After a screen failed: a fresh start in the opening flow, keeping the log. */
  | { type: 'app.reset' }
  | { type: 'data.deleteAll'; elsewhere?: boolean }
  | { type: 'storage.saveFailed'; full?: boolean }
  | { type: 'storage.saved' }
  | { type: 'storage.deleteFailed' };

/** What the actor tells its listeners (persistence) beyond its snapshot. */
export type AppEmitted =
  | { type: 'data.deleted'; elsewhere: boolean }
  | { type: 'sharedMode.changed'; on: boolean; elsewhere: boolean }
  | { type: 'language.changed'; language: Language; sharedMode: boolean };

/** The flow a first visit opens, when the first download names one; else the first flow it has. */
function openingFlow(core: CoreBundle): string {
  return Object.keys(core.flows)[0] ?? Object.keys(core.flowLabels)[0] ?? '';
}

/** Where a triage machine is now, as the input that starts it there again. */
function leftOff(triage: TriageRef): TriageInput {
  const { value, context } = triage.getSnapshot();
  return { at: value, answers: context.answers, editing: context.editing, described: context.described };
}

export function buildAppMachine(loaders: AppLoaders) {
  return setup({
    types: {
      context: {} as AppContext,
      events: {} as AppEvent,
      input: {} as AppInput,
      emitted: {} as AppEmitted,
      // The tags the UI reads instead of state names.
      tags: {} as 'guide' | 'tool' | Tool | 'flowLoading' | 'bundleFailed',
    },
    guards: {
      /** The triage machine would take this event from where it is (an empty answer, Back on the first question). */
      triageAccepts: ({ context, event }) => context.triage?.getSnapshot().can(event as TriageEvent) === true,
      /**
       * Limits are kept when an entry is made, with a message, so a stored log never has to be cut; a change that adds
       * none (an edit, a deletion) is always taken, even to a log stored over the limit.
       */
      withinLimits: ({ context, event }) =>
        event.type === 'log.change' &&
        (event.log.entries.length <= ENTRY_LIMITS.entries || event.log.entries.length <= context.log.entries.length),
      /** The open flow's structure is at hand, so its triage machine can start. */
      flowAtHand: ({ context }) => Object.hasOwn(context.flows, context.flowId),
      /** Another flow than the open one, and one the app knows. */
      otherKnownFlow: ({ context, event }) =>
        event.type === 'flow.open' &&
        event.flowId !== context.flowId &&
        Object.hasOwn(context.core.flowLabels, event.flowId),
      otherLanguage: ({ context, event }) => event.type === 'language.choose' && event.language !== context.language,
      /** The language that arrived is the one asked for last (a later choice wins over an earlier download). */
      wantedLanguage: ({ context, event }) =>
        (event.type === 'language.loaded' || event.type === 'language.failed') &&
        event.language === context.languageWanted,
      sharedModeChanges: ({ context, event }) => event.type === 'sharedMode.set' && event.on !== context.sharedMode,
      isTool: ({ event }, params: { tool: Tool }) => event.type === 'tool.open' && event.tool === params.tool,
    },
    actions: {
      forwardToTriage: sendTo(
        ({ context }) => context.triage ?? '',
        ({ event }) => event as TriageEvent,
      ),
      restartTriage: sendTo(({ context }) => context.triage ?? '', { type: 'nav.restart' }),
      clearNotices: assign({ notices: [] }),
      /** The open flow's triage machine starts, where that flow was left this visit (or in a saved one). */
      startTriage: assign(({ context, spawn }): Partial<AppContext> => {
        const flow = context.flows[context.flowId];
        if (!flow) return {};
        const { [context.flowId]: resumeAt, ...parked } = context.parked;
        const triage: TriageRef = spawn(buildTriageMachine(flow), { input: resumeAt });
        return { triage, parked };
      }),
      /** Where the open flow is, kept so that opening that flow again returns there; then its machine stops. */
      parkTriage: assign({
        parked: ({ context }) =>
          context.triage ? { ...context.parked, [context.flowId]: leftOff(context.triage) } : context.parked,
      }),
      stopTriage: stopChild(({ context }) => context.triage ?? ''),
      dropTriage: assign({ triage: undefined }),
      openFlow: assign({
        flowId: ({ context, event }) => (event.type === 'flow.open' ? event.flowId : context.flowId),
        flowChosen: true,
      }),
      openOpeningFlow: assign(({ context }) => ({ flowId: openingFlow(context.core), flowChosen: false })),
      forgetParked: assign({ parked: {} }),
      knowBundle: assign(({ context, event }) => {
        if (event.type !== 'bundle.loaded') return {};
        const { facts } = event;
        // A flow already running keeps its structure: a language switch brings the same flow in other words.
        const flows = { ...facts.flows, ...context.flows };
        const { pendingRestore } = context;
        const restored =
          pendingRestore && Object.hasOwn(flows, pendingRestore.flowId) ? pendingRestore.restore(flows) : undefined;
        const done = restored?.done ?? context.done;
        return {
          flows,
          actionIds: facts.actionIds,
          reminderOffsets: facts.reminderOffsets,
          // A tick saved for an action the catalogue no longer has is dropped; the answers stay.
          done: done.filter((id) => facts.actionIds.includes(id)),
          ...(restored
            ? {
                parked: { ...context.parked, ...restored.parked },
                notices: [...context.notices, ...restored.notices],
                pendingRestore: undefined,
              }
            : {}),
        };
      }),
      /** Downloads the full bundle; its facts, or the failure, come back as an event. */
      downloadBundle: ({ context, self }) => {
        loaders.bundle(context.language).then(
          (facts) => {
            self.send({ type: 'bundle.loaded', facts });
          },
          () => {
            self.send({ type: 'bundle.failed' });
          },
        );
      },
      /** Downloads another language's first screens; they, or the failure, come back as an event. */
      downloadLanguage: ({ event, self }) => {
        if (event.type !== 'language.choose') return;
        const { language } = event;
        loaders.core(language).then(
          (core) => {
            self.send({ type: 'language.loaded', language, core });
          },
          () => {
            self.send({ type: 'language.failed', language });
          },
        );
      },
      wantLanguage: assign({
        languageWanted: ({ context, event }) =>
          event.type === 'language.choose' ? event.language : context.languageWanted,
      }),
      /** The other language's words are here: the page switches to them in one step. */
      changeLanguage: assign(({ context, event }) =>
        event.type === 'language.loaded' ? { language: event.language, core: event.core } : context,
      ),
      tellLanguage: emit(({ context }) => ({
        type: 'language.changed' as const,
        language: context.language,
        sharedMode: context.sharedMode,
      })),
      requestBundle: raise({ type: 'bundle.load' }),
      tick: assign({
        done: ({ context, event }) => {
          if (event.type !== 'action.tick') return context.done;
          const others = context.done.filter((id) => id !== event.actionId);
          return event.done ? [...others, event.actionId] : others;
        },
      }),
      changeLog: assign({ log: ({ context, event }) => (event.type === 'log.change' ? event.log : context.log) }),
      chooseRetention: assign({
        chosenRetention: ({ context, event }) =>
          event.type === 'retention.choose' ? event.days : context.chosenRetention,
      }),
      keepRetention: assign({ retentionKept: ({ context }) => context.chosenRetention }),
      setSharedMode: assign({
        sharedMode: ({ context, event }) => (event.type === 'sharedMode.set' ? event.on : context.sharedMode),
        saveFailed: false,
      }),
      tellSharedMode: emit(({ context, event }) => ({
        type: 'sharedMode.changed' as const,
        on: context.sharedMode,
        elsewhere: event.type === 'sharedMode.set' && event.elsewhere === true,
      })),
      forgetTicks: assign({ done: [] }),
      // The retention choice stays for this visit: the person chose it, and it is stored again with the next save.
      forgetEverything: assign({
        done: [],
        log: EMPTY_LOG,
        unread: [],
        parked: {},
        pendingRestore: undefined,
        notices: ['deleted'],
        saveFailed: false,
      }),
      tellDeleted: emit(({ event }) => ({
        type: 'data.deleted' as const,
        elsewhere: event.type === 'data.deleteAll' && event.elsewhere === true,
      })),
      noteSaveFailed: assign({
        saveFailed: true,
        storageFull: ({ context, event }) =>
          context.storageFull || (event.type === 'storage.saveFailed' && event.full === true),
      }),
      noteSaved: assign({ saveFailed: false }),
      noteDeleteFailed: assign({ notices: ['deleteFailed'] }),
    },
  }).createMachine({
    id: 'app',
    context: ({ input }) => ({
      language: input.language,
      languageWanted: input.language,
      core: input.core,
      flows: input.core.flows,
      flowId:
        input.flowId !== undefined && Object.hasOwn(input.core.flowLabels, input.flowId)
          ? input.flowId
          : openingFlow(input.core),
      triage: undefined,
      parked: input.parked ?? {},
      flowChosen: false,
      actionIds: undefined,
      reminderOffsets: undefined,
      done: input.done ?? [],
      log: input.log ?? EMPTY_LOG,
      unread: input.unread ?? [],
      chosenRetention: input.chosenRetention,
      retentionKept: input.retentionKept,
      notices: input.notices ?? [],
      sharedMode: input.sharedMode,
      storageAvailable: input.storageAvailable ?? true,
      storageFull: input.storageFull ?? false,
      saveFailed: false,
      pendingRestore: input.pendingRestore,
    }),
    type: 'parallel',
    on: {
      'action.tick': { actions: 'tick' },
      'log.change': { guard: 'withinLimits', actions: 'changeLog' },
      'retention.choose': { actions: 'chooseRetention' },
      'retention.keep': { actions: 'keepRetention' },
      'sharedMode.set': { guard: 'sharedModeChanges', actions: ['setSharedMode', 'tellSharedMode'] },
      'storage.saveFailed': { actions: 'noteSaveFailed' },
      'storage.saved': { actions: 'noteSaved' },
      'storage.deleteFailed': { actions: 'noteDeleteFailed' },
    },
    states: {
      /** The open flow: its triage machine runs once the flow's structure is at hand. */
      flow: {
        initial: 'waiting',
        on: {
          'flow.open': {
            guard: 'otherKnownFlow',
            target: '.waiting',
            reenter: true,
            actions: ['clearNotices', 'parkTriage', 'stopTriage', 'dropTriage', 'openFlow'],
          },
          restart: { actions: ['forgetTicks', 'clearNotices', 'restartTriage'] },
          'app.reset': {
            target: '.waiting',
            reenter: true,
            actions: [
              'forgetTicks',
              'clearNotices',
              'parkTriage',
              'stopTriage',
              'dropTriage',
              'forgetParked',
              'openOpeningFlow',
            ],
          },
          'data.deleteAll': {
            target: '.waiting',
            reenter: true,
            actions: ['parkTriage', 'stopTriage', 'dropTriage', 'forgetEverything', 'tellDeleted'],
          },
        },
        states: {
          // Passes on at once when the flow is at hand; else its data downloads first.
          waiting: {
            always: [{ guard: 'flowAtHand', target: 'running' }, { target: 'downloading' }],
          },
          downloading: {
            tags: ['flowLoading'],
            entry: 'requestBundle',
            always: { guard: 'flowAtHand', target: 'running' },
          },
          running: {
            entry: 'startTriage',
            on: {
              answer: { guard: 'triageAccepts', actions: ['clearNotices', 'forwardToTriage'] },
              'review.edit': { guard: 'triageAccepts', actions: 'forwardToTriage' },
              'review.confirm': { guard: 'triageAccepts', actions: 'forwardToTriage' },
              'questions.continue': { guard: 'triageAccepts', actions: 'forwardToTriage' },
              'describe.confirm': { guard: 'triageAccepts', actions: 'forwardToTriage' },
              'describe.skip': { guard: 'triageAccepts', actions: 'forwardToTriage' },
            },
          },
        },
      },
      /** The guide, or a tool page above it: Back closes the tool page first. */
      view: {
        initial: 'guide',
        on: {
          'tool.open': [
            { guard: { type: 'isTool', params: { tool: 'log' } }, target: '.tools.log' },
            { guard: { type: 'isTool', params: { tool: 'drafts' } }, target: '.tools.drafts' },
            { target: '.tools.words' },
          ],
          'tool.close': { target: '.guide' },
          'flow.open': { guard: 'otherKnownFlow', target: '.guide' },
          restart: { target: '.guide' },
          'app.reset': { target: '.guide' },
          'data.deleteAll': { target: '.guide' },
        },
        states: {
          guide: {
            tags: ['guide'],
            on: { 'nav.back': { guard: 'triageAccepts', actions: 'forwardToTriage' } },
          },
          tools: {
            tags: ['tool'],
            on: { 'nav.back': { target: 'guide' } },
            initial: 'log',
            states: { log: { tags: ['log'] }, drafts: { tags: ['drafts'] }, words: { tags: ['words'] } },
          },
        },
      },
      /** The full bundle of the page's language: the catalogue, every flow, the reminders' dates. */
      bundle: {
        initial: 'idle',
        states: {
          idle: { on: { 'bundle.load': 'loading' } },
          loading: {
            entry: 'downloadBundle',
            on: { 'bundle.loaded': { target: 'ready', actions: 'knowBundle' }, 'bundle.failed': 'failed' },
          },
          ready: {},
          failed: { tags: ['bundleFailed'], on: { 'bundle.retry': 'loading', 'bundle.load': 'loading' } },
        },
      },
      /** Another language's words download before the page switches to them, so nothing shows half-translated. */
      language: {
        initial: 'steady',
        states: {
          steady: {
            on: {
              'language.choose': {
                guard: 'otherLanguage',
                target: 'switching',
                actions: ['wantLanguage', 'downloadLanguage'],
              },
            },
          },
          switching: {
            on: {
              'language.loaded': {
                guard: 'wantedLanguage',
                target: 'steady',
                actions: ['changeLanguage', 'tellLanguage'],
              },
              // Offline before that language was ever loaded: the page stays as it is, and a tap can try again.
              'language.failed': { guard: 'wantedLanguage', target: 'steady' },
              // A later choice wins over one still downloading.
              'language.choose': { actions: ['wantLanguage', 'downloadLanguage'] },
            },
          },
        },
      },
    },
  });
}

export type AppMachine = ReturnType<typeof buildAppMachine>;
export type AppSnapshot = SnapshotFrom<AppMachine>;

/** How long saved data is kept: the person's choice, or long enough for a reminder the log holds. */
export function retentionDays(context: Pick<AppContext, 'chosenRetention' | 'log'>): RetentionDays {
  return context.chosenRetention ?? (hasReminder(context.log) ? REMINDER_RETENTION_DAYS : DEFAULT_RETENTION_DAYS);
}

/** The tool page open, or undefined on the guide. */
export function openTool(snapshot: AppSnapshot): Tool | undefined {
  if (snapshot.hasTag('log')) return 'log';
  if (snapshot.hasTag('drafts')) return 'drafts';
  if (snapshot.hasTag('words')) return 'words';
  return undefined;
}

/** Whether anything of the person's is held that turning on shared-phone mode would delete. */
export function holdsData(snapshot: AppSnapshot): boolean {
  const { context } = snapshot;
  const answers = context.triage?.getSnapshot().context.answers ?? {};
  return (
    Object.keys(answers).length > 0 ||
    Object.values(context.parked).some((p) => Object.keys(p.answers).length > 0) ||
    context.done.length > 0 ||
    !isEmptyLog(context.log) ||
    context.unread.length > 0
  );
}
