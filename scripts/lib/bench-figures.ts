/** The figures `npm run bench` prints, as pure functions (unit-tested): medians and the ratio line. */

/** Median of the finite values; NaN when there are none. */
export function median(values: readonly number[]): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** `ratio pages=N time=T memory=M`: the site's median over the plain Astro twin's, two decimals. */
export function ratioLine({ pages, time, memory }: { pages: number; time: number; memory: number }): string {
  const f = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : '—');
  return `ratio pages=${pages} time=${f(time)} memory=${f(memory)}`;
}

/** Read a ratio line back (the budget check and tests): undefined for any other line. */
export function parseRatioLine(line: string): { pages: number; time: number; memory: number } | undefined {
  const m = /^ratio pages=(\d+) time=([\d.]+) memory=([\d.]+)/.exec(line.trim());
  return m ? { pages: Number(m[1]), time: Number(m[2]), memory: Number(m[3]) } : undefined;
}

/** What a Pagefind index holds: its pages and the words it counted on them. */
export interface IndexSize {
  pages: number;
  words: number;
}

/**
 * How far the twin's indexed words may stray from the site's and still count as the same text: the twin writes
 * inline markup as its text, so Pagefind may cut a few words differently where a tag split them on the site
 * (+0.6% on the real content and the synthetic corpus). Text Pagefind skips but the twin kept (a form's labels, a
 * nav) measured +1.2%: past this bound.
 */
export const WORDS_TOLERANCE = 0.01;

/** `index pages=site/twin words=site/twin (±x%)`: what Pagefind indexed on each, for the bench's output. */
export function indexLine(site: IndexSize, twin: IndexSize): string {
  const off = ((twin.words - site.words) / site.words) * 100;
  const sign = off >= 0 ? '+' : '−';
  return `index pages=${site.pages}/${twin.pages} words=${site.words}/${twin.words} (${sign}${Math.abs(off).toFixed(1)}%)`;
}

/** Whether the twin indexes the site's text: the same number of pages, and words within WORDS_TOLERANCE. */
export function sameIndex(site: IndexSize, twin: IndexSize): boolean {
  return site.pages === twin.pages && Math.abs(twin.words - site.words) <= site.words * WORDS_TOLERANCE;
}
