/**
 * A document title in lines, as GB/T 9704-2012 7.3.3 asks of a 2号 title that does not fit one line: 回行时词意完整、
 * 排列对称、长短适宜, in a 梯形 or 菱形.
 *
 * - A title that fits one line of the type area (20 characters of 2号) stays on one line.
 * - A longer one takes as few lines as it needs, breaking only between words (Intl.Segmenter), never inside
 *   《…》 “…” （…） and the like, never before closing punctuation or after opening punctuation, never inside a
 *   ×× placeholder or a word the segmenter cuts into single characters (委员/会, 换/届, 批/复).
 * - Among the breaks that fit, it takes the one with the most even lines, then the one that breaks at a phrase:
 *   best before or after “关于” (发文机关 | 事由), worst inside the name of an organisation or between “的” and
 *   the noun it qualifies.
 * - Shape: when two lines cannot be equal, the upper one is the longer (上长下短, the 倒梯形 usual in 公文 and in
 *   book typesetting: the eye reads a full first line, and a short last line closes the title); three or more
 *   lines may also swell in the middle (菱形), never narrow there (沙漏形, which the standard's 梯形或菱形 excludes).
 *
 * An editor who wants other breaks marks them in the title with “｜” (or “|”): the marked lines are used as they are,
 * after checking that each fits and that no mark falls inside a bracketed span or before closing punctuation.
 */
import { charWidth, TITLE_CHARS_PER_LINE } from './geometry.ts';

/** The editor's line-break mark in a title: a vertical bar, full-width or ASCII, whichever the keyboard gives. */
export const TITLE_BREAK = /[|｜]/;

const OPENING = '《“‘（(〔【「『〈';
const CLOSING = '》”’）)〕】」』〉';
/** Characters that may not begin a line (GB/T 15834 标点: 点号 and closing marks). */
const NO_LINE_START = `${CLOSING}、，。；：？！…·—`;
/** Words that lean on the next one: a line may begin with them but not end with them. */
const LEANS_FORWARD = new Set(['第', '新', '中共']);
/** Conjunctions between two document names: best at the end of a line, so the next line starts the second name. */
const CONJUNCTIONS = new Set(['和', '与', '及', '并', '暨', '或']);
/** Single characters that bind both ways (党支部, 党建, 主题党日, 党费). */
const BINDS_BOTH = new Set(['党']);
const PLACEHOLDER = /^×+$/;
const isHan = (s: string) => /^\p{Script=Han}$/u.test(s);
/**
 * Spans never broken: words the segmenter cuts into smaller words (入党/积极/分子, 党员/大会, 支部/委员会) and
 * dates (××××年××月). A short list of this guideline's own terms; an editor's “｜” covers anything else.
 */
const NO_BREAK = new RegExp(
  [
    '入党积极分子',
    '积极分子',
    '预备党员',
    '发展对象',
    '(?:支部|直属机关)?委员会',
    '(?:党员|支部)大会',
    '组织生活会',
    '组织关系',
    '预备人选',
    '候选人',
    '民主评议',
    '专项工作组',
    '直属机关',
    '[×\\d]+年[×\\d]+月(?:[×\\d]+日)?',
  ].join('|'),
  'g',
);
/** A unit named by placeholders: ××海关, ××海关××处, ××海关××专项工作组. */
const UNIT = /×+海关(?:×+处|×+专项工作组|直属机关委员会)?/g;
/** How an organisation's name ends: the 发文机关 before “关于” is one when it ends so. */
const ORGANISATION_END = /(?:委员会|总支部|党支部|支部|党委|筹备组|工作组|海关)$/;

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

interface Unit {
  text: string;
  /** Cost of a line break just before this unit; Infinity where no break may fall. */
  breakCost: number;
}

/** [start, end) character spans of the title matched by a global pattern. */
const spansOf = (title: string, pattern: RegExp): [number, number][] =>
  [...title.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length]);

/**
 * Names of organisations: the 发文机关 before “关于”, and names such as 中共××海关××处支部委员会 further on.
 * Breaking inside one splits a proper name across lines; breaking right after one is a phrase boundary.
 */
