// How long the person's answers and contact log are kept: one list of allowed values for every reader, and the
// arithmetic of expiry and of keeping a log past its reminders.

export const RETENTION_DAYS = [1, 7, 30] as const;
export type RetentionDays = (typeof RETENTION_DAYS)[number];
export const DEFAULT_RETENTION_DAYS: RetentionDays = 7;
/** Long enough for the reminders the app makes (a complaint follow-up, a 支付令's objection deadline: 15 days). */
export const REMINDER_RETENTION_DAYS: RetentionDays = 30;
export const DAY_MS = 24 * 60 * 60 * 1000;

/** The same list RetentionSchema reads with (storage/schemas.ts), for code that must not carry the schema library. */
export function isRetentionDays(value: unknown): value is RetentionDays {
  return (RETENTION_DAYS as readonly unknown[]).includes(value);
}

/** Whether something saved at `savedAt` has outlived `days`. */
export function isExpired(savedAt: number, days: RetentionDays, now: number): boolean {
  return now - savedAt > days * DAY_MS;
}

/**
 * The shortest allowed retention that keeps something saved at `now` to the end of Beijing day `date` (yyyy-mm-dd);
 * the longest when none does.
 */
export function retentionCovering(date: string, now: number): RetentionDays {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  const endOfDay = Date.UTC(y, m - 1, d + 1) - 8 * 60 * 60 * 1000;
  return RETENTION_DAYS.find((days) => now + days * DAY_MS >= endOfDay) ?? REMINDER_RETENTION_DAYS;
}
