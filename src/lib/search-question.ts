/**
 * Questions, not keywords. A reader types “入党要多久” rather than “发展党员 时限”: this module reads such a question
 * with the site's vocabulary (content/search/words.yaml and the `readerWords` of procedures and templates, served as
 * search/vocabulary.json) and turns it into the site's own words, the kind of answer asked (a time limit, a number, a
 * form), and the pages the reader's words point to. It then ranks the pages found for each word and picks the facts
 * the site holds as data (time limits, numbers) that answer the question. Everything here is pure and runs the same
 * in every browser: the question is cut into words by the site's own dictionary (longest match), never by
 * Intl.Segmenter, which the readers' old browsers (Chromium 83, Firefox 78) lack.
 */

/** The kinds of answer a question can ask for, as words.yaml names them. */
export const ANSWER_KINDS = ['时限', '数量', '表格', '流程图'] as const;
export type AnswerKind = (typeof ANSWER_KINDS)[number];

/** What search/vocabulary.json holds (built by src/data/search.ts). */
export interface Vocabulary {
  /** Words of the site's pages (cut with the build machine's full ICU data), for cutting a question into words. */
  words: string[];
  /** Question and filler words: they never block a match. */
  ignore: string[];
  /** A reader's word → the site's word(s) it stands for, and the kind of answer it asks for. */
  readerWords: Record<string, { terms: string[]; kind?: AnswerKind }>;
  /** A reader's word → the pages it names (the procedure or template whose `readerWords` list it). */
  pageWords: Record<string, { href: string; terms: string[] }[]>;
  facts: Fact[];
}

/** A fact the site holds as data, with its source: a time limit, a number, a threshold. */
export interface Fact {
  /** The fact in the page's words, e.g. 预备期一年，从支部大会通过之日算起. */
  text: string;
  /** Where it is written, e.g. 《中国共产党章程》第七条; empty when the page itself is the source. */
  source: string;
  /** The page that says it. */
  href: string;
  title: string;
  kinds: AnswerKind[];
}

export interface Understood {
  /** The site's words to search for, most telling first (the reader's own words, then what they stand for). */
  terms: string[];
  /** Kinds of answer asked for (多久 → 时限). */
  kinds: AnswerKind[];
  /** Pages the reader's words name directly. */
  pages: string[];
  /** “入党 → 发展党员”: what the reader's words were read as, for the status line. */
  readAs: { said: string; meant: string[] }[];
  /**
   * Whether the query reads as a question: filler or question words, words only readers use, several pieces. A run
   * of the site's own words is a keyword (searched as a phrase first, and as a question only if that finds nothing).
   */
  question: boolean;
  /** The reader's own words that say what the question is about (not filler, not 多久): for picking facts. */
  said: string[];
}

const CJK = /\p{Script=Han}/u;

/** Full-width letters and digits as half-width, lower case, punctuation and spaces as breaks. */
export function normaliseQuestion(query: string): string[] {
  return query
    .normalize('NFKC')
    .toLowerCase()
    .split(/[\s\p{P}\p{S}]+/u)
    .filter(Boolean);
}

/**
 * Cut a run of text into words by longest match against the dictionary: runs of Han characters word by word (a
 * character the dictionary does not know stands alone), digits and Latin letters as they are.
 */
export function cutIntoWords(text: string, dictionary: ReadonlySet<string>, longest: number): string[] {
  const out: string[] = [];
  const chars = [...text];
  let i = 0;
  while (i < chars.length) {
    const ch = chars[i]!;
    if (!CJK.test(ch)) {
      let j = i;
      while (j < chars.length && !CJK.test(chars[j]!)) j++;
      out.push(chars.slice(i, j).join(''));
      i = j;
      continue;
    }
    let len = Math.min(longest, chars.length - i);
    for (; len > 1; len--) {
      const piece = chars.slice(i, i + len);
      if (piece.every((c) => CJK.test(c)) && dictionary.has(piece.join(''))) break;
    }
    out.push(chars.slice(i, i + len).join(''));
    i += len;
  }
  return out;
}

/** The dictionary a vocabulary cuts with: the site's words and every word the vocabulary itself names. */
export function dictionaryOf(v: Vocabulary): { words: Set<string>; longest: number } {
  const words = new Set([...v.words, ...v.ignore, ...Object.keys(v.readerWords), ...Object.keys(v.pageWords)]);
  let longest = 1;
  for (const w of words) longest = Math.max(longest, [...w].length);
  return { words, longest };
}

const push = <T>(list: T[], ...items: T[]) => {
  for (const item of items) if (!list.includes(item)) list.push(item);
};

/**
 * Read a question: drop the question and filler words, keep the site's words, and replace the reader's words with the
 * site's (keeping the reader's word too when pages use it). A single character left over (了, 转) is dropped unless
 * nothing else is left: alone, it matches half the site.
 */
