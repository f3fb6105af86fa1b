/** The dates a reader entered on a 时间推算 page, kept in this browser only, by procedure. */
const STORAGE_VERSION = 1;
const storageKey = (procedure: string) => `djzy:timeline:${procedure}:v${STORAGE_VERSION}`;

export function loadDates(procedure: string): Record<string, string> {
  try {
    const saved = JSON.parse(localStorage.getItem(storageKey(procedure)) ?? '{}') as unknown;
    return saved && typeof saved === 'object' ? (saved as Record<string, string>) : {};
  } catch {
    return {}; // storage off or unreadable: start empty rather than fail
  }
}

export function saveDates(procedure: string, dates: Record<string, string>): void {
  try {
    localStorage.setItem(storageKey(procedure), JSON.stringify(dates));
  } catch {
    // Storage may be disabled (private mode, policy): the page still works for this visit.
  }
}
