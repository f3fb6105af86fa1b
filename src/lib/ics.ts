/**
 * iCalendar (RFC 5545) for deadlines: all-day events that any calendar client can subscribe to. Written by hand
 * because the format is small and the output must be deterministic (fixed DTSTAMP, stable UIDs): identical
 * content gives identical files.
 */

export interface CalendarEvent {
  /** Stable across builds, e.g. 2022-07-task-1@djzy. */
  uid: string;
  /** The day (UTC midnight) the event falls on. */
  date: Date;
  summary: string;
  description?: string;
  /** Absolute URL of the page about the event, if the site's address is known. */
  url?: string;
  /** When the information was published; used as DTSTAMP so rebuilding gives the same bytes. */
  stamp: Date;
}

const day = (d: Date) => d.toISOString().slice(0, 10).replace(/-/g, '');
const stamp = (d: Date) => `${d.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;

/** Escape TEXT values: backslash, semicolon, comma and newlines. */
export const escapeText = (text: string) =>
  text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** Fold a content line at 75 octets of UTF-8 without splitting a character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const bytes = encoder.encode(ch).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (size + bytes > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += bytes;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

export function calendar(name: string, events: CalendarEvent[]): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//djzy//基层党建工作指引//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    'X-WR-TIMEZONE:Asia/Shanghai',
  ];
  for (const event of [...events].sort((a, b) => a.date.getTime() - b.date.getTime() || a.uid.localeCompare(b.uid))) {
    const next = new Date(event.date.getTime() + 86_400_000);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${stamp(event.stamp)}`,
      `DTSTART;VALUE=DATE:${day(event.date)}`,
      `DTEND;VALUE=DATE:${day(next)}`,
      `SUMMARY:${escapeText(event.summary)}`,
      ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
      ...(event.url ? [`URL:${event.url}`] : []),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
