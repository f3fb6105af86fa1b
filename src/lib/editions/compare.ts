/**
 * A procedure or a template compared with its previous edition, as the “与上一版对比” page shows it: field by
 * field (deadlines, basis, templates, instructions… each in words, references turned into the names a reader
 * knows) and the body block by block (a paragraph, list item, heading or table row each; a flowchart's steps as a list), reworded blocks with
 * their word-level change. Pure: it takes the raw frontmatter and MDX body of both editions and a way to name
 * what the ids refer to.
 */
import { flowchartSteps } from '../flowchart-steps.ts';
import { diffFields, diffList, type FieldChange, type FieldValue, type ListItemChange } from './diff.ts';
import { limitLines, rulesFromRaw } from '../timeline/content.ts';
import { duesWords, type DuesData } from '../dues/content.ts';
import type { RawMdx } from '../content-source/editions.ts';
import { PROCEDURE_FIELDS } from '../procedure-fields.ts';

/** A procedure as an edition holds it: its frontmatter's data (ids still plain strings) and its MDX body. */
export type RawProcedure = RawMdx;

/** The reader's names for what an entry refers to by id. */
export interface Names {
  procedure: (id: string) => string;
  regulation: (id: string) => string;
  duty: (id: string) => string;
  template: (id: string) => string;
  flowchart: (id: string) => string;
}

/** The fields compared, in the order the page lists them, with their Chinese names. */
export { PROCEDURE_FIELDS };

const str = (v: unknown) => (v === undefined || v === null ? undefined : String(v));
const ids = (v: unknown) => (Array.isArray(v) ? v.map((x) => String(x)) : []);
const records = (v: unknown) => (Array.isArray(v) ? (v as Record<string, unknown>[]) : []);

/** A raw 时间节点 field as the sentences its limits read as. */
function timelineWords(value: unknown): string[] {
  const rules = rulesFromRaw('compare', value);
  return rules ? limitLines(rules, true).map((line) => line.sentence) : [];
}

/** Each compared field of a procedure, in words. */
export function procedureFields(p: RawProcedure, names: Names): Record<string, FieldValue> {
  const d = p.data;
  return {
    title: str(d.title),
    summary: str(d.summary),
    appliesTo: str(d.appliesTo),
    responsible: ids(d.responsible).map(names.duty),
    deadlines: ids(d.deadlines),
    timeline: timelineWords(d.timeline),
    dues: d.dues ? duesWords(d.dues as DuesData) : [],
    basis: records(d.basis).map(
      (c) => `《${names.regulation(String(c.regulation))}》${str(c.articles) ?? ''}${c.note ? `：${str(c.note)}` : ''}`,
    ),
    templates: ids(d.templates).map(names.template),
    flowchart: d.flowchart === undefined ? undefined : names.flowchart(String(d.flowchart)),
    districtRules: records(d.districtRules).map(
      (r) =>
        `${str(r.topic)}：全国性规定 ${str(r.national)}；通行做法 ${str(r.practice)}` +
        `${r.district ? `；本关区 ${str(r.district)}` : ''}`,
    ),
  };
}

/** The fields of a template compared, in the order its page lists them. */
export const TEMPLATE_FIELDS = {
  title: '模板名称',
  number: '模板序号',
  category: '文种类别',
  purpose: '用途',
  procedures: '所属程序',
  instructions: '填写说明',
  attachments: '附件',
} as const;

/** Each compared field of a template, in words. */
export function templateFields(t: RawProcedure, names: Names): Record<string, FieldValue> {
  const d = t.data;
  return {
    title: str(d.title),
    number: str(d.number),
    category: str(d.category),
    purpose: str(d.purpose),
    procedures: ids(d.procedures).map(names.procedure),
    instructions: ids(d.instructions),
    attachments: records(d.attachments).map((a) => `${str(a.label)}（${str(a.file)}）`),
  };
}

/** The fields of a flowchart compared: its steps are read from the mermaid source, as its page lists them. */
export const FLOWCHART_FIELDS = { title: '流程图名称', procedure: '所属程序', summary: '简介', steps: '步骤' } as const;

