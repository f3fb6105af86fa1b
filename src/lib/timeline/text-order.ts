/**
 * Whether the 时间推算 tool puts a procedure's steps in the order its own page does. The page's “工作程序” section is
 * what a secretary follows; the tool lists the timeline's steps in their frontmatter order and works dates out from
 * the limits. Nothing tied the two together, so the tool once put “发展对象公示开始” after “列为发展对象” while the
 * page said to publicise before listing.
 *
 * How the tie is made: each timeline step quotes the words of the “工作程序” section that present it (`inText`,
 * copied from the text and found there exactly once). A quote's place in the section is the step's place in the
 * procedure, whatever the section's shape — one numbered list, lists that restart (转出/转入), tables, a bullet
 * under 相关情形. Numbers were the other choice, and fail on restarting lists and go stale silently when a step is
 * inserted; a quote that no longer matches is reported at once. Two things are then checked:
 *   - the steps, in the timeline's order, never go back in the text;
 *   - a limit that puts one step after another (不早于, counted forwards) never contradicts the text's order.
 * Steps the text need not present are left out: circumstances (预计离开单位), and days fixed by a period from another
 * step's day (预备期满, 任期届满), which are dates that follow rather than steps one takes.
 */
import { parseMdx, textOf, type MdNode } from '../mdast.ts';
import type { TimelineData } from './content.ts';
import { timelineRules } from './content.ts';
import { pinsOf } from './rules.ts';

/** The heading of the section a timeline's steps are found in. */
export const PROCEDURE_SECTION = '工作程序';

export interface TextOrderProblem {
  /** Where in the frontmatter, from `timeline` down: ['timeline', 'steps', 3, 'inText']. */
  path: (string | number)[];
  problem: string;
  fix: string;
}

/** Blocks whose text is read as a whole; a quote never runs from one into the next. */
const TEXT_BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

function blockLines(node: MdNode, out: string[]): void {
  if (TEXT_BLOCKS.has(node.type)) {
    out.push(textOf(node));
    return;
  }
  for (const child of node.children ?? []) blockLines(child, out);
}

/**
 * The text of a body's “工作程序” section as a reader sees it: markup dropped (`**递交入党申请书**：` reads
 * 递交入党申请书：), MDX comments left out, one line per paragraph, heading or table cell. Undefined when the body
 * has no such section or cannot be parsed (the body's own check reports that).
 */
export function procedureSectionText(source: string): string | undefined {
  let tree: MdNode;
  try {
    tree = parseMdx(source);
  } catch {
    return undefined;
  }
  const top = tree.children ?? [];
  const start = top.findIndex((n) => n.type === 'heading' && n.depth === 2 && textOf(n).trim() === PROCEDURE_SECTION);
  if (start < 0) return undefined;
  const lines: string[] = [];
  for (const node of top.slice(start + 1)) {
    if (node.type === 'heading' && (node.depth ?? 0) <= 2) break;
    blockLines(node, lines);
  }
  return lines.join('\n');
}

/** Every place `quote` occurs in `text`. */
function placesOf(text: string, quote: string): number[] {
  const places: number[] = [];
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) places.push(at);
  return places;
}

/** A quote as messages show it: short enough to read in one line. */
const shown = (quote: string) => (quote.length > 24 ? `${quote.slice(0, 24)}……` : quote);

/**
 * The problems with a timeline's ties to its page's “工作程序” section (`sectionText`, from procedureSectionText),
 * in Chinese; none when every step the text must present is found there once and in the text's order.
 */
export function textOrderProblems(timeline: TimelineData, sectionText: string | undefined): TextOrderProblem[] {
  const problems: TextOrderProblem[] = [];
  if (sectionText === undefined) {
    return [
      {
        path: ['timeline'],
        problem: `正文没有“## ${PROCEDURE_SECTION}”一节，无法核对时间节点的先后`,
        fix: `在正文中加上“## ${PROCEDURE_SECTION}”一节，按先后写出各个步骤`,
      },
    ];
  }
  const rules = timelineRules('check', timeline);
  const place = new Map<string, number>();
  timeline.steps.forEach((step, i) => {
    const quote = step.inText?.trim();
    if (!quote) {
      if (step.circumstance || pinsOf(rules, step.id).length > 0) return;
      problems.push({
        path: ['timeline', 'steps', i],
        problem: `节点「${step.label}」没有写 inText（正文“${PROCEDURE_SECTION}”中写这一步的文字），无法核对时间推算的先后与正文一致`,
        fix: `从本页“${PROCEDURE_SECTION}”一节原样复制写这一步的几个字，如 inText: 报机关党委备案后，方可列为发展对象；情形节点（circumstance: true）和由期限推出的日期（如预备期满）可以不写`,
      });
      return;
    }
    const places = placesOf(sectionText, quote);
    if (places.length === 0) {
      problems.push({
        path: ['timeline', 'steps', i, 'inText'],
        problem: `「${shown(quote)}」在正文“${PROCEDURE_SECTION}”一节中找不到`,
        fix: `从“${PROCEDURE_SECTION}”一节原样复制（不带 ** 等标记）；正文改过措辞的，这里一并改`,
      });
    } else if (places.length > 1) {
      problems.push({
        path: ['timeline', 'steps', i, 'inText'],
        problem: `「${shown(quote)}」在正文“${PROCEDURE_SECTION}”一节中出现了${places.length}次，不知指的是哪一步`,
        fix: `多复制前后几个字，使它在“${PROCEDURE_SECTION}”一节中只出现一次`,
      });
    } else {
      place.set(step.id, places[0]!);
    }
  });

  const label = new Map(timeline.steps.map((s) => [s.id, s.label]));
  const quoteOf = new Map(timeline.steps.map((s) => [s.id, shown(s.inText?.trim() ?? '')]));
  const placed = timeline.steps.flatMap((s, i) => (place.has(s.id) ? [{ id: s.id, i, at: place.get(s.id)! }] : []));
  placed.forEach((b, k) => {
    const a = placed[k - 1];
    if (!a || b.at >= a.at) return;
    problems.push({
      path: ['timeline', 'steps', b.i],
      problem: `节点「${label.get(b.id)}」排在「${label.get(a.id)}」之后，但正文“${PROCEDURE_SECTION}”先写「${label.get(b.id)}」（“${quoteOf.get(b.id)}”）、后写「${label.get(a.id)}」（“${quoteOf.get(a.id)}”）`,
      fix: `时间推算按正文的先后列出节点：把「${label.get(b.id)}」移到「${label.get(a.id)}」之前；正文的先后写错了的，改正正文`,
    });
  });

  timeline.limits.forEach((limit, i) => {
    const step = place.get(limit.step);
    const from = place.get(limit.from);
    const forwards = limit.limit === '不早于' && !limit.offset.endsWith('前');
    if (!forwards || step === undefined || from === undefined || step >= from) return;
    problems.push({
      path: ['timeline', 'limits', i],
      problem: `时限「${limit.id}」让「${label.get(limit.step)}」在「${label.get(limit.from)}」之后，但正文“${PROCEDURE_SECTION}”先写「${label.get(limit.step)}」、后写「${label.get(limit.from)}」`,
      fix: '核对 step 和 from 是否写反；正文的先后写错了的，改正正文',
    });
  });
  return problems;
}
