/**
 * The dates a reader entered on a 时间推算 page, kept in this browser only, one record per procedure. As with the
 * self-check, the record carries its format version and reading never throws: an unreadable or unknown record
 * reads as no dates.
 */
const STORAGE_VERSION = 1;
const storageKey = (procedure: string) => `djzy-timeline-${procedure}`;

export function loadDates(procedure: string): Record<string, string> {
  try {
    const saved = JSON.parse(localStorage.getItem(storageKey(procedure)) ?? 'null') as {
      v?: unknown;
      dates?: unknown;
    } | null;
    if (saved?.v !== STORAGE_VERSION || !saved.dates || typeof saved.dates !== 'object') return {};
    return Object.fromEntries(
      Object.entries(saved.dates as Record<string, unknown>).filter(
        (entry): entry is [string, string] => typeof entry[1] === 'string',
      ),
    );
  } catch {
    return {}; // storage off or unreadable: start empty rather than fail
  }
}

export function saveDates(procedure: string, dates: Record<string, string>): void {
  try {
    localStorage.setItem(storageKey(procedure), JSON.stringify({ v: STORAGE_VERSION, dates }));
  } catch {
    // Storage may be disabled (private mode, policy): the page still works for this visit.
  }
}
