/**
 * Pagefind, loaded on first use only (a reader who never searches downloads nothing), from the site's own
 * pagefind/ folder under the base path. Results come back with their section, title and highlighted excerpt.
 */
import { phraseFirst, titleMatchesFirst, type SearchMode } from '../../lib/search.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (
    term: string,
    options?: { filters?: Record<string, string | string[]> },
  ) => Promise<{ results: PagefindResult[] }>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

export interface SearchHit {
  url: string;
  title: string;
  section: string;
  /** Pagefind's excerpt: text with <mark> around matches (Pagefind escapes the text itself). */
  excerpt: string;
}

let loading: Promise<Pagefind> | undefined;

/** The site's base path, as the page was built with (set on <html data-base>). */
export const siteBase = () => document.documentElement.dataset.base ?? '/';

export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const base = siteBase();
    const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    await pagefind.options({ baseUrl: base, excerptLength: 40 });
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => {
    loading = undefined; // let a later attempt retry
  });
  return loading;
}

export interface SearchOutcome {
  mode: SearchMode;
  phraseCount: number;
  hits: SearchHit[];
  total: number;
}

/** Phrase-first search; `limit` results are loaded in full. */
export async function searchSite(
  query: string,
  filters: Record<string, string> = {},
  limit = 20,
): Promise<SearchOutcome> {
  const pagefind = await loadPagefind();
  const run = async (term: string) => (await pagefind.search(term, { filters })).results;
  const { mode, results, phraseCount } = await phraseFirst(query, run);
  const hits = await Promise.all(
    results.slice(0, limit).map(async (r) => {
      const data = await r.data();
      return {
        url: data.url,
        title: data.meta.title ?? data.url,
        section: data.filters['栏目']?.[0] ?? '',
        excerpt: data.excerpt,
      };
    }),
  );
  return { mode, phraseCount, hits: titleMatchesFirst(query, hits), total: results.length };
}

export async function sectionCounts(): Promise<Record<string, number>> {
  return (await (await loadPagefind()).filters())['栏目'] ?? {};
}

/** A result as a list item: section, linked title, excerpt. */
export function hitElement(hit: SearchHit, headingTag: 'h2' | 'h3' = 'h3'): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'search-hit';
  li.dataset.url = hit.url;
  const section = document.createElement('p');
  section.className = 'search-hit-section small muted';
  section.textContent = hit.section;
  const heading = document.createElement(headingTag);
  const link = document.createElement('a');
  link.href = hit.url;
  link.textContent = hit.title;
  heading.append(link);
  const excerpt = document.createElement('p');
  excerpt.className = 'search-hit-excerpt';
  excerpt.innerHTML = hit.excerpt;
  li.append(section, heading, excerpt);
  return li;
}
