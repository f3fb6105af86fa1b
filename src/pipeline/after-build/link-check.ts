/**
 * Link check over a built site: every internal href/src/action must name a file that exists under the base, every
 * #fragment an element of the target page, and no link may escape the base (the intranet server may host other
 * things beside the site). Pure: the caller hands in the pages' HTML and the list of files. A step after the build
 * (scripts/build.ts runs it once Astro has exited, after the search index: search-index.ts beside this file), not an
 * Astro integration.
 */
import { normalizeBase } from '../../lib/urls.ts';

export interface BuiltPage {
  /** Path of the HTML file relative to the output folder, e.g. guide/index.html. */
  file: string;
  html: string;
}

export interface LinkProblem {
  file: string;
  url: string;
  problem: string;
}

const ATTRIBUTE = /\s(href|xlink:href|src|action|poster)\s*=\s*"([^"]*)"/gi;
const SRCSET = /\ssrcset\s*=\s*"([^"]*)"/gi;
const ID = /\s(?:id|name)\s*=\s*"([^"]*)"/gi;

const decodeEntities = (value: string) =>
  !value.includes('&')
    ? value
    : value
        .replace(/&amp;/g, '&')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>');

/** Attribute values that are URLs, in document order. */
export function extractUrls(html: string): string[] {
  const urls: string[] = [];
  const withoutScripts = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '');
  for (const m of withoutScripts.matchAll(ATTRIBUTE)) urls.push(decodeEntities(m[2] ?? ''));
  for (const m of withoutScripts.matchAll(SRCSET)) {
    for (const candidate of decodeEntities(m[1] ?? '').split(',')) {
      const url = candidate.trim().split(/\s+/)[0];
      if (url) urls.push(url);
    }
  }
  return urls;
}

/** Ids (and legacy names) a fragment may point to. */
export function extractIds(html: string): Set<string> {
  return new Set([...html.matchAll(ID)].map((m) => decodeEntities(m[1] ?? '')));
}

/** The URL path at which a built file is served: guide/index.html → /base/guide/. */
export function urlOfFile(file: string, base: string): string {
  const b = normalizeBase(base);
  if (file === 'index.html') return b;
  return b + file.replace(/(^|\/)index\.html$/, '$1');
}

const isSkipped = (url: string) => url === '' || /^([a-z][a-z0-9+.-]*:|\/\/)/i.test(url);

/** Where a link leads: a file of the site and a fragment in it, or what is wrong with it. */
type Resolved = { target: string; fragment: string } | { problem: string };

function resolve(url: URL, b: string): Resolved {
  const path = decodeURIComponent(url.pathname);
  if (!path.startsWith(b)) return { problem: `链接超出站点根路径 ${b}` };
  const relative = path.slice(b.length);
  let target: string;
  if (relative === '' || relative.endsWith('/')) target = `${relative}index.html`;
  else if (/\.[a-z0-9]+$/i.test(relative)) target = relative;
  else return { problem: '站内页面地址缺少末尾的 /' };
  return { target, fragment: decodeURIComponent(url.hash.slice(1)) };
}

/**
 * Every problem, in page and document order. Pages are read one at a time (pass a generator to keep only one in
 * memory): what a fragment needs of its target page, its ids, is kept, and fragments are checked at the end. A
 * link written from the site root (the header and the sidebar on every page) is resolved once, not once per page.
 */
export function checkLinks(pages: Iterable<BuiltPage>, files: ReadonlySet<string>, base: string): LinkProblem[] {
  const b = normalizeBase(base);
  const ids = new Map<string, Set<string>>();
  const rooted = new Map<string, Resolved>();
  const found: (LinkProblem | (LinkProblem & { target: string; fragment: string }))[] = [];

  for (const page of pages) {
    ids.set(page.file, extractIds(page.html));
    const pageUrl = new URL(urlOfFile(page.file, b), 'http://site.invalid');
    for (const raw of extractUrls(page.html)) {
      if (isSkipped(raw)) continue;
      const fromRoot = raw.startsWith('/');
      let resolved = fromRoot ? rooted.get(raw) : undefined;
      if (!resolved) {
        resolved = resolve(new URL(raw, pageUrl), b);
        if (fromRoot) rooted.set(raw, resolved);
      }
      if ('problem' in resolved) found.push({ file: page.file, url: raw, problem: resolved.problem });
      else if (!files.has(resolved.target)) found.push({ file: page.file, url: raw, problem: '指向的文件不存在' });
      else if (resolved.fragment && resolved.target.endsWith('.html'))
        found.push({ file: page.file, url: raw, problem: '', ...resolved });
    }
  }
  return found.flatMap((f) => {
    if (!('target' in f)) return [f];
    if (ids.get(f.target)?.has(f.fragment)) return [];
    return [{ file: f.file, url: f.url, problem: `页面中没有 id 为“${f.fragment}”的位置` }];
  });
}
