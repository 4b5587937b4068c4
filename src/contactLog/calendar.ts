// Calendar reminders as .ics text, made on the device, so a phone can remind the user without any sign-up.

export interface Reminder {
  /** Unique and stable for the same reminder, so importing twice updates rather than duplicates. */
  uid: string;
  /** The day of the reminder, yyyy-mm-dd (the user's own calendar zone). */
  date: string;
  title: string;
  description: string;
  /** Extra alerts this many days before, besides one on the day. */
  alertDaysBefore: number[];
  /** When the file is made, as an instant. */
  createdAt: number;
}

/**
 * iCalendar text values escape backslash, semicolon, comma and newlines (RFC 5545 §3.3.11), and may hold no other
 * control character than tab.
 */
function escapeText(text: string): string {
  return (
    text
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r?\n/g, '\\n')
      // eslint-disable-next-line no-control-regex -- finding control characters is the point
      .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '')
  );
}

/** Lines longer than 75 octets are folded with CRLF + space, never inside a UTF-8 character (§3.1). */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    // The first line may hold 75 octets; continuation lines start with a space, so hold 74 more.
    if (size + bytes > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function utcStamp(epochMs: number): string {
  return `${new Date(epochMs).toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;
}

/**
 * A morning event at 09:00 in "floating" time: it rings at nine wherever the phone is, which for our users is
 * Beijing, without shipping time-zone tables.
 */
export function buildIcs(reminder: Reminder): string {
  // A DATE-TIME has exactly four year digits; callers accept only days that keep to them (entry.ts).
  if (!/^\d{4}-\d{2}-\d{2}$/.test(reminder.date)) throw new Error(`reminder day "${reminder.date}" is not yyyy-mm-dd`);
  const day = reminder.date.replace(/-/g, '');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//collection-guide//reminders//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${reminder.uid}`,
    `DTSTAMP:${utcStamp(reminder.createdAt)}`,
    `DTSTART:${day}T090000`,
    `DTEND:${day}T093000`,
    `SUMMARY:${escapeText(reminder.title)}`,
    `DESCRIPTION:${escapeText(reminder.description)}`,
  ];
  for (const days of [...new Set(reminder.alertDaysBefore)].filter((d) => d > 0).sort((a, b) => b - a))
    lines.push(
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(reminder.title)}`,
      `TRIGGER:-P${String(days)}D`,
      'END:VALARM',
    );
  lines.push(
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeText(reminder.title)}`,
    'TRIGGER:PT0M',
    'END:VALARM',
  );
  lines.push('END:VEVENT', 'END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
