// Beijing wall-clock time for the contact log: every rule reads the hour in China, whatever the device's zone.

/** China Standard Time is UTC+8 all year (no daylight saving since 1991), so fixed arithmetic is exact. */
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
export const MINUTES_PER_DAY = 24 * 60;

/** "yyyy-mm-ddThh:mm", as an <input type="datetime-local"> gives it. */
const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface WallClock {
  /** yyyy-mm-dd in Beijing. */
  date: string;
  /** Minutes since Beijing midnight, 0–1439. */
  minutes: number;
}

/** The Beijing wall-clock time of an instant, "yyyy-mm-ddThh:mm". */
export function shanghaiWallClock(epochMs: number): string {
  return new Date(epochMs + SHANGHAI_OFFSET_MS).toISOString().slice(0, 16);
}

/** The Beijing date of an instant, "yyyy-mm-dd". */
export function shanghaiDate(epochMs: number): string {
  return shanghaiWallClock(epochMs).slice(0, 10);
}

/** Reads "yyyy-mm-ddThh:mm"; undefined for anything that is not a real date and time. */
export function parseWallClock(text: string): WallClock | undefined {
  const m = WALL_CLOCK.exec(text);
  if (!m) return undefined;
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  if (h > 23 || mi > 59 || !isRealDate(y, mo, d)) return undefined;
  return { date: text.slice(0, 10), minutes: h * 60 + mi };
}

export function isIsoDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const [, y, mo, d] = m.map(Number) as [number, number, number, number];
  return isRealDate(y, mo, d);
}

/** "hh:mm" → minutes since midnight. */
export function minutesOf(hhmm: string): number {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

/** yyyy-mm-dd plus whole days (calendar arithmetic, no time zone involved). */
export function addDays(isoDate: string, days: number): string {
  const [y = 0, m = 1, d = 1] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d) + days * DAY_MS).toISOString().slice(0, 10);
}

function isRealDate(y: number, m: number, d: number): boolean {
  if (y < 1970 || y > 9999 || m < 1 || m > 12 || d < 1) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
