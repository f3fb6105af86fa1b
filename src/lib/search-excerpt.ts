/**
 * The excerpt under a search result, made from the page's text as Pagefind stored it, not from Pagefind's own
 * excerpt: Pagefind cuts Chinese into words of its own (党组织 as 党组|织, 党（总）支部 with a lone 党) and highlights
 * each matched piece, so a search for 发展党员 lit up a lone 党; it starts and ends the excerpt mid-word; and it joins
 * the title, headings and paragraphs with an English “. ”. Here the reader's words are highlighted whole (a single
 * character only when the query is that one character), the excerpt starts after a punctuation mark and ends at
 * one or with “……”, and the joins read as Chinese. Pure: tested in Node, run in the browser (no Intl.Segmenter).
 */
import type { ExcerptPart } from './search.ts';

/** Pagefind's word boundary in Chinese text (zero-width space), kept as a place an excerpt may be cut. */
const ZWSP = '\u200b';
const HAN = /\p{Script=Han}/u;
/** Marks that end a sentence: an excerpt may start after one and end with one. */
const SENTENCE_END = /[。！？；!?;\n]/;
/** Marks inside a sentence, and the space Pagefind leaves between two blocks: the next place to start or end. */
const PAUSE = /[，、：,: ]/;
/** Chinese punctuation and closing brackets: no space is wanted after them. */
const CJK_PUNCTUATION = '。！？；：，、）】》」』”';

/** Places between words: a flag per offset (a page's text has tens of thousands; a Set of them is slow). */
export interface Breaks {
  has: (at: number) => boolean;
}

/** The page's text as Pagefind stored it, readable, with the places between words it may be cut at. */
export interface ReadableText {
  text: string;
  /** Offsets in `text` between two words (Pagefind's word boundaries, spaces and punctuation). */
  breaks: Breaks;
}

/**
 * Pagefind's stored text without its word marks, with its joins in Chinese: where a heading, a table cell or another
 * block ends without punctuation Pagefind adds “. ”, which after Chinese (or before it) becomes “。”, and after a
 * number standing alone (a table's 序号 cell: “1. 查阅”) “、”, as Chinese numbers a list. A space after a Chinese
 * punctuation mark goes.
 */
export function readableText(content: string): ReadableText {
  const joined = content
    .replace(/(^|[\s\p{P}])(\u200b?)(\d+)(\u200b?)\. (?=\u200b?\p{Script=Han})/gu, '$1$2$3$4、')
    .replace(/([\p{Script=Han}）】》」』”])(\u200b?)\. (?=\u200b?\S)/gu, '$1$2。')
    .replace(/([^\s\u200b.])(\u200b?)\. (?=\u200b?\p{Script=Han})/gu, '$1$2。')
    .replace(/([\p{Script=Han}）】》」』”])(\u200b?)\.\s*$/u, '$1$2。')
    .replace(new RegExp(`([${CJK_PUNCTUATION}]\u200b?)[^\\S\u200b]+`, 'g'), '$1')
    .replace(/[^\S\u200b]+/g, ' ')
    .trim();
  const words = joined.split(ZWSP);
  const text = words.join('');
  const flags = new Uint8Array(text.length + 1);
  let at = 0;
  for (const word of words) flags[(at += word.length)] = 1;
  // Around a space or a punctuation mark is always a place between words.
  for (const m of text.matchAll(/[\s\p{P}]/gu)) flags[m.index] = flags[m.index + m[0].length] = 1;
  return { text, breaks: { has: (offset) => flags[offset] === 1 } };
}

/**
 * The words to highlight for a query: the query as typed (without spaces) and its pieces, the words the search
 * looked for, each whole. A single Chinese character is highlighted only when the query is that one character: alone
 * it is in half the site's words (党 in 党组织, 党支部). Longest first, so that the longest match wins.
 */
