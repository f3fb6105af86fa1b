/**
 * Pagefind, loaded on first use only (a reader who never searches downloads nothing), from the site's own
 * pagefind/ folder under the base path. Results come back with their section, title and highlighted excerpt.
 */
import { authoritativeFirst, phraseFirst, titleMatchesFirst, trimExcerpt, type SearchMode } from '../../lib/search.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (
    term: string,
    options?: { filters?: Record<string, string | string[]> },
  ) => Promise<{ results: PagefindResult[]; totalFilters: Record<string, Record<string, number>> }>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

export interface SearchHit {
  url: string;
  title: string;
  section: string;
  /** Pagefind's excerpt: text with <mark> around matches (Pagefind escapes the text itself). */
  excerpt: string;
  score: number;
  /** An illustrative (示例) page: its 示例 mark carries data-pagefind-meta="example". */
  example: boolean;
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
  /** Matches of this query in each 栏目, whichever 栏目 is chosen: for the chips. */
  sectionCounts: Record<string, number>;
}

/** Phrase-first search; `limit` results are loaded in full. */
export async function searchSite(
  query: string,
  filters: Record<string, string> = {},
  limit = 20,
): Promise<SearchOutcome> {
  const pagefind = await loadPagefind();
  // Pagefind counts matches per filter only once the filter index is loaded, which a search without filters
  // does not do by itself (loaded once, then cached).
  await pagefind.filters();
  const run = async (term: string) => {
    const found = await pagefind.search(term, { filters });
    return { results: found.results, sectionCounts: found.totalFilters['栏目'] ?? {} };
  };
  const { mode, results, phraseCount, sectionCounts } = await phraseFirst(query, run);
  const hits = await Promise.all(
    results.slice(0, limit).map(async (r) => {
      const data = await r.data();
      return {
        url: data.url,
        title: data.meta.title ?? data.url,
        section: data.filters['栏目']?.[0] ?? '',
        excerpt: trimExcerpt(data.excerpt),
        score: r.score,
        example: data.meta.example !== undefined,
      };
    }),
  );
  return {
    mode,
    phraseCount,
    hits: titleMatchesFirst(query, authoritativeFirst(hits)),
    total: results.length,
    sectionCounts,
  };
}

/** Whether the full-text search can run here (loads the index's entry; throws when it cannot). */
export async function searchReady(): Promise<void> {
  await loadPagefind();
}

/** A result as a list item: section, linked title, excerpt. */
export function hitElement(hit: SearchHit, headingTag: 'h2' | 'h3' = 'h3'): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'search-hit';
  li.dataset.url = hit.url;
  // For the ranking's regression tests: what the order was decided on.
  li.dataset.score = hit.score.toFixed(4);
  if (hit.example) li.dataset.example = '';
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
