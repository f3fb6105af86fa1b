/**
 * A question searched word by word, and the facts that answer it drawn above the results: loaded on the first search
 * with the vocabulary (client.ts loadVocabulary), so the header script of every page stays small.
 */
import type { Fact, Understood } from '../../lib/search-question.ts';
import { describeQuestion, pickFacts, rankByWords, rankPages } from '../../lib/search-question.ts';
import { routes } from '../../lib/routes.ts';
import { authoritativeFirst } from '../../lib/search.ts';
import { sectionLabel } from '../../lib/sections.ts';
import {
  hitOf,
  siteBase,
  type LoadedVocabulary,
  type Pagefind,
  type PagefindResult,
  type SearchOutcome,
} from './client.ts';

export { cutIntoWords, dictionaryOf, understand } from '../../lib/search-question.ts';

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
export async function searchQuestion(
  pagefind: Pagefind,
  q: Understood,
  { vocabulary: v, dictionary }: LoadedVocabulary,
  filters: Record<string, string>,
  limit: number,
  /** The words the excerpts highlight. */
  highlight: readonly string[],
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
  const loaded = await Promise.all(candidates.map((c) => hitOf(byId.get(c.id)!, highlight, c.score)));
  // At the same relevance the guideline's own pages come before the 示例 ones, as in a keyword search.
  const ordered = authoritativeFirst(
    rankPages(
      loaded.map((hit, i) => ({ ...hit, id: candidates[i]!.id })),
      q,
      {
        forms: sectionLabel(routes.templates()),
        charts: sectionLabel(routes.flowcharts()),
        help: sectionLabel(routes.contribute()),
      },
    ),
  );
  const sectionCounts: Record<string, number> = {};
  for (const hit of ordered) if (hit.section) sectionCounts[hit.section] = (sectionCounts[hit.section] ?? 0) + 1;
  const facts = pickFacts(
    v.facts,
    q,
    ordered.map((h) => h.url),
    { dict: dictionary, pageWords: v.pageWords },
  );
  // Every result counted is loaded already: more of them are the ones not shown yet.
  const rest = ordered.slice(limit);
  return {
    mode: 'question',
    phraseCount: 0,
    hits: ordered.slice(0, limit),
    total: ordered.length,
    sectionCounts,
    description: describeQuestion(q, ordered.length),
    facts,
    more: (count) => Promise.resolve(rest.splice(0, count)),
  };
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
