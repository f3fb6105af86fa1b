/**
 * Pagefind, loaded on first use only (a reader who never searches downloads nothing), from the site's own
 * pagefind/ folder under the base path. Results come back with their section, title and highlighted excerpt.
 * The past editions' pages are in a bundle of their own, pagefind-editions/, merged in by a second Pagefind
 * instance only when the search page asks for them: the default search (and the header's) never loads it.
 */
import {
  authoritativeFirst,
  excerptParts,
  phraseFirst,
  titleMatchesFirst,
  trimExcerpt,
  type SearchMode,
} from '../../lib/search.ts';

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
  /** Pagefind 1.6: add another bundle's pages to this instance's searches (options as for `options`). */
  mergeIndex: (bundlePath: string, options?: Record<string, unknown>) => Promise<void>;
  destroy: () => Promise<void>;
}
/** pagefind.js itself is the default instance; createInstance makes further, independent ones. */
interface PagefindModule extends Pagefind {
  createInstance: (options: Record<string, unknown>) => Pagefind;
}

export interface SearchHit {
  url: string;
  title: string;
  section: string;
  /** Pagefind's excerpt: text with <mark> around matches (< and > of the text as &lt; &gt;); see excerptParts. */
  excerpt: string;
  score: number;
  /** An illustrative (示例) page: its 示例 mark carries data-pagefind-meta="example". */
  example: boolean;
  /** A page of a past edition: its edition, e.g. “2022 年版” (data-pagefind-meta="edition:…"). */
  edition?: string | undefined;
}

let loading: Promise<Pagefind> | undefined;
let loadingWithEditions: Promise<Pagefind> | undefined;

/** The site's base path, as the page was built with (set on <html data-base>). */
export const siteBase = () => document.documentElement.dataset.base ?? '/';

/** The index stores addresses without the base; excerpts of 40 words. */
const searchOptions = () => ({ baseUrl: siteBase(), excerptLength: 40 });

const importPagefind = () => import(/* @vite-ignore */ `${siteBase()}pagefind/pagefind.js`) as Promise<PagefindModule>;

/** Forget a failed load, so that a later search tries again. */
function retryable(load: Promise<Pagefind>, forget: () => void): Promise<Pagefind> {
  load.catch(forget);
  return load;
}

/** The default search: the current site's pages only. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= retryable(
    (async () => {
      const pagefind = await importPagefind();
      await pagefind.options(searchOptions());
      await pagefind.init();
      return pagefind;
    })(),
    () => (loading = undefined),
  );
  return loading;
}

/**
 * The current pages and the past editions' together: an instance of its own (pagefind.js's createInstance) with
 * pagefind-editions/ merged in, so the default instance, which the header search shares, stays as it was. Pagefind
 * cannot un-merge an index; turning the filter off simply goes back to the default instance. The past editions keep
 * Pagefind's own ranking (no indexWeight, which would push them out of the results a reader asked them into);
 * authoritativeFirst puts the current page first where the two are equally relevant.
 */
export function loadPagefindWithEditions(): Promise<Pagefind> {
  loadingWithEditions ??= retryable(
    (async () => {
      const base = siteBase();
      const pagefind = (await importPagefind()).createInstance({ basePath: `${base}pagefind/`, ...searchOptions() });
      try {
        await pagefind.init();
        await pagefind.mergeIndex(`${base}pagefind-editions/`, searchOptions());
      } catch (error) {
        // A failed merge leaves its half-made index in the instance: drop the instance altogether.
        await pagefind.destroy().catch(() => undefined);
        throw error;
      }
      return pagefind;
    })(),
    () => (loadingWithEditions = undefined),
  );
  return loadingWithEditions;
}

export interface SearchOutcome {
  mode: SearchMode;
  phraseCount: number;
  hits: SearchHit[];
  total: number;
  /** Matches of this query in each 栏目, whichever 栏目 is chosen: for the chips. */
  sectionCounts: Record<string, number>;
}

/** Phrase-first search; `limit` results are loaded in full; with `editions`, the past editions' pages too. */
export async function searchSite(
  query: string,
  filters: Record<string, string> = {},
  limit = 20,
  editions = false,
): Promise<SearchOutcome> {
  const pagefind = await (editions ? loadPagefindWithEditions() : loadPagefind());
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
        edition: data.meta.edition,
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
  if (hit.edition) {
    // Said where the reader looks first, so a superseded rule is never taken for the current one.
    li.dataset.edition = hit.edition;
    section.textContent = [hit.section, `${hit.edition}（非现行版本）`].filter(Boolean).join(' · ');
  }
  const heading = document.createElement(headingTag);
  const link = document.createElement('a');
  link.href = hit.url;
  link.textContent = hit.title;
  heading.append(link);
  const excerpt = document.createElement('p');
  excerpt.className = 'search-hit-excerpt';
  // Built from text nodes: whatever the page's text held, the result list shows it and runs none of it.
  for (const part of excerptParts(hit.excerpt)) {
    if (!part.marked) {
      excerpt.append(part.text);
      continue;
    }
    const mark = document.createElement('mark');
    mark.textContent = part.text;
    excerpt.append(mark);
  }
  li.append(section, heading, excerpt);
  return li;
}