const MERMAID = /^(```|~~~)mermaid[^\n]*\n([\s\S]*?)^\1/m;

/** Each compared field of a flowchart, in words: each step as “阶段：步骤”. */
export function flowchartFields(f: RawProcedure, names: Names): Record<string, FieldValue> {
  const d = f.data;
  const groups = flowchartSteps(MERMAID.exec(f.body)?.[2] ?? '');
  return {
    title: str(d.title),
    procedure: d.procedure === undefined ? undefined : names.procedure(String(d.procedure)),
    summary: str(d.summary),
    steps: groups.flatMap((g) => g.steps.map((step) => `${g.title ? `${g.title}：` : ''}${step.label}`)),
  };
}

/** Inline Markdown and MDX reduced to the words a reader sees. */
function plain(line: string): string {
  return line
    .replace(/<\/?[A-Za-z][^>]*>/g, '') // component and HTML tags: their text stays
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|`)/g, '')
    .trim();
}

/**
 * The body's readable blocks in order: headings, paragraphs (consecutive lines joined), list items and table rows
 * (cells joined by “ | ”), without imports, editor comments, fences' markers or a table's separator row.
 */
export function bodyBlocks(body: string): string[] {
  const blocks: string[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) blocks.push(paragraph.join(''));
    paragraph = [];
  };
  const lines = body.replace(/\{\/\*[\s\S]*?\*\/\}/g, '').split('\n');
  let fenced = false; // a code block's lines (a flowchart's mermaid source) are not prose
  for (const raw of lines) {
    const line = raw.trim();
    if (/^(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced || !line || /^(import|export)\s/.test(line) || /^(```|~~~)/.test(line) || /^\|?[\s:|-]+\|?$/.test(line)) {
      flush();
      continue;
    }
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    const item = /^(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
    if (heading || item) {
      flush();
      const text = plain((heading ?? item)![1]!);
      if (text) blocks.push(text);
    } else if (line.startsWith('|')) {
      flush();
      const cells = line
        .replace(/^\||\|$/g, '')
        .split('|')
        .map(plain);
      blocks.push(cells.join(' | '));
    } else {
      const text = plain(line);
      if (text) paragraph.push(text);
      else flush();
    }
  }
  flush();
  return blocks;
}

/** The body's headings, in order (the blocks bodyBlocks makes of `#` lines). */
export function bodyHeadings(body: string): string[] {
  return body
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .split('\n')
    .flatMap((line) => {
      const heading = /^#{1,6}\s+(.*)$/.exec(line.trim());
      return heading ? [plain(heading[1]!)] : [];
    });
}

export interface ProcedureComparison {
  fields: FieldChange[];
  body: ListItemChange[];
  /** Each changed body block with the heading it sits under in the later edition (empty before the first). */
  changedBlocks: { block: ListItemChange; under: string }[];
  /** Whether anything differs at all. */
  changed: boolean;
}

/** Two versions of an entry compared: the `fields` (field → Chinese name) in words, then the body. */
export function compareEntries(
  before: RawProcedure,
  after: RawProcedure,
  fields: Readonly<Record<string, string>>,
  inWords: (entry: RawProcedure) => Record<string, FieldValue>,
): ProcedureComparison {
  const changes = diffFields(inWords(before), inWords(after), fields);
  const body = diffList(bodyBlocks(before.body), bodyBlocks(after.body));
  const headings = new Set([...bodyHeadings(before.body), ...bodyHeadings(after.body)]);
  let under = '';
  const changedBlocks = body.flatMap((block) => {
    const text = block.kind === 'changed' ? block.after : block.text;
    if (headings.has(text) && block.kind !== 'deleted') under = text;
    return block.kind === 'same' ? [] : [{ block, under }];
  });
  return { fields: changes, body, changedBlocks, changed: changes.length > 0 || changedBlocks.length > 0 };
}

export const compareProcedures = (before: RawProcedure, after: RawProcedure, names: Names) =>
  compareEntries(before, after, PROCEDURE_FIELDS, (p) => procedureFields(p, names));

export const compareTemplates = (before: RawProcedure, after: RawProcedure, names: Names) =>
  compareEntries(before, after, TEMPLATE_FIELDS, (t) => templateFields(t, names));

export const compareFlowcharts = (before: RawProcedure, after: RawProcedure, names: Names) =>
  compareEntries(before, after, FLOWCHART_FIELDS, (f) => flowchartFields(f, names));