function organisationSpans(title: string): [number, number][] {
  const about = title.indexOf('关于');
  const issuer = about > 0 && ORGANISATION_END.test(title.slice(0, about)) ? [[0, about] as [number, number]] : [];
  return [
    ...issuer,
    ...spansOf(
      title,
      /中共(?:(?!关于)[^的])*?(?:支部委员会|直属机关委员会|委员会|总支部|党支部|支部|党委)(?:筹备组)?/g,
    ),
    ...spansOf(title, UNIT),
  ];
}

/** The cost of breaking at `position`, between the words `before` and `after`. */
function breakCost(title: string, before: string, after: string, position: number): number {
  const inside = (spans: [number, number][]) => spans.some(([start, end]) => position > start && position < end);
  if (inside(spansOf(title, NO_BREAK))) return Infinity;
  if (NO_LINE_START.includes(after[0]!) || OPENING.includes(before.at(-1)!)) return Infinity;
  if (after[0] === '（' || after[0] === '(') return Infinity; // （草案） （记录） belong to the word before
  if (PLACEHOLDER.test(before)) return Infinity; // ××海关, ×××同志, ××××年度
  const single = [...after].length === 1 && isHan(after);
  if (single && !LEANS_FORWARD.has(after) && !CONJUNCTIONS.has(after)) return Infinity; // 委员|会, 换|届
  if (BINDS_BOTH.has(after) || BINDS_BOTH.has(before) || LEANS_FORWARD.has(before)) return Infinity;

  const organisations = organisationSpans(title);
  const issuerBefore = organisations.some(([start, end]) => start === 0 && end === position - '关于'.length);
  if (after === '关于') return 0; // 发文机关 | 关于事由
  if (before.endsWith('关于')) return issuerBefore ? 1 : 3; // 发文机关关于 | 事由; else 关于 | its object
  // 第×届 and 新一届 belong to the committee they number.
  const numbered = before.endsWith('届') ? 3 : 0;
  if (inside(organisations)) {
    // Inside a name, the least bad place is after a unit (××海关××处 | 支部委员会); never before its ×× .
    if (PLACEHOLDER.test(after)) return 6 + numbered;
    const unitEnds = spansOf(title, UNIT);
    return (unitEnds.some(([, end]) => end === position) ? 3 : 5) + numbered;
  }
  if (numbered) return 2 + numbered;
  if (organisations.some(([, end]) => end === position)) return 1;
  if (CONJUNCTIONS.has(before)) return 0; // …推荐表和 | 确定…的决定: two documents joined
  if (CONJUNCTIONS.has(after)) return 1;
  if (before.endsWith('的')) return 3; // the modifier | the noun it qualifies
  return 2;
}

/** The title as words, with the cost of breaking before each (Infinity for the first). */
function unitsOf(title: string): Unit[] {
  const words = [...segmenter.segment(title)].map((s) => s.segment);
  const units: Unit[] = [];
  let depth = 0;
  let position = 0;
  words.forEach((word, i) => {
    const previous = words[i - 1];
    const cost = !previous || depth > 0 ? Infinity : breakCost(title, previous, word, position);
    for (const ch of word) {
      if (OPENING.includes(ch)) depth++;
      else if (CLOSING.includes(ch)) depth = Math.max(0, depth - 1);
    }
    units.push({ text: word, breakCost: cost });
    position += word.length;
  });
  return units;
}

/** Cost of the lines' shape: unevenness, a longer lower line, a narrow middle. */
function shapeCost(widths: number[]): number {
  // 0.4 per character of difference: evenness matters, but less than keeping a phrase whole.
  let cost = (Math.max(...widths) - Math.min(...widths)) * 0.4;
  for (let i = 1; i < widths.length; i++) {
    const longerBelow = widths[i]! > widths[i - 1]!;
    const diamond = widths.length > 2 && i < widths.length - 1; // 菱形: the middle may be the widest
    if (longerBelow && !diamond) cost += 0.5;
  }
  for (let i = 1; i < widths.length - 1; i++) {
    if (widths[i]! < widths[i - 1]! && widths[i]! < widths[i + 1]!) cost += 6; // 沙漏形
  }
  return cost;
}

