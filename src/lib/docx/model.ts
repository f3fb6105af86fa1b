/**
 * A template's MDX body read as a 公文 (GB/T 9704-2012): title, 主送机关, body paragraphs with their level
 * (一、/（一）/1./（1）), tables, 附件说明 and the 落款 block. The HTML preview and the .docx are both drawn from this
 * model, so what a secretary sees on the page is what Word opens.
 *
 * Body conventions (see /contribute/):
 * - `# 标题` is the document title; a paragraph right after it ending in “：” is the 主送机关. A title longer than
 *   one line is broken between words into balanced lines (title-lines.ts); “｜” in it marks the breaks instead.
 * - Paragraphs starting 一、 / （一） / 1. / （1） are levels 1–4; the words up to the first “。” take the level's font.
 * - A paragraph starting “附件：” is the 附件说明; the following paragraphs that start with a number continue it.
 * - After the last `---` line: 署名, then 成文日期, then any 附注 (such as 联系人).
 * - After the 落款, a paragraph reading just “附件” or “附件1” starts an attachment page (附件另面编排); a following
 *   line in bold is its title, the rest its content.
 * - Forms are Markdown tables; empty cells are left to fill in.
 */
import { lineOf, parseMdx, type MdNode as Node } from '../mdast.ts';
import { charWidth, signatureIndent } from './geometry.ts';
import { readTitleMarks, titleLines } from './title-lines.ts';

// The renderer takes signatureIndent from geometry.ts, so it runs in a browser without this parser.
export { charWidth, signatureIndent };

export interface Run {
  text: string;
  bold?: boolean;
}

export type Level = 1 | 2 | 3 | 4;

export type Block =
  | { kind: 'paragraph'; runs: Run[]; level?: Level; headingLength?: number }
  | { kind: 'heading'; level: Level; text: string }
  /** `widths`: the columns' shares of the type area, where the author knows them better than the text lengths. */
  | {
      kind: 'table';
      rows: string[][];
      widths?: number[];
      /**
       * Cells without their own width, margins and vertical centring (the table sets the margins): for a form of
       * hundreds of rows, where those per-cell properties are most of the time Word files take to make.
       */
      light?: boolean;
    }
  | { kind: 'attachments'; items: string[] };

export interface Signature {
  /** 署名 (may read “中共××支部委员会（印章）”). */
  org: string;
  /** 成文日期, e.g. ××××年××月××日. */
  date: string;
  /** 附注 lines, e.g. （联系人：×××，电话：××××）. */
  notes: string[];
}

/** An attachment printed on its own page after the 落款. */
export interface Appendix {
  /** 附件 or 附件1 …, printed top left in 黑体. */
  label: string;
  title?: string;
  /** The title's printed lines (one when it fits). */
  titleLines?: string[];
  blocks: Block[];
}

export interface DocModel {
  /**
   * 使用提示 before the document: each a regulation revised since the template was checked against it
   * (src/data/queries/regulation-notices.ts). Not part of the document: the reader deletes it before printing.
   */
  notice?: string[];
  /** The title as one string, without the editor's “｜” marks. */
  title: string;
  /** The title's printed lines: the editor's, where marked with “｜”, otherwise computed (one when it fits). */
  titleLines: string[];
  addressee?: string;
  blocks: Block[];
  signature?: Signature;
  appendices: Appendix[];
}

export interface ModelProblem {
  line: number;
  problem: string;
  fix: string;
}

const LEVEL_PATTERNS: [Level, RegExp][] = [
  [1, /^[一二三四五六七八九十]+、/],
  [2, /^（[一二三四五六七八九十]+）/],
  [3, /^\d+[.．]/],
  [4, /^（\d+）/],
];

/** The level a paragraph's opening number gives it, if any. */
export function levelOf(text: string): Level | undefined {
  return LEVEL_PATTERNS.find(([, pattern]) => pattern.test(text))?.[0];
}

const DATE = /^(\d{4}|××××)年(\d{1,2}|××)月(\d{1,2}|××)日$/;

function inlineRuns(node: Node, bold = false): Run[] {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value ? [{ text: node.value, ...(bold ? { bold } : {}) }] : [];
    case 'break':
      return [{ text: '\n' }];
    case 'strong':
      return (node.children ?? []).flatMap((c) => inlineRuns(c, true));
    default:
      return (node.children ?? []).flatMap((c) => inlineRuns(c, bold));
  }
}

const textOf = (node: Node) =>
  inlineRuns(node)
    .map((r) => r.text)
    .join('');

/** Merge neighbouring runs of the same weight. */
function mergeRuns(runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    const last = out[out.length - 1];
    if (last && !!last.bold === !!run.bold) last.text += run.text;
    else out.push({ ...run });
  }
  return out;
}

function paragraphBlock(runs: Run[]): Block {
  const merged = mergeRuns(runs);
  const text = merged.map((r) => r.text).join('');
  const level = levelOf(text);
  if (!level) return { kind: 'paragraph', runs: merged };
  const stop = text.indexOf('。');
  return { kind: 'paragraph', runs: merged, level, headingLength: stop >= 0 ? stop + 1 : text.length };
}

