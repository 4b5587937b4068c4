// Retention against the app's own reminders: when a chosen retention would delete the log before a reminder, the
// person is asked, and until they answer the log is kept past the reminder.
import { shanghaiDate } from '../contactLog/clock.ts';
import { hasReminder, lastPendingReminder } from '../contactLog/log.ts';
import { REMINDER_RETENTION_DAYS, retentionCovering } from '../contactLog/retention.ts';
import type { RetentionDays } from '../contactLog/retention.ts';
import { retentionDays } from './appMachine.ts';
import type { AppContext } from './appMachine.ts';

type RetentionContext = Pick<
  AppContext,
  'chosenRetention' | 'log' | 'reminderOffsets' | 'retentionKept' | 'sharedMode'
>;

export interface RetentionQuestion {
  /** The retention the person chose. */
  days: RetentionDays;
  /** The last pending reminder, Beijing yyyy-mm-dd. */
  reminderDate: string;
  /** The shortest retention that keeps the log past that reminder. */
  extendTo: RetentionDays;
}

/** The question to ask, when the chosen retention would delete the log before a reminder the app made. */
export function retentionQuestion(context: RetentionContext, now: number): RetentionQuestion | undefined {
  const days = context.chosenRetention;
  if (days === undefined || context.sharedMode || !context.reminderOffsets || context.retentionKept === days)
    return undefined;
  const reminderDate = lastPendingReminder(context.log, context.reminderOffsets, shanghaiDate(now));
  if (reminderDate === undefined) return undefined;
  const extendTo = retentionCovering(reminderDate, now);
  return extendTo > days ? { days, reminderDate, extendTo } : undefined;
}

/**
 * The retention the log is saved with. Until the person answers the question the log is kept past the reminder; before
 * the reminders' dates are known, a log holding one is kept as long as any reminder needs.
 */
export function logRetentionDays(context: RetentionContext, now: number): RetentionDays {
  const chosen = retentionDays(context);
  if (context.reminderOffsets) return retentionQuestion(context, now)?.extendTo ?? chosen;
  const unanswered = context.retentionKept !== context.chosenRetention;
  return unanswered && hasReminder(context.log) && chosen < REMINDER_RETENTION_DAYS ? REMINDER_RETENTION_DAYS : chosen;
}