/** Every way of cutting `units` into `count` lines at breakable places, as the index of each line's first unit. */
function* cuts(units: Unit[], count: number, from = 1): Generator<number[]> {
  if (count === 1) {
    yield [];
    return;
  }
  for (let i = from; i < units.length; i++) {
    if (units[i]!.breakCost === Infinity) continue;
    for (const rest of cuts(units, count - 1, i + 1)) yield [i, ...rest];
  }
}

/**
 * The title's lines: one line when it fits `perLine` characters, otherwise the fewest lines that fit, broken where
 * the reading and the shape suffer least. A title with no breakable place is returned on one line.
 */
export function splitTitle(title: string, perLine: number = TITLE_CHARS_PER_LINE): string[] {
  if (charWidth(title) <= perLine) return [title];
  const units = unitsOf(title);
  const minimum = Math.ceil(charWidth(title) / perLine);
  for (let count = minimum; count <= units.length; count++) {
    let best: { lines: string[]; cost: number } | undefined;
    for (const starts of cuts(units, count)) {
      const bounds = [0, ...starts, units.length];
      const lines = bounds.slice(0, -1).map((start, i) =>
        units
          .slice(start, bounds[i + 1])
          .map((u) => u.text)
          .join(''),
      );
      const widths = lines.map(charWidth);
      if (widths.some((w) => w > perLine)) continue;
      const cost = shapeCost(widths) + starts.reduce((sum, i) => sum + units[i]!.breakCost, 0);
      if (!best || cost < best.cost) best = { lines, cost };
    }
    if (best) return best.lines;
  }
  return [title];
}

export interface TitleProblem {
  problem: string;
  fix: string;
}

/** A title as written by the editor: the text without marks, the marked lines if any, and what is wrong with them. */
export interface MarkedTitle {
  title: string;
  /** The editor's lines, when the title carries “｜” marks. */
  lines?: string[];
  problems: TitleProblem[];
}

/** Read an editor's “｜” marks in a title and check the lines they give. */
export function readTitleMarks(raw: string, perLine: number = TITLE_CHARS_PER_LINE): MarkedTitle {
  const parts = raw.split(TITLE_BREAK).map((p) => p.trim());
  const title = parts.join('');
  if (parts.length === 1) return { title, problems: [] };
  const problems: TitleProblem[] = [];
  const fixMark = '“｜”只放在两个词之间，标出标题在哪里换行；不需要指定时删去“｜”，由系统自动分行';
  if (parts.some((p) => !p)) {
    problems.push({ problem: `标题“${raw}”中的分行符“｜”前后都要有字`, fix: fixMark });
    return { title, problems };
  }
  let depth = 0;
  parts.forEach((part, i) => {
    if (i > 0 && depth > 0) {
      problems.push({
        problem: `标题第${i}行和第${i + 1}行在书名号、引号或括号中间断开了`,
        fix: '把“｜”移到《》“”（）之外，书名、引语和括注要排在同一行',
      });
    }
    if (i > 0 && NO_LINE_START.includes(part[0]!)) {
      problems.push({
        problem: `标题第${i + 1}行以标点“${part[0]}”开头`,
        fix: '把“｜”移到这个标点之后，行首不能是顿号、逗号、后引号、后括号等标点',
      });
    }
    for (const ch of part) {
      if (OPENING.includes(ch)) depth++;
      else if (CLOSING.includes(ch)) depth = Math.max(0, depth - 1);
    }
    const width = charWidth(part);
    if (width > perLine) {
      problems.push({
        problem: `标题第${i + 1}行“${part}”有${width}个字，2号字一行最多排${perLine}个字`,
        fix: '在这一行的两个词之间再加一个“｜”，或把“｜”挪一挪',
      });
    }
  });
  return { title, lines: parts, problems };
}

/** The lines a title is printed in: the editor's marked lines when valid, otherwise computed. */
export function titleLines(marked: MarkedTitle, perLine: number = TITLE_CHARS_PER_LINE): string[] {
  return marked.lines && marked.problems.length === 0 ? marked.lines : splitTitle(marked.title, perLine);
}