/** Body nodes as blocks; the first paragraph ending in “：” becomes `owner`'s 主送机关 when an owner is given. */
function convertNodes(nodes: Node[], problems: ModelProblem[], owner?: DocModel): Block[] {
  const blocks: Block[] = [];
  nodes.forEach((node, index) => {
    switch (node.type) {
      case 'paragraph': {
        const runs = inlineRuns(node);
        const text = runs
          .map((r) => r.text)
          .join('')
          .trim();
        const previous = blocks[blocks.length - 1];
        if (owner && index === 0 && /[：:]$/.test(text)) {
          owner.addressee = text;
        } else if (/^附件[：:]/.test(text)) {
          blocks.push({ kind: 'attachments', items: [text.replace(/^附件[：:]\s*/, '')] });
        } else if (previous?.kind === 'attachments' && /^[\s\u3000]*\d+[.．]/.test(text)) {
          previous.items.push(text.replace(/^[\s\u3000]+/, ''));
        } else {
          blocks.push(paragraphBlock(runs));
        }
        break;
      }
      case 'heading':
        blocks.push({
          kind: 'heading',
          level: Math.min(4, Math.max(1, (node.depth ?? 2) - 1)) as Level,
          text: textOf(node).trim(),
        });
        break;
      case 'table': {
        const rows = (node.children ?? []).map((row) => (row.children ?? []).map((cell) => textOf(cell).trim()));
        blocks.push({ kind: 'table', rows });
        break;
      }
      case 'list':
        (node.children ?? []).forEach((item, i) => {
          const prefix = node.ordered ? `${i + 1}.` : '';
          blocks.push(paragraphBlock([{ text: prefix }, ...(item.children ?? []).flatMap((c) => inlineRuns(c))]));
        });
        break;
      case 'blockquote':
        (node.children ?? []).forEach((c) => blocks.push(paragraphBlock(inlineRuns(c))));
        break;
      default:
        problems.push({
          line: lineOf(node),
          problem: `文书正文中不能使用这种内容（${node.type === 'mdxJsxFlowElement' ? '组件' : node.type}）`,
          fix: '文书只用标题、段落、表格和 --- 分隔的落款；提示说明写在“填写说明”里',
        });
    }
  });

  return blocks;
}

const APPENDIX = /^附件\d*$/;
const isBoldLine = (node: Node) =>
  node.type === 'paragraph' && (node.children ?? []).length === 1 && node.children![0]!.type === 'strong';

/** A title node's text and lines, reporting the editor's misplaced “｜” marks at the node's line. */
function markedTitle(node: Node, problems: ModelProblem[]): { title: string; lines: string[] } {
  const marked = readTitleMarks(textOf(node).trim());
  problems.push(...marked.problems.map((p) => ({ line: lineOf(node), ...p })));
  return { title: marked.title, lines: titleLines(marked) };
}

export function templateDocument(mdx: string): { model?: DocModel; problems: ModelProblem[] } {
  const problems: ModelProblem[] = [];
  const tree = parseMdx(mdx);
  const nodes = (tree.children ?? []).filter((n) => n.type !== 'yaml' && n.type !== 'mdxjsEsm');

  const titleNode = nodes[0];
  if (!titleNode || titleNode.type !== 'heading' || titleNode.depth !== 1) {
    problems.push({
      line: lineOf(titleNode),
      problem: '文书正文应以标题开头',
      fix: '第一行写 “# 标题”，如 # 关于成立中共××支部委员会的请示',
    });
    return { problems };
  }
  const title = markedTitle(titleNode, problems);
  const model: DocModel = { title: title.title, titleLines: title.lines, blocks: [], appendices: [] };

  const breakAt = nodes.map((n) => n.type).lastIndexOf('thematicBreak');
  const main = nodes.slice(1, breakAt >= 0 ? breakAt : undefined);
  const tail = breakAt >= 0 ? nodes.slice(breakAt + 1) : [];

  model.blocks = convertNodes(main, problems, model);
  const appendixAt = tail.findIndex((n) => n.type === 'paragraph' && APPENDIX.test(textOf(n).trim()));
  const signatureNodes = appendixAt >= 0 ? tail.slice(0, appendixAt) : tail;
  if (appendixAt >= 0) {
    let current: Appendix | undefined;
    let pending: Node[] = [];
    const flush = () => {
      if (current) current.blocks = convertNodes(pending, problems);
      pending = [];
    };
    for (const node of tail.slice(appendixAt)) {
      const text = node.type === 'paragraph' ? textOf(node).trim() : '';
      if (APPENDIX.test(text)) {
        flush();
        current = { label: text, blocks: [] };
        model.appendices.push(current);
      } else if (current && !current.title && pending.length === 0 && (isBoldLine(node) || node.type === 'heading')) {
        const marked = markedTitle(node, problems);
        current.title = marked.title;
        current.titleLines = marked.lines;
      } else {
        pending.push(node);
      }
    }
    flush();
  }

  if (breakAt >= 0) {
    const [org, date, ...notes] = signatureNodes.map((n) => (n.type === 'paragraph' ? textOf(n).trim() : ''));
    if (!org || !date) {
      problems.push({
        line: lineOf(nodes[breakAt]),
        problem: '--- 之后应依次写署名和成文日期',
        fix: '在 --- 下面写署名一行、空一行再写日期，如 ××××年××月××日',
      });
    } else if (!DATE.test(date)) {
      problems.push({
        line: lineOf(tail[1]),
        problem: `成文日期格式不对：${date}`,
        fix: '写成 ××××年××月××日 或 2025年3月5日（阿拉伯数字，月、日不补零）',
      });
    } else {
      model.signature = { org, date, notes };
    }
  }
  return { model: problems.length ? undefined : model, problems };
}