export function excerptTerms(query: string, words: readonly string[] = []): string[] {
  const pieces = query
    .normalize('NFKC')
    .split(/[\s"“”]+/)
    .filter(Boolean);
  const whole = pieces.join('');
  const single = [...whole].length === 1;
  const terms = new Set<string>();
  for (const w of [whole, ...pieces, ...words]) {
    const word = w.trim().toLowerCase();
    if (!word) continue;
    if ([...word].length === 1 && HAN.test(word) && !single) continue;
    terms.add(word);
  }
  return [...terms].sort((a, b) => b.length - a.length);
}

interface Found {
  start: number;
  end: number;
  term: string;
}

/**
 * Where the terms are in the text, left to right, never overlapping; at each place the longest term wins. With
 * `breaks`, a term counts only where it begins and ends between words: 入党 is not in 填入党费 (填入 · 党费).
 */
export function findTerms(text: string, terms: readonly string[], breaks?: Breaks): Found[] {
  const lower = text.replace(/[A-Z]/g, (c) => c.toLowerCase());
  const found: Found[] = [];
  if (!terms.length) return found;
  const firsts = new Set(terms.map((t) => t[0]));
  for (let i = 0; i < lower.length;) {
    const between = (at: number) => !breaks || at === 0 || at === lower.length || breaks.has(at);
    const term =
      firsts.has(lower[i]) && between(i)
        ? terms.find((t) => lower.startsWith(t, i) && between(i + t.length))
        : undefined;
    if (!term) {
      i++;
      continue;
    }
    found.push({ start: i, end: i + term.length, term });
    i += term.length;
  }
  return found;
}

export interface ExcerptOptions {
  /** Characters of text to show, about; the cut moves back to a punctuation mark or a word boundary. */
  length?: number;
  /** The page's title: when the text starts with it (and the path above it), the excerpt does not repeat it. */
  title?: string;
}

/** The text after the page's title, when the title stands near the start (after the path, 党员管理 · 工作程序). */
function afterTitle(text: string, title: string | undefined): number {
  // The title as the text has it (a space after a closing bracket gone: “（示例） 示例”).
  title = title && readableText(title).text;
  if (!title) return 0;
  const at = text.indexOf(title);
  if (at < 0 || at > 40) return 0;
  let end = at + title.length;
  while (end < text.length && /[\s。.：:]/.test(text[end]!)) end++;
  return end;
}

/**
 * The excerpt: the stretch of the text about `length` characters long that holds the most of the terms (the longer
 * terms count more), started after the punctuation mark before it, ended at a punctuation mark or a word boundary
 * with “……”, the terms marked. With no term in the text, its opening.
 */
export function makeExcerpt(
  content: string,
  terms: readonly string[],
  { length = 80, title }: ExcerptOptions = {},
): ExcerptPart[] {
  const { text, breaks } = readableText(content);
  const from = afterTitle(text, title);
  const found = findTerms(text, terms, breaks).filter((f) => f.start >= from);

  // The window that holds the most: each found term in turn begins one.
  let best = { at: from, score: -1 };
  for (let i = 0; i < found.length; i++) {
    const seen = new Set<string>();
    let score = 0;
    for (let j = i; j < found.length && found[j]!.end <= found[i]!.start + length; j++) {
      // Different terms make a stretch tell more; the same term again does not (the earliest stretch wins a tie).
      if (!seen.has(found[j]!.term)) score += found[j]!.term.length;
      seen.add(found[j]!.term);
    }
    if (score > best.score) best = { at: found[i]!.start, score };
  }

  // Start after the end of the sentence before (up to a third of the length back), or after a pause; otherwise at
  // the term itself, a word.
  let start = best.at;
  let lead = '';
  if (start > from) {
    const back = Math.max(from, start - Math.floor(length / 3));
    const before = text.slice(back, start);
    const sentence = lastIndexOf(before, SENTENCE_END);
    const pause = lastIndexOf(before, PAUSE);
    if (sentence >= 0) start = back + sentence + 1;
    else if (pause >= 0) start = back + pause + 1;
    // Near the start of the text (after the title): from its start.
    else if (back === from) start = from;
    if (start > from && !SENTENCE_END.test(text[start - 1]!)) lead = '……';
  }

  let end = Math.min(text.length, start + length);
  let tail = '';
  if (end < text.length) {
    const inside = found.find((f) => f.start < end && f.end > end);
    if (inside) end = inside.end;
    const min = start + Math.floor(length * 0.6);
    const window = text.slice(min, end);
    const sentence = lastIndexOf(window, SENTENCE_END);
    const pause = lastIndexOf(window, PAUSE);
    if (sentence >= 0) end = min + sentence + 1;
    else if (pause >= 0) end = min + pause;
    else if (!inside) {
      let cut = end;
      while (cut > min && !breaks.has(cut)) cut--;
      if (cut > min) end = cut;
    }
    if (!SENTENCE_END.test(text[end - 1]!)) tail = '……';
  }

  const parts: ExcerptPart[] = [];
  const add = (piece: string, marked: boolean) => {
    if (!piece) return;
    const last = parts[parts.length - 1];
    if (last && last.marked === marked) last.text += piece;
    else parts.push({ text: piece, marked });
  };
  add(lead, false);
  let at = start;
  for (const f of found) {
    if (f.end <= start || f.start >= end) continue;
    add(text.slice(at, f.start), false);
    add(text.slice(f.start, f.end), true);
    at = f.end;
  }
  add(text.slice(at, end).trimEnd(), false);
  add(tail, false);
  return parts;
}

function lastIndexOf(text: string, pattern: RegExp): number {
  for (let i = text.length - 1; i >= 0; i--) if (pattern.test(text[i]!)) return i;
  return -1;
}