export function understand(
  query: string,
  v: Vocabulary,
  dict: { words: ReadonlySet<string>; longest: number } = dictionaryOf(v),
): Understood {
  const pieces = normaliseQuestion(query);
  const ignore = new Set(v.ignore);
  const site = new Set(v.words);
  const terms: string[] = [];
  const meant: string[] = [];
  const kinds: AnswerKind[] = [];
  const pages: string[] = [];
  const readAs: Understood['readAs'] = [];
  const said: string[] = [];
  const singles: string[] = [];
  let dropped = 0;
  for (const piece of pieces) {
    // Characters the dictionary does not know, side by side, are kept together: a word the site's text does not
    // have as such (a reader's 党费单) is still searched as written.
    let unknown = '';
    const flush = () => {
      if ([...unknown].length > 1) (push(terms, unknown), push(said, unknown));
      else if (unknown) singles.push(unknown);
      unknown = '';
    };
    for (const word of cutIntoWords(piece, dict.words, dict.longest)) {
      if (ignore.has(word)) {
        flush();
        dropped++;
        continue;
      }
      const reader = v.readerWords[word];
      const named = v.pageWords[word];
      if (reader || named) {
        flush();
        const standsFor = [...(reader?.terms ?? []), ...(named ?? []).flatMap((p) => p.terms)];
        if (reader?.kind) push(kinds, reader.kind);
        for (const p of named ?? []) push(pages, p.href);
        // The reader's word is searched too where the site uses it (入党 is on many pages); a word only readers use
        // (改选) would match nothing.
        // A word that only says what is asked (多久, 几次) is not searched for itself.
        const onlyAsks = reader !== undefined && !reader.terms.length && !named;
        if (!onlyAsks) push(said, word);
        if (site.has(word) && !onlyAsks) push(terms, word);
        push(meant, ...standsFor);
        if (standsFor.length && !(standsFor.length === 1 && standsFor[0] === word))
          readAs.push({ said: word, meant: standsFor });
        continue;
      }
      if ([...word].length === 1 && CJK.test(word) && !site.has(word)) {
        unknown += word;
        continue;
      }
      flush();
      push(terms, word);
      push(said, word);
    }
    flush();
  }
  push(terms, ...meant);
  if (!terms.length && !kinds.length) push(terms, ...singles);
  // Words only readers use (改选, 几年一届) make a question; a run of the site's own words (党费交纳登记表) stays a
  // keyword and is searched as a phrase first, as it always was.
  const readersOnly = readAs.some((r) => !site.has(r.said));
  const question = pieces.length > 1 || dropped > 0 || kinds.length > 0 || readersOnly;
  return { terms, kinds, pages, readAs, question, said };
}

/** What a search engine found for one word: each page's id and score. */
export interface TermHits {
  term: string;
  hits: { id: string; score: number }[];
}

/**
 * Pages found for the question's words, best first: each word counts for the pages it is found on, the more so the
 * fewer pages it is on (a word on every page tells nothing), each page's share scaled by the engine's own score
 * for that word. A page that has more of the question's words comes first; no word is required.
 */
export function rankByWords(found: readonly TermHits[], pageCount: number): { id: string; score: number }[] {
  const total = new Map<string, number>();
  for (const { hits } of found) {
    if (!hits.length) continue;
    const weight = Math.log(1 + pageCount / hits.length);
    const best = Math.max(...hits.map((h) => h.score)) || 1;
    for (const h of hits) total.set(h.id, (total.get(h.id) ?? 0) + weight * (0.5 + (0.5 * h.score) / best));
  }
  return [...total].map(([id, score]) => ({ id, score })).sort((a, b) => b.score - a.score);
}

/** How much a page named by the reader's words, a title with the question's words, or a form asked for counts. */
const NAMED_PAGE = 4;
const TITLE_WORD = 1.5;
const FORM_ASKED = 2;
/** The editors' guide (栏目 帮助) answers editors: in a reader's question it counts for half. */
const FOR_EDITORS = 0.5;

export interface RankedPage {
  id: string;
  score: number;
  url: string;
  title: string;
  section: string;
}

/**
 * The final order, once the best pages' addresses and titles are known: a page the reader's words name comes first,
 * then pages whose title holds the question's words; a question asking for a form (表格) or a chart (流程图) puts
 * the 文书模板 or the 流程图 first.
 * `sections` names the 栏目 of the forms, the charts and the editors' help. Each page comes back with its final score.
 */
