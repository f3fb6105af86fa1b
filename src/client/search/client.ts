/**
 * Pagefind, loaded on first use only (a reader who never searches downloads nothing), from the site's own
 * pagefind/ folder under the base path. Results come back with their section, title and highlighted excerpt.
 * The past editions' pages are in a bundle of their own, pagefind-editions/, merged in by a second Pagefind
 * instance only when the search page asks for them: the default search (and the header's) never loads it.
 */
import {
  authoritativeFirst,
  guideTextFirst,
  cleanQuery,
  describeSearch,
  excerptParts,
  phraseFirst,
  titleMatchesFirst,
  trimExcerpt,
  type ExcerptPart,
  type SearchMode,
} from '../../lib/search.ts';
import { excerptTerms, makeExcerpt } from '../../lib/search-excerpt.ts';
import type { Fact, Vocabulary } from '../../lib/search-question.ts';

/**
 * How questions are read and searched (./question.ts with src/lib/search-question.ts), loaded with the vocabulary on
 * the first search: the header every page carries holds none of it.
 */
type QuestionReader = typeof import('./question.ts');

interface PagefindResultData {
  url: string;
  excerpt: string;
  content: string;
  /** The text with Pagefind's word marks (zero-width spaces) kept, < and > as &lt; &gt; (pagefind.js loadFragment). */
  raw_content?: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}
export interface Pagefind {
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
  /** The excerpt as text pieces, the reader's words marked (src/lib/search-excerpt.ts). */
  excerpt: ExcerptPart[];
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
function retryable<T>(load: Promise<T>, forget: () => void): Promise<T> {
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
  mode: SearchMode | 'question';
  phraseCount: number;
  hits: SearchHit[];
  total: number;
  /** Matches of this query in each 栏目, whichever 栏目 is chosen: for the chips. */
  sectionCounts: Record<string, number>;
  /** How the search was made, for the status line. */
  description: string;
  /** Facts the site holds as data that answer the question (time limits, numbers), with their sources. */
  facts: Fact[];
  /** The next `count` results after those given (and after those this gave before), loaded in full. */
  more: (count: number) => Promise<SearchHit[]>;
}

export interface LoadedVocabulary {
  vocabulary: Vocabulary;
  dictionary: ReturnType<QuestionReader['dictionaryOf']>;
  reader: QuestionReader;
}
let vocabulary: Promise<LoadedVocabulary> | undefined;

/** search/vocabulary.json, loaded with the index on first use; a failed load is tried again next time. */
export function loadVocabulary(): Promise<LoadedVocabulary> {
  vocabulary ??= retryable(
    (async () => {
      const [response, reader] = await Promise.all([
        fetch(`${siteBase()}search/vocabulary.json`),
        import('./question.ts'),
      ]);
      if (!response.ok) throw new Error(`search/vocabulary.json: ${response.status}`);
      const v = (await response.json()) as Vocabulary;
      return { vocabulary: v, dictionary: reader.dictionaryOf(v), reader };
    })(),
    () => (vocabulary = undefined),
  );
  return vocabulary;
}

/**
 * Pagefind's data for a result, as the result lists show it: the excerpt made from the page's text with `terms`
 * highlighted (Pagefind's own excerpt only if it stored no text).
 */
export async function hitOf(r: PagefindResult, terms: readonly string[], score = r.score): Promise<SearchHit> {
  const data = await r.data();
  const title = data.meta.title ?? data.url;
  return {
    url: data.url,
    title,
    section: data.filters['栏目']?.[0] ?? '',
    // The text with its word marks: the excerpt is cut, and words highlighted, only between Pagefind's words.
    excerpt: data.content
      ? makeExcerpt(data.raw_content?.replace(/&lt;/g, '<').replace(/&gt;/g, '>') ?? data.content, terms, { title })
      : excerptParts(trimExcerpt(data.excerpt)),
    score,
    example: data.meta.example !== undefined,
    edition: data.meta.edition,
  };
}

/**
 * Search; `limit` results are loaded in full; with `editions`, the past editions' pages too. A plain word or phrase
 * is searched phrase first; a question (filler words, the readers' own words, several words) is read with the
 * site's vocabulary and searched word by word. Without the vocabulary (it did not load) every query is searched as
 * typed.
 */
export async function searchSite(
  query: string,
  filters: Record<string, string> = {},
  limit = 20,
  editions = false,
): Promise<SearchOutcome> {
  const [pagefind, loaded] = await Promise.all([
    editions ? loadPagefindWithEditions() : loadPagefind(),
    loadVocabulary().catch(() => undefined),
  ]);
  // Pagefind counts matches per filter only once the filter index is loaded, which a search without filters
  // does not do by itself (loaded once, then cached).
  await pagefind.filters();
  const q = loaded && loaded.reader.understand(query, loaded.vocabulary, loaded.dictionary);
  // The words the excerpts highlight: a question's words, or the query's own as the site's dictionary cuts them.
  const terms = (search: 'question' | SearchMode) =>
    excerptTerms(
      query,
      !loaded || search === 'phrase'
        ? []
        : search === 'question' && q
          ? [...q.said, ...q.terms]
          : loaded.reader.cutIntoWords(cleanQuery(query), loaded.dictionary.words, loaded.dictionary.longest),
    );
  if (loaded && q?.question && q.terms.length)
    return loaded.reader.searchQuestion(pagefind, q, loaded, filters, limit, terms('question'));
  const run = async (term: string) => {
    const found = await pagefind.search(term, { filters });
    return { results: found.results, sectionCounts: found.totalFilters['栏目'] ?? {} };
  };
  const { mode, results, phraseCount, sectionCounts } = await phraseFirst(query, run);
  // A run of words the pages do not hold together (党费单据): searched word by word, as a question.
  if (!results.length && loaded && q?.terms.length)
    return loaded.reader.searchQuestion(pagefind, q, loaded, filters, limit, terms('question'));
  const highlight = terms(mode);
  // Each batch is ranked within itself, as the first is: a result already shown never moves.
  let next = 0;
  const more = async (count: number) => {
    const batch = results.slice(next, next + count);
    next += batch.length;
    const hits = await Promise.all(batch.map((r) => hitOf(r, highlight)));
    return titleMatchesFirst(query, authoritativeFirst(hits, guideTextFirst));
  };
  return {
    mode,
    phraseCount,
    hits: await more(limit),
    total: results.length,
    sectionCounts,
    description: describeSearch(query, mode, phraseCount, results.length),
    facts: [],
    more,
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
  for (const part of hit.excerpt) {
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
