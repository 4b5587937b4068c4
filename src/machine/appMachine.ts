// The app around one flow: the triage machine as its child, the open tool page, ticked actions, the contact log,
// retention, notices, shared-phone mode, restarting and deleting everything. No React; persistence subscribes.
import { assign, sendTo, setup } from 'xstate';
import type { ActorRefFrom, SnapshotFrom } from 'xstate';
import { ENTRY_LIMITS } from '../contactLog/entry.ts';
import { EMPTY_LOG, hasReminder, isEmptyLog } from '../contactLog/log.ts';
import type { ContactLog, ReminderOffsets } from '../contactLog/log.ts';
import type { Flow } from '../flow/schema.ts';
import type { DiscardReason } from '../storage/progress.ts';
import { DEFAULT_RETENTION_DAYS, REMINDER_RETENTION_DAYS } from '../storage/retention.ts';
import type { RetentionDays } from '../storage/retention.ts';
import { buildTriageMachine } from './buildTriageMachine.ts';
import type { TriageMachine } from './buildTriageMachine.ts';
import type { TriageEvent } from './events.ts';

export type Tool = 'log' | 'drafts' | 'words';

/** Kept as kinds, not words, so they follow a language switch. */
export type Notice = DiscardReason | 'deleted' | 'deleteFailed' | 'logUnread' | 'logExpired';

export interface AppContext {
  triage: ActorRefFrom<TriageMachine>;
  /** Ids of the actions the person ticked as done. */
  done: readonly string[];
  log: ContactLog;
  /** Parts of a stored log that could not be read, as stored; offered for export, never dropped. */
  unread: readonly string[];
  /** The retention the person chose; without a choice it follows the log (see retentionDays). */
  chosenRetention: RetentionDays | undefined;
  /** When each reminder falls; known once the catalogue has arrived. */
  reminderOffsets: ReminderOffsets | undefined;
  /** A retention shorter than a pending reminder that the person, asked, chose to keep (this visit). */
  retentionKept: RetentionDays | undefined;
  notices: readonly Notice[];
  sharedMode: boolean;
  /** The browser refused a write: the app keeps working in memory and says so. */
  saveFailed: boolean;
  /** Counts delete-all requests, so persistence removes what is stored once for each. */
  deletions: number;
}

export interface AppInput {
  done?: readonly string[];
  log?: ContactLog;
  unread?: readonly string[];
  chosenRetention?: RetentionDays | undefined;
  /** A shorter retention kept, asked about a reminder, at an earlier visit (stored with the log). */
  retentionKept?: RetentionDays | undefined;
  notices?: readonly Notice[];
  sharedMode: boolean;
}

export type AppEvent =
  | Exclude<TriageEvent, { type: 'nav.restart' }>
  | { type: 'tool.open'; tool: Tool }
  | { type: 'tool.close' }
  | { type: 'action.tick'; actionId: string; done: boolean }
  /** The catalogue arrived: ticks on actions it does not have are dropped, the answers stay. */
  | { type: 'actions.known'; actionIds: readonly string[] }
  | { type: 'log.change'; log: ContactLog }
  | { type: 'retention.choose'; days: RetentionDays }
  /** Asked about a reminder after the chosen retention: keep the shorter time anyway. */
  | { type: 'retention.keep' }
  | { type: 'reminders.known'; offsets: ReminderOffsets }
  | { type: 'sharedMode.set'; on: boolean }
  | { type: 'restart' }
  | { type: 'data.deleteAll' }
  | { type: 'storage.saveFailed' }
  | { type: 'storage.saved' }
  | { type: 'storage.deleteFailed' };

