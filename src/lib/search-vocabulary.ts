/**
 * What the search's vocabulary file is made of, at build time: the site's words (cut by Node's full ICU data, which
 * the readers' browsers may lack) and the facts a question can be answered with. Pure, tested in Node.
 */
import { factKinds, type Fact } from './search-question.ts';

const HAN_WORD = /^\p{Script=Han}{2,8}$/u;
const HAN = /^\p{Script=Han}+$/u;

/** Two neighbouring pieces are one word when they are seen together at least this often… */
const JOINED_AT_LEAST = 4;
/** …and most times the rarer piece occurs, it occurs in this pair (党 + 费: 费 is almost always 党费)… */
const JOINED_SHARE = 0.5;
/** …or the pair is one of the site's commonest (党 + 支部, 党组 + 织), */
const JOINED_OFTEN = 20;
/** …but never with a function word, however often (的 + 党员). */
const FUNCTION_CHARS = new Set([...'的了和与及或在是由对向按为将把被从于等并后前中上下内时每各其之以而且也都就要']);

/**
 * The words of the site's text that a question can be cut into: Han words of two to eight characters that occur at
 * least twice (a word written once is more likely a mis-cut than a term a reader would type), plus `always`.
 * ICU's dictionary does not know the site's terms and cuts 党费 into 党/费, 预备期 into 预备/期, 党组织 into 党组/织:
 * two neighbouring pieces that nearly always occur together are taken as one word (twice over, for three pieces).
 */
export function siteWords(texts: readonly string[], always: readonly string[] = []): string[] {
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  let runs: string[][] = [];
  for (const text of texts) {
    let run: string[] = [];
    for (const { segment, isWordLike } of segmenter.segment(text)) {
      if (isWordLike && HAN.test(segment)) run.push(segment);
      else if (run.length) {
        runs.push(run);
        run = [];
      }
    }
    if (run.length) runs.push(run);
  }
  for (let round = 0; round < 2; round++) runs = joinCollocations(runs);
  const counts = new Map<string, number>();
  for (const run of runs) for (const w of run) counts.set(w, (counts.get(w) ?? 0) + 1);
  const words = new Set([...counts].filter(([w, n]) => n >= 2 && HAN_WORD.test(w)).map(([w]) => w));
  for (const w of always) if (HAN_WORD.test(w)) words.add(w);
  return [...words].sort();
}

/** Runs of pieces with each pair that nearly always occurs together joined into one piece. */
function joinCollocations(runs: readonly string[][]): string[][] {
  const single = new Map<string, number>();
  const pairs = new Map<string, number>();
  for (const run of runs) {
    run.forEach((w, i) => {
      single.set(w, (single.get(w) ?? 0) + 1);
      const next = run[i + 1];
      if (next) pairs.set(`${w}\u0000${next}`, (pairs.get(`${w}\u0000${next}`) ?? 0) + 1);
    });
  }
  const joins = (a: string, b: string) => {
    const n = pairs.get(`${a}\u0000${b}`) ?? 0;
    if (n < JOINED_AT_LEAST || [...a].length + [...b].length > 6) return false;
    if (FUNCTION_CHARS.has(a) || FUNCTION_CHARS.has(b)) return false;
    return n >= JOINED_OFTEN || n / Math.min(single.get(a)!, single.get(b)!) >= JOINED_SHARE;
  };
  return runs.map((run) => {
    const out: string[] = [];
    for (let i = 0; i < run.length; i++) {
      const w = run[i]!;
      const next = run[i + 1];
      if (next !== undefined && joins(w, next)) {
        out.push(w + next);
        i++;
      } else out.push(w);
    }
    return out;
  });
}

/**
 * A basis note's facts: each clause (the notes list a regulation's points separated by “；”) that states a time
 * limit or a number, with the note's source.
 */
export function factsOfNote(note: string, page: Omit<Fact, 'text' | 'kinds'>): Fact[] {
  return note
    .split('；')
    .map((clause) => clause.trim().replace(/[。；，]$/, ''))
    .filter(Boolean)
    .flatMap((text) => {
      const kinds = factKinds(text);
      return kinds.length ? [{ ...page, text, kinds }] : [];
    });
}

/** A 时限要求 line as the procedure page shows it, “……（发展党员细则第七条）”: its words and its source. */
export function factOfLine(line: string, page: Omit<Fact, 'text' | 'kinds' | 'source'>): Fact[] {
  const m = /^(.*)（([^（）]+)）$/.exec(line);
  const text = (m?.[1] ?? line).trim();
  const kinds = factKinds(text);
  return kinds.length ? [{ ...page, text, source: m?.[2] ?? '', kinds }] : [];
}
