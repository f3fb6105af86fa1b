/**
 * Whether this browser holds anything for a 时间推算 page: its record, one under the key earlier pages used, or a
 * record kept aside. Then the page loads its calculator at once, which reads, converts or reports it
 * (lib/timeline/saved-dates.ts, lib/saved-record.ts). Storage that refuses to be read counts too: the calculator
 * tells the reader that nothing will be kept.
 */
import { legacyTimelineKey, timelineKey } from '../lib/timeline/record-keys.ts';

export function hasSavedTimeline(procedure: string): boolean {
  try {
    const store = window.localStorage;
    if (!store) return true;
    for (let i = 0; i < store.length; i++) {
      const key = store.key(i) ?? '';
      // The current key and its kept copies (`<key>-unreadable-…`) share the prefix.
      if (key.indexOf(timelineKey(procedure)) === 0 || key === legacyTimelineKey(procedure)) return true;
    }
    return false;
  } catch {
    return true;
  }
}
