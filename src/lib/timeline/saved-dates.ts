/**
 * The dates a reader entered on a 时间推算 page, as kept in the browser, one record per procedure. Two formats
 * have been written (see git history of src/client/timeline*.ts):
 * - the first pages (commits 9151b0c to 9df10e0), under `djzy:timeline:<procedure>:v1`: the bare object
 *   `{ "<step>": "<date as typed>" }`, the text trimmed but not normalised (2026/3/5 from a browser without a date
 *   picker, or an impossible day typed there);
 * - since 92c05ee, under `djzy-timeline-<procedure>`: `{ "v": 1, "dates": { "<step>": "2026-03-05" } }`.
 * Both are read here; lib/saved-record.ts moves the old key to the new one and keeps aside what cannot be read.
 */
import { normalizeDateText, parseDate } from '../calendar-day.ts';
import { isPlainObject, storedDate, type FieldProblem, type Reading, type RecordSpec } from '../saved-record.ts';
import { legacyTimelineKey, timelineKey } from './record-keys.ts';

export type SavedDates = Record<string, string>;

const STORAGE_VERSION = 1;

/** A step's date as typed (2026/3/5, 2026年3月5日) written as the day it names; other text as it is. */
const normalized = (value: unknown) => (typeof value === 'string' ? normalizeDateText(value) : value);

export function readTimelineDates(raw: string): Reading<SavedDates> {
  const state: SavedDates = {};
  let record: unknown;
  try {
    record = JSON.parse(raw);
  } catch {
    return { state, damage: 'unreadable' };
  }
  if (!isPlainObject(record)) return { state, damage: 'unreadable' };
  let entries: Record<string, unknown>;
  let bad = 0;
  const migrated = !('v' in record);
  if (migrated) {
    entries = record; // the first format: no version, the dates themselves
  } else {
    const { v, dates, ...rest } = record;
    if (typeof v === 'number' && v > STORAGE_VERSION) return { state, damage: 'newer' };
    if (v !== STORAGE_VERSION || !isPlainObject(dates)) return { state, damage: 'unreadable' };
    entries = dates;
    bad = Object.keys(rest).length;
  }
  const fields: FieldProblem[] = [];
  for (const [step, value] of Object.entries(entries)) {
    const date = storedDate(normalized(value), step, fields);
    if (date) state[step] = date;
  }
  bad += fields.length;
  return { state, ...(migrated ? { migrated } : {}), ...(bad ? { damage: bad, fields } : {}) };
}

/** The current format, with only real days: a wrong date is answered on the page as it is typed, not kept. */
export function serializeTimelineDates(dates: SavedDates): string {
  const kept: SavedDates = {};
  for (const [step, text] of Object.entries(dates)) {
    const parsed = parseDate(normalizeDateText(text));
    if (parsed.ok) kept[step] = parsed.date;
  }
  return JSON.stringify({ v: STORAGE_VERSION, dates: kept });
}

export function timelineRecord(procedure: string): RecordSpec<SavedDates> {
  return {
    tool: 'timeline',
    key: timelineKey(procedure),
    legacyKeys: [legacyTimelineKey(procedure)],
    read: readTimelineDates,
    write: serializeTimelineDates,
    empty: () => ({}),
  };
}

/** The saved dates of steps this page no longer has (a step renamed or removed): kept in the record, not solved. */
export function datesOffPage(dates: SavedDates, steps: readonly string[]): SavedDates {
  return Object.fromEntries(Object.entries(dates).filter(([step]) => !steps.includes(step)));
}
