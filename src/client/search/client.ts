/**
 * Pagefind, loaded on first use only (a reader who never searches downloads nothing), from the site's own
 * pagefind/ folder under the base path. Results come back with their section, title and highlighted excerpt.
 * The past editions' pages are in a bundle of their own, pagefind-editions/, merged in by a second Pagefind
 * instance only when the search page asks for them: the default search (and the header's) never loads it.
 */
import {
  authoritativeFirst,
  describeSearch,
  excerptParts,
  phraseFirst,
  titleMatchesFirst,
  trimExcerpt,
  type SearchMode,
} from '../../lib/search.ts';
import {
  describeQuestion,
  dictionaryOf,
  pickFacts,
  rankByWords,
  rankPages,
  understand,
  type Fact,
  type Understood,
  type Vocabulary,
} from '../../lib/search-question.ts';

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
}

interface LoadedVocabulary {
  vocabulary: Vocabulary;
  dictionary: ReturnType<typeof dictionaryOf>;
}
let vocabulary: Promise<LoadedVocabulary> | undefined;

/** search/vocabulary.json, loaded with the index on first use; a failed load is tried again next time. */
export function loadVocabulary(): Promise<LoadedVocabulary> {
  vocabulary ??= retryable(
    (async () => {
      const response = await fetch(`${siteBase()}search/vocabulary.json`);
      if (!response.ok) throw new Error(`search/vocabulary.json: ${response.status}`);
      const v = (await response.json()) as Vocabulary;
      return { vocabulary: v, dictionary: dictionaryOf(v) };
    })(),
    () => (vocabulary = undefined),
  );
  return vocabulary;
}

/** Pagefind's data for a result, as the result lists show it. */
async function hitOf(r: PagefindResult, score = r.score): Promise<SearchHit> {
  const data = await r.data();
  return {
    url: data.url,
    title: data.meta.title ?? data.url,
    section: data.filters['栏目']?.[0] ?? '',
    excerpt: trimExcerpt(data.excerpt),
    score,
    example: data.meta.example !== undefined,
    edition: data.meta.edition,
  };
}

/**
 * Pages whose score is below this share of the best are left out of a question's results: they hold only common
 * words. Low, because the pages the reader's words name and the titles are weighed after this cut.
 */
const RELEVANT_SHARE = 0.15;

/**
 * A question: each of its words searched alone, the pages ranked by how many of the words they hold and how telling
 * each word is (src/lib/search-question.ts), then by the pages the reader's words name and the titles. The best
 * pages' data is loaded to rank them and count their 栏目.
 */
async function searchQuestion(
  pagefind: Pagefind,
  q: Understood,
  v: Vocabulary,
  filters: Record<string, string>,
  limit: number,
): Promise<SearchOutcome> {
  const searches = await Promise.all(
    q.terms.map(async (term) => ({ term, found: await pagefind.search(term, { filters }) })),
  );
  const byId = new Map<string, PagefindResult>();
  for (const { found } of searches) for (const r of found.results) byId.set(r.id, r);
  const pageCount = Math.max(byId.size, ...searches.map((s) => s.found.results.length), 1);
  const ranked = rankByWords(
    searches.map(({ term, found }) => ({ term, hits: found.results.map((r) => ({ id: r.id, score: r.score })) })),
    // Every page of the site would be a truer count; the pages holding any of the words are close enough to weigh them.
    Math.max(pageCount, 200),
  );
  const best = ranked[0]?.score ?? 0;
  const candidates = ranked.filter((r) => r.score >= best * RELEVANT_SHARE).slice(0, Math.max(limit, 12) + 10);
  const loaded = await Promise.all(candidates.map((c) => hitOf(byId.get(c.id)!, c.score)));
  const ordered = rankPages(
    loaded.map((hit, i) => ({ ...hit, id: candidates[i]!.id })),
    q,
    { forms: '文书模板', charts: '流程图', help: '帮助' },
  );
  const sectionCounts: Record<string, number> = {};
  for (const hit of ordered) if (hit.section) sectionCounts[hit.section] = (sectionCounts[hit.section] ?? 0) + 1;
  const facts = pickFacts(
    v.facts,
    q,
    ordered.map((h) => h.url),
  );
  return {
    mode: 'question',
    phraseCount: 0,
    hits: ordered.slice(0, limit),
    total: ordered.length,
    sectionCounts,
    description: describeQuestion(q, ordered.length),
    facts,
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
  const q = loaded && understand(query, loaded.vocabulary, loaded.dictionary);
  if (loaded && q?.question && q.terms.length) return searchQuestion(pagefind, q, loaded.vocabulary, filters, limit);
  const run = async (term: string) => {
    const found = await pagefind.search(term, { filters });
    return { results: found.results, sectionCounts: found.totalFilters['栏目'] ?? {} };
  };
  const { mode, results, phraseCount, sectionCounts } = await phraseFirst(query, run);
  // A run of words the pages do not hold together (党费单据): searched word by word, as a question.
  if (!results.length && loaded && q?.terms.length)
    return searchQuestion(pagefind, q, loaded.vocabulary, filters, limit);
  const hits = await Promise.all(results.slice(0, limit).map((r) => hitOf(r)));
  return {
    mode,
    phraseCount,
    hits: titleMatchesFirst(query, authoritativeFirst(hits)),
    total: results.length,
    sectionCounts,
    description: describeSearch(query, mode, phraseCount, results.length),
    facts: [],
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

/**
 * The facts that answer a question, above the results: each in the page's words, with its source and a link to the
 * page that says it (“预备期一年…… — 《中国共产党章程》第七条 → 发展党员”). Built from text nodes.
 */
export function factsElement(facts: readonly Fact[], labelTag: 'h2' | 'p' = 'h2'): HTMLElement {
  const box = document.createElement('section');
  box.className = 'search-facts';
  const heading = document.createElement(labelTag);
  heading.className = 'search-facts-title';
  heading.textContent = '页面中的相关规定';
  // A heading names the section on the search page; in the header's panel (no headings there) the label does.
  if (labelTag === 'h2') {
    heading.id = 'search-facts-title';
    box.setAttribute('aria-labelledby', heading.id);
  } else box.setAttribute('aria-label', heading.textContent);
  const list = document.createElement('ul');
  list.className = 'plain-list';
  for (const fact of facts) {
    const item = document.createElement('li');
    const text = document.createElement('p');
    text.className = 'search-fact-text';
    text.textContent = fact.text;
    const from = document.createElement('p');
    from.className = 'search-fact-source small';
    if (fact.source) from.append(`依据：${fact.source}　`);
    const link = document.createElement('a');
    link.href = `${siteBase()}${fact.href.replace(/^\//, '')}`;
    link.textContent = `详见：${fact.title}`;
    from.append(link);
    item.append(text, from);
    list.append(item);
  }
  box.append(heading, list);
  return box;
}
