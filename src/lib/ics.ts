/**
 * iCalendar (RFC 5545) for deadlines: all-day events that any calendar client can subscribe to. Written by hand
 * because the format is small and the output must be deterministic (fixed DTSTAMP, stable UIDs): identical
 * content gives identical files.
 *
 * Every value an editor or reader wrote stays inside its own content line: each kind of line break becomes the
 * escape \n (a client that breaks lines on a lone CR or U+2028 would otherwise read "x\rEND:VEVENT" as a new
 * line), control characters go, UIDs keep to a safe alphabet and URL is an http(s) address or left out.
 */
import { plainText } from './plain-text.ts';

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

/** A TEXT value: backslash, semicolon and comma escaped, every line break as \n, control characters removed. */
export const escapeText = (text: string) =>
  plainText(text).replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\n/g, '\\n');

/**
 * A UID from ids in content: letters, digits and @ . _ ~ - as they are, anything else percent-encoded (UTF-8), so
 * the usual ASCII ids give the same UIDs as before and no id can end the line or need TEXT escapes.
 */
export const uidValue = (uid: string) =>
  plainText(uid).replace(/[^A-Za-z0-9@._~-]+/g, (s) =>
    [...new TextEncoder().encode(s)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
  );

/** A URL property's value: an absolute http(s) address, normalised (no spaces or line breaks), or none. */
export function uriValue(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

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
    const url = event.url === undefined ? undefined : uriValue(event.url);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uidValue(event.uid)}`,
      `DTSTAMP:${stamp(event.stamp)}`,
      `DTSTART;VALUE=DATE:${day(event.date)}`,
      `DTEND;VALUE=DATE:${day(next)}`,
      `SUMMARY:${escapeText(event.summary)}`,
      ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
      ...(url ? [`URL:${url}`] : []),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
