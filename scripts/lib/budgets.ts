/**
 * Size budgets per built page, so the site stays fast on old intranet machines as content grows: what a page
 * loads before the reader opens search, in gzip bytes.
 */
import { gzipSync } from 'node:zlib';

export const BUDGETS = {
  /** JavaScript a page loads before search is opened (inline and external module scripts). */
  jsBeforeSearch: 10 * 1024,
  /** All CSS a page links or inlines. */
  css: 25 * 1024,
  /** The HTML of a procedure page itself. */
  procedureHtml: 40 * 1024,
} as const;

export interface PageWeight {
  file: string;
  html: number;
  js: number;
  css: number;
  mermaid: boolean;
}

export const gzipSize = (data: string | Uint8Array) => gzipSync(data, { level: 9 }).length;

/** The chunks a module statically imports (`import … from "./x.js"`, `import "./x.js"`): loaded with it, unlike import(). */
const STATIC_IMPORT = /\bimport\s*(?:[\w*{}\s,$]+?\s*from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;

/** A module script and every chunk it pulls in before running, each once, by address. */
function withStaticImports(
  url: string,
  read: (path: string) => string | undefined,
  seen = new Set<string>(),
): string[] {
  if (seen.has(url)) return [];
  seen.add(url);
  const code = read(url) ?? '';
  const dir = url.slice(0, url.lastIndexOf('/') + 1);
  const imported = [...code.matchAll(STATIC_IMPORT)].map((m) => new URL(m[1]!, `http://x${dir}`).pathname);
  return [code, ...imported.flatMap((next) => withStaticImports(next, read, seen))];
}

const attrs = (html: string, tag: string, attr: string) =>
  [...html.matchAll(new RegExp(`<${tag}\\b[^>]*\\s${attr}="([^"]+)"[^>]*>`, 'gi'))].map((m) => m[1]!);

/**
 * Weigh one page: its HTML, the scripts it references with the chunks they statically import, the stylesheets
 * (read through `read`, base-less paths), and whether it will fetch mermaid. Scripts imported later with import()
 * (Pagefind on search, the Word writer on export) are not counted.
 */
export function weighPage(
  file: string,
  html: string,
  read: (path: string) => string | undefined,
  base: string,
): PageWeight {
  const local = (url: string) => (url.startsWith(base) ? `/${url.slice(base.length)}` : url);
  const inlineScripts = [...html.matchAll(/<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1]!);
  const seen = new Set<string>();
  const externalScripts = attrs(html, 'script', 'src').flatMap((src) => withStaticImports(local(src), read, seen));
  const styles = [
    ...attrs(html, 'link', 'href')
      .filter((href) => href.endsWith('.css'))
      .map((href) => read(local(href)) ?? ''),
    ...[...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]!),
  ];
  const js = [...inlineScripts, ...externalScripts].join('\n');
  return {
    file,
    html: gzipSize(html),
    js: js ? gzipSize(js) : 0,
    css: styles.length ? gzipSize(styles.join('\n')) : 0,
    // The client-side mermaid is fetched only for diagrams the build could not take from the cache.
    mermaid: html.includes('class="diagram diagram-pending"'),
  };
}

export function overBudget(weight: PageWeight, isProcedure: boolean): string[] {
  const kib = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const out: string[] = [];
  if (weight.js > BUDGETS.jsBeforeSearch) out.push(`JS ${kib(weight.js)} > ${kib(BUDGETS.jsBeforeSearch)}`);
  if (weight.css > BUDGETS.css) out.push(`CSS ${kib(weight.css)} > ${kib(BUDGETS.css)}`);
  if (isProcedure && weight.html > BUDGETS.procedureHtml)
    out.push(`HTML ${kib(weight.html)} > ${kib(BUDGETS.procedureHtml)}`);
  if (weight.mermaid) out.push('加载了 mermaid（流程图缓存完整时不应加载）');
  return out;
}

/**
 * The build's cost against the plain Astro twin (npm run bench), checked by `npm test` at a small synthetic size:
 * site ÷ twin, medians of wall time and of peak memory of each process tree, on the same machine in the same run.
 * Recorded from measurements with headroom for noise (docs/BENCHMARKS.md); lower them as the build gets cheaper.
 */
// time 3.0 → 3.2 on 2026-12-02: the branch tools (a blank self-check Word form of every item, a 时间推算 page per
// procedure with a timeline) are work the twin does not do; measured and explained in docs/BENCHMARKS.md.
// time 3.2 → 3.5, memory 2.0 → 2.4 on 2026-12-07: the search vocabulary (every page's text cut into words at build
// time), the flowcharts' text and the 党费 standard; two runs measured 2.79/1.88 and 3.26/2.22 (docs/BENCHMARKS.md, issue 29).
// The vocabulary's word count can be streamed and cached by content: then lower these again.
// time 3.5 → 3.0, memory 2.4 → 2.2 on 2026-12-08: the twin now renders and indexes the same text as the site (665
// pages, 1.03 million words, against 481 pages and 0.50 million for the MDX bodies alone), so the ratio drops; two
// runs on a busy machine (load 4–8) measured 2.46/1.72 and 3.60/2.00, the old twin in the same hour 4.23/1.78;
// quiet runs of the old twin gave 2.89–3.09/1.86–1.88 (docs/BENCHMARKS.md, issues 32 and 33). Provisional: set from
// a busy machine, so re-measure on a quiet one and lower these to the figures found plus headroom.
// time 3.0 → 3.3 on 2026-12-08, once measured: quiet 2.42/1.82, and 2.83/1.81 inside a whole `npm test` run (whose
// site and browser tests leave the machine warm and its caches cold); 3.0 left too little room for a CI machine.
export const BUILD_COST_BUDGET = { pages: 200, cases: 20, runs: 2, time: 3.3, memory: 2.2 } as const;

/** The Chinese complaints of a ratio past its bound; empty when within. */
export function overCostBudget(
  ratio: { time: number; memory: number },
  bound: { time: number; memory: number },
): string[] {
  const over: string[] = [];
  if (!(ratio.time <= bound.time))
    over.push(`构建用时是纯 Astro 对照的 ${ratio.time.toFixed(2)} 倍，超过上限 ${bound.time} 倍`);
  if (!(ratio.memory <= bound.memory))
    over.push(`构建峰值内存是纯 Astro 对照的 ${ratio.memory.toFixed(2)} 倍，超过上限 ${bound.memory} 倍`);
  return over;
}
