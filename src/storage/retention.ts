// How long saved data is kept: the allowed values (contactLog/retention.ts), and the choice kept under its own key.
import { isRetentionDays } from '../contactLog/retention.ts';
import type { RetentionDays } from '../contactLog/retention.ts';
import type { AppStorage } from './store.ts';

export {
  DAY_MS,
  DEFAULT_RETENTION_DAYS,
  REMINDER_RETENTION_DAYS,
  RETENTION_DAYS,
  isExpired,
  isRetentionDays,
  retentionCovering,
} from '../contactLog/retention.ts';
export type { RetentionDays } from '../contactLog/retention.ts';

/** The person's own choice, if they made one; it outlives expiry, so an expired log does not reset it. */
export function readRetention(storage: AppStorage): RetentionDays | undefined {
  const text = storage.read('retention');
  const days = text === null ? undefined : Number(text);
  return isRetentionDays(days) ? days : undefined;
}