export function buildAppMachine(flow: Flow) {
  return setup({
    types: { context: {} as AppContext, events: {} as AppEvent, input: {} as AppInput },
    actors: { triage: buildTriageMachine(flow) },
    guards: {
      /** The triage machine would take this event from where it is (an empty answer, Back on the first question). */
      triageAccepts: ({ context, event }) => context.triage.getSnapshot().can(event as TriageEvent),
      /**
       * Limits are kept when an entry is made, with a message, so a stored log never has to be cut; a change that adds
       * none (an edit, a deletion) is always taken, even to a log stored over the limit.
       */
      withinLimits: ({ context, event }) =>
        event.type === 'log.change' &&
        (event.log.entries.length <= ENTRY_LIMITS.entries || event.log.entries.length <= context.log.entries.length),
    },
    actions: {
      forwardToTriage: sendTo(
        ({ context }) => context.triage,
        ({ event }) => event as TriageEvent,
      ),
      restartTriage: sendTo(({ context }) => context.triage, { type: 'nav.restart' }),
      clearNotices: assign({ notices: [] }),
      tick: assign({
        done: ({ context, event }) => {
          if (event.type !== 'action.tick') return context.done;
          const others = context.done.filter((id) => id !== event.actionId);
          return event.done ? [...others, event.actionId] : others;
        },
      }),
      keepKnownTicks: assign({
        done: ({ context, event }) =>
          event.type === 'actions.known' ? context.done.filter((id) => event.actionIds.includes(id)) : context.done,
      }),
      changeLog: assign({ log: ({ context, event }) => (event.type === 'log.change' ? event.log : context.log) }),
      chooseRetention: assign({
        chosenRetention: ({ context, event }) =>
          event.type === 'retention.choose' ? event.days : context.chosenRetention,
      }),
      keepRetention: assign({ retentionKept: ({ context }) => context.chosenRetention }),
      knowReminders: assign({
        reminderOffsets: ({ context, event }) =>
          event.type === 'reminders.known' ? event.offsets : context.reminderOffsets,
      }),
      setSharedMode: assign({
        sharedMode: ({ context, event }) => (event.type === 'sharedMode.set' ? event.on : context.sharedMode),
        saveFailed: false,
      }),
      forgetTicks: assign({ done: [] }),
      // The retention choice stays for this visit: the person chose it, and it is stored again with the next save.
      forgetEverything: assign({
        done: [],
        log: EMPTY_LOG,
        unread: [],
        notices: ['deleted'],
        saveFailed: false,
        deletions: ({ context }) => context.deletions + 1,
      }),
      noteSaveFailed: assign({ saveFailed: true }),
      noteSaved: assign({ saveFailed: false }),
      noteDeleteFailed: assign({ notices: ['deleteFailed'] }),
    },
  }).createMachine({
    id: 'app',
    context: ({ input, spawn }) => ({
      triage: spawn('triage', { id: 'triage' }),
      done: input.done ?? [],
      log: input.log ?? EMPTY_LOG,
      unread: input.unread ?? [],
      chosenRetention: input.chosenRetention,
      reminderOffsets: undefined,
      retentionKept: input.retentionKept,
      notices: input.notices ?? [],
      sharedMode: input.sharedMode,
      saveFailed: false,
      deletions: 0,
    }),
    initial: 'guide',
    on: {
      answer: { guard: 'triageAccepts', actions: ['clearNotices', 'forwardToTriage'] },
      'review.edit': { guard: 'triageAccepts', actions: 'forwardToTriage' },
      'review.confirm': { guard: 'triageAccepts', actions: 'forwardToTriage' },
      'tool.open': [
        { guard: ({ event }) => event.tool === 'log', target: '.tools.log' },
        { guard: ({ event }) => event.tool === 'drafts', target: '.tools.drafts' },
        { target: '.tools.words' },
      ],
      'tool.close': { target: '.guide' },
      'action.tick': { actions: 'tick' },
      'actions.known': { actions: 'keepKnownTicks' },
      'log.change': { guard: 'withinLimits', actions: 'changeLog' },
      'retention.choose': { actions: 'chooseRetention' },
      'retention.keep': { actions: 'keepRetention' },
      'reminders.known': { actions: 'knowReminders' },
      'sharedMode.set': { actions: 'setSharedMode' },
      restart: { target: '.guide', actions: ['forgetTicks', 'clearNotices', 'restartTriage'] },
      'data.deleteAll': { target: '.guide', actions: ['forgetEverything', 'restartTriage'] },
      'storage.saveFailed': { actions: 'noteSaveFailed' },
      'storage.saved': { actions: 'noteSaved' },
      'storage.deleteFailed': { actions: 'noteDeleteFailed' },
    },
    states: {
      guide: {
        on: { 'nav.back': { guard: 'triageAccepts', actions: 'forwardToTriage' } },
      },
      // Tool pages sit above the guide: Back closes them first.
      tools: {
        on: { 'nav.back': { target: 'guide' } },
        initial: 'log',
        states: { log: {}, drafts: {}, words: {} },
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
  if (snapshot.matches({ tools: 'log' })) return 'log';
  if (snapshot.matches({ tools: 'drafts' })) return 'drafts';
  if (snapshot.matches({ tools: 'words' })) return 'words';
  return undefined;
}

/** Whether anything of the person's is held that turning on shared-phone mode would delete. */
export function holdsData(snapshot: AppSnapshot): boolean {
  const { context } = snapshot;
  const triage = context.triage.getSnapshot();
  return (
    Object.keys(triage.context.answers).length > 0 ||
    context.done.length > 0 ||
    !isEmptyLog(context.log) ||
    context.unread.length > 0
  );
}
