/**
 * Search logic shared by the header's quick search and the /search/ page, kept free of the browser so it is
 * tested in Node: which section a page belongs to, and the phrase-first strategy.
 */
import { routes } from './routes.ts';
import { sectionLabel, sectionOf } from './sections.ts';

/** The 栏目 filter value of a page, from its address (the section table). */
export const searchSection = (path: string): string | undefined => sectionOf(path)?.label;

/** Strip quotes the reader typed; the strategy adds its own. */
export const cleanQuery = (query: string) => query.replace(/["“”]/g, ' ').replace(/\s+/g, ' ').trim();

export const phraseOf = (query: string) => `"${cleanQuery(query)}"`;

export interface Hit {
  id: string;
}

/** One search's answer: its ranked hits and, per 栏目, how many pages it matched. */
export interface Answer<T extends Hit> {
  results: T[];
  sectionCounts: Record<string, number>;
}

export type SearchMode = 'phrase' | 'widened' | 'words';

/**
 * Phrase first, for precision: the pages containing the whole query are the results; only when they are fewer
 * than `enough` are pages matching its separate words added after them. Pagefind gives phrase matches no ranking
 * (every score is 1), so both lists are put in the order of the ranked word search. The 栏目 counts are those of
 * the results shown: the phrase search's, or, once widened, the word search's (every phrase match is a word match).
 */
export async function phraseFirst<T extends Hit>(
  query: string,
  search: (term: string) => Promise<Answer<T>>,
  enough = 3,
): Promise<{ mode: SearchMode; results: T[]; phraseCount: number; sectionCounts: Record<string, number> }> {
  const clean = cleanQuery(query);
  if (!clean) return { mode: 'phrase', results: [], phraseCount: 0, sectionCounts: {} };
  const [phrase, words] = await Promise.all([search(phraseOf(clean)), search(clean)]);
  const inPhrase = new Set(phrase.results.map((r) => r.id));
  const ranked = [...words.results.filter((r) => inPhrase.has(r.id))];
  const rankedIds = new Set(ranked.map((r) => r.id));
  ranked.push(...phrase.results.filter((r) => !rankedIds.has(r.id)));
  if (ranked.length >= enough) {
    return { mode: 'phrase', results: ranked, phraseCount: ranked.length, sectionCounts: phrase.sectionCounts };
  }
  const rest = words.results.filter((r) => !inPhrase.has(r.id));
  return {
    mode: ranked.length ? 'widened' : 'words',
    results: [...ranked, ...rest],
    phraseCount: ranked.length,
    sectionCounts: words.sectionCounts,
  };
}

/** Scores within 5% count as the same relevance: Pagefind's scores differ a little for equally good pages. */
const SAME_RELEVANCE = 1.05;

interface Rankable {
  score: number;
  example: boolean;
  edition?: string | undefined;
  section?: string | undefined;
}

/** How far a hit gives way at the same relevance: not at all (0), or as a 示例 page or a past edition's page (2). */
export const exampleOrPast = (hit: Rankable): number => (hit.example || hit.edition !== undefined ? 2 : 0);

const FORMS_AND_CHARTS = new Set([sectionLabel(routes.templates()), sectionLabel(routes.flowcharts())]);

/**
 * For a keyword search: besides 示例 and past editions, the forms and charts give way (1) to the guideline's own text
 * at the same relevance — a word such as 联合党支部 is as frequent in a procedure's template as in the procedure, and
 * the reader looking it up should meet the procedure first. (A question that asks for a form keeps its own order.)
 */
export const guideTextFirst = (hit: Rankable): number =>
  exampleOrPast(hit) || (hit.section !== undefined && FORMS_AND_CHARTS.has(hit.section) ? 1 : 0);

/**
 * At the same relevance, the guideline's own current pages come before illustrative (示例) ones and before the past
 * editions' (searched only when the reader asks): a reader asking how to do something should meet the rule in
 * force before the sample or the superseded text. Otherwise the ranked order stays. `standing` says how far each
 * hit gives way (higher gives way to lower).
 */
export function authoritativeFirst<T extends Rankable>(hits: readonly T[], standing = exampleOrPast): T[] {
  const out: T[] = [];
  for (const hit of hits) {
    let at = out.length;
    // A hit moves up past the pages just before it that give way more and are no more relevant.
    while (at > 0 && standing(out[at - 1]!) > standing(hit) && out[at - 1]!.score <= hit.score * SAME_RELEVANCE) at--;
    out.splice(at, 0, hit);
  }
  return out;
}

/**
 * Pagefind cuts its excerpt at a word, often just after a comma or a full stop: the excerpt starts at the first
 * word, not at punctuation left over from the sentence before. (HTML-escaped text: an entity such as &amp; stays.)
 */
export const trimExcerpt = (excerpt: string): string => excerpt.replace(/^(?:(?!&)[\s\p{P}])+/u, '');

/** A piece of an excerpt: text, highlighted where it matched. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/**
 * Pagefind's excerpt as text pieces for the page to build with text nodes and <mark> elements, never with
 * innerHTML: Pagefind escapes only < and > of the page's text (pagefind.js: raw_content), so its excerpt is HTML by
 * convention only, and a future version or an index of other pages could carry markup. `&lt;` and `&gt;` are
 * Pagefind's; any other entity-like text is the page's own and shows as written.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>' || piece === '</mark>') {
      marked = piece === '<mark>';
      continue;
    }
    const text = piece.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
    if (!text) continue;
    const last = parts[parts.length - 1];
    if (last && last.marked === marked) last.text += text;
    else parts.push({ text, marked });
  }
  return parts;
}

/**
 * A page whose title holds the whole query is what the reader most likely wants (the template “换届选举结果的报告”
 * for 换届选举结果, the procedure “四强”党支部创评 for 四强): such hits go first, each group keeping its ranked order.
 * Pagefind's word ranking alone favours short pages dense in the query's single characters.
 */
export function titleMatchesFirst<T extends { title: string }>(query: string, hits: T[]): T[] {
  const q = cleanQuery(query).replace(/\s+/g, '');
  if (!q) return hits;
  const inTitle = (h: T) => h.title.replace(/[\s“”"]/g, '').includes(q);
  return [...hits.filter(inTitle), ...hits.filter((h) => !inTitle(h))];
}

/** The search page's field (and address parameter) that brings in the past editions: ?往年版本=1. */
export const EDITIONS_PARAM = '往年版本';

/** What the search page's status line says the search covered, before how it searched. */
export function searchScope(section: string, editions: boolean): string {
  if (section && editions) return `在“${section}”栏目中（连同往年版本）：`;
  if (section) return `在“${section}”栏目中：`;
  return editions ? '连同往年版本：' : '';
}

/** What the page says about how it searched. */
export function describeSearch(query: string, mode: SearchMode, phraseCount: number, total: number): string {
  const q = cleanQuery(query);
  if (!total) return `没有找到包含“${q}”的页面。可以换一个说法，或少输入几个字。`;
  if (mode === 'phrase') return `按完整词语“${q}”找到 ${total} 个页面。`;
  if (mode === 'widened')
    return `按完整词语“${q}”只找到 ${phraseCount} 个页面，另按拆分后的词语补充了 ${total - phraseCount} 个。`;
  return `没有页面包含完整的“${q}”，以下是按拆分后的词语找到的 ${total} 个页面。`;
}

/** The status line's addition when not every page found is shown yet: “显示前 30 个。”. */
export function describeShown(shown: number, total: number): string {
  return shown < total ? `显示前 ${shown} 个。` : '';
}

/** The button that shows the next results: “显示更多（还有 29 个）”, or how many the next press adds. */
export function describeMore(left: number, batch: number): string {
  return left > batch ? `再显示 ${batch} 个（还有 ${left} 个）` : `显示更多（还有 ${left} 个）`;
}
