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