export function rankPages<T extends RankedPage>(
  pages: readonly T[],
  q: Understood,
  sections: { forms: string; charts: string; help: string },
): T[] {
  const path = (url: string) => url.replace(/^[a-z]+:\/\/[^/]+/i, '');
  const boosted = pages.map((p) => {
    let score = p.section === sections.help ? p.score * FOR_EDITORS : p.score;
    if (q.pages.some((href) => path(p.url).endsWith(href))) score += NAMED_PAGE;
    const inTitle = q.terms.filter((t) => p.title.includes(t)).length;
    if (inTitle) score += (TITLE_WORD * inTitle) / q.terms.length + TITLE_WORD / 2;
    if (q.kinds.includes('表格') && p.section === sections.forms) score += FORM_ASKED;
    if (q.kinds.includes('流程图') && p.section === sections.charts) score += FORM_ASKED;
    return { page: p, score };
  });
  return boosted.sort((a, b) => b.score - a.score).map((b) => ({ ...b.page, score: b.score }));
}

/** Whether a fact's page is one of the given pages (addresses with or without the site's base). */
const onPage = (fact: Fact, urls: readonly string[]) => urls.some((u) => u.split('#')[0]!.endsWith(fact.href));

/**
 * The facts that answer the question, at most `max`: from the pages ranked first (the first three, and any page the
 * reader's words name), of the kind asked for if one was, holding more of the question's words than the rest. A fact
 * must hold at least one of the question's words that is not in its page's title (预备期 in “预备期多久”), or answer
 * the kind asked: “发展党员多久” alone does not pick one of its thirty time limits at random.
 */
export function pickFacts(
  facts: readonly Fact[],
  q: Understood,
  ranked: readonly string[],
  words?: { dict: { words: ReadonlySet<string>; longest: number }; pageWords: Vocabulary['pageWords'] },
  max = 2,
): Fact[] {
  const pages = [...ranked.slice(0, 3), ...q.pages];
  const said = [...new Set([...q.said, ...q.terms])];
  // A reader's name for the fact's own page counts only where it stands as a word of the fact, cut as the question
  // was: 入党 names 发展党员, and is not the 入党 of 入党申请书 (“入党要多久” is not answered by the first talk's limit).
  const namesPage = (w: string, f: Fact) => words?.pageWords[w]?.some((p) => p.href === f.href) ?? false;
  const holds = (f: Fact, w: string) => {
    if (!f.text.includes(w)) return false;
    if (!words || !namesPage(w, f)) return true;
    const { dict } = words;
    return normaliseQuestion(f.text).some((piece) => cutIntoWords(piece, dict.words, dict.longest).includes(w));
  };
  const candidates = facts
    .filter((f) => onPage(f, pages))
    .filter((f) => !q.kinds.length || f.kinds.some((k) => q.kinds.includes(k)));
  // A word in few of the candidate facts tells more than one in most (到会 against 支部大会).
  const inFacts = (w: string) => candidates.filter((f) => holds(f, w)).length;
  const weightOf = new Map(
    said.map((w) => [w, [...w].length * Math.log(1 + candidates.length / Math.max(1, inFacts(w)))]),
  );
  const scored = candidates
    .map((f) => {
      const own = said.filter((w) => holds(f, w) && !f.title.includes(w));
      const weight = own.reduce((sum, w) => sum + weightOf.get(w)!, 0);
      const rank = pages.findIndex((u) => onPage(f, [u]));
      return { f, own: own.length, score: weight * 10 - rank };
    })
    .filter((s) => s.own > 0)
    .sort((a, b) => b.score - a.score);
  if (scored.length) return scored.slice(0, max).map((s) => s.f);
  // “谈心谈话一年几次”: the question names the page and the kind, and says nothing else. The page's facts of that
  // kind answer it when there are no more than can be shown; otherwise which to show would be a guess.
  const named = candidates.filter((f) => q.kinds.length && onPage(f, q.pages));
  return named.length <= max ? named : [];
}

/** The kinds of answer a fact gives, from its words: a time limit, a number or share. */
export function factKinds(text: string): AnswerKind[] {
  const kinds: AnswerKind[] = [];
  const amount = '(?:\\d+(?:\\.\\d+)?|[一二两三四五六七八九十半百千]+)';
  if (
    new RegExp(`${amount}(?:个)?(?:月|年|日|天|周|工作日|学时|小时)|每(?:月|季度|半年|年|届)|任期|届满|期满|之日`).test(
      text,
    )
  )
    kinds.push('时限');
  if (new RegExp(`\\d+%|半数|分之|\\d+/\\d+|${amount}(?:名|人|次|元|个(?!月)|项|天|学时)`).test(text))
    kinds.push('数量');
  return kinds;
}

/** The status line's words for how a question was read: “按“发展党员、时限”查找（“入党”即“发展党员”）”. */
export function describeQuestion(q: Understood, total: number): string {
  const words = q.terms.join('、');
  const read = q.readAs.map((r) => `“${r.said}”按“${r.meant.join('、')}”`).join('，');
  const how = read ? `（${read}查找）` : '';
  if (!total) return `没有找到与“${words}”有关的页面${how}。可以换一个说法，或少输入几个字。`;
  return `按问题中的“${words}”找到 ${total} 个页面${how}，最相关的排在前面。`;
}
