/**
 * Where a 时间推算 page keeps its dates in the browser: the current key, and the one the first pages
 * (commits 9151b0c to 9df10e0) used.
 * Apart from saved-dates.ts so that the page's first script can look for a record without loading the reader.
 */
export const timelineKey = (procedure: string) => `djzy-timeline-${procedure}`;
export const legacyTimelineKey = (procedure: string) => `djzy:timeline:${procedure}:v1`;
