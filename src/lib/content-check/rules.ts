/**
 * Checks across entries: unique ids, references that exist, links that agree in both directions, and the counts
 * the seed document fixes. Each rule reads parsed entries and returns problems; none throws.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { COLLECTIONS } from '../../schemas/collections.ts';
import type { CollectionName } from '../../schemas/context.ts';
import { chapterOfProcedure } from '../routes.ts';
import { DUTY_LISTS, SEED_COUNTS } from '../../schemas/seed-facts.ts';
import { routeOf, type MdxFacts } from './mdx-check.ts';
import { checkAttachments } from './attachments.ts';
import { imageSize } from '../image-size.ts';
import { templateDocument } from '../docx/model.ts';
import { formatPath, type Problem } from './problem.ts';
import { findAll, ImageValue, RefValue, type ValidEntry } from './validate.ts';

type Data = Record<string, unknown>;
const dataOf = (e: ValidEntry) => e.parsed as Data;
const refId = (v: unknown) => (v instanceof RefValue ? v.id : undefined);

export interface RuleInput {
  root: string;
  /** Ids of every entry read, valid or not, by collection. */
  ids: Map<CollectionName, Set<string>>;
  valid: ValidEntry[];
  mdxFacts: Map<ValidEntry, MdxFacts>;
  /** Every page address, for links written inside diagrams. */
  knownRoutes: ReadonlySet<string>;
  /** The counts content is held to (the seed's, unless a test says otherwise). */
  counts: SeedCounts;
  /** How many entries of each collection were read, valid or not, duplicates included. */
  entryCounts: Map<CollectionName, number>;
}

export type SeedCounts = { [K in keyof typeof SEED_COUNTS]: { count: number; label: string; complete: boolean } };

const problemAt = (e: ValidEntry, path: PropertyKey[], problem: string, fix: string): Problem => ({
  file: e.file,
  line: e.lineOf(path),
  field: formatPath(path),
  problem,
  fix,
});

/** The fix for an unknown id: the closest existing id if one is near, otherwise a sample of those that exist. */
const suggestId = (wrong: string, ids: Set<string> | undefined) => {
  const all = [...(ids ?? [])].sort();
  if (!all.length) return '该类内容还没有任何条目，请先添加';
  const near = closest(wrong, all);
  if (near) return `是否应为「${near}」？`;
  return `检查拼写，或先添加该条目；现有编号：${all.slice(0, 8).join('、')}${all.length > 8 ? ' 等' : ''}`;
};

/** Edit distance, for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}

const commonPrefix = (a: string, b: string) => {
  let n = 0;
  while (n < a.length && a[n] === b[n]) n++;
  return n;
};

/**
 * The likeliest intended id: one within a third of the word's length in edits (a typo), or else the one sharing
 * the longest prefix of at least two thirds of the word (a shortened or half-remembered id).
 */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const limit = Math.max(2, Math.floor(word.length / 3));
  let best: { id: string; d: number } | undefined;
  for (const id of candidates) {
    const d = editDistance(word, id);
    if (d <= limit && (!best || d < best.d)) best = { id, d };
  }
  if (best) return best.id;
  const byPrefix = candidates
    .map((id) => ({ id, n: commonPrefix(word, id) }))
    .filter((c) => c.n >= (word.length * 2) / 3)
    .sort((a, b) => b.n - a.n);
  return byPrefix.length === 1 || (byPrefix[0] && byPrefix[0].n > (byPrefix[1]?.n ?? 0)) ? byPrefix[0]?.id : undefined;
}

export function referenceRule({ ids, valid }: RuleInput): Problem[] {
  return valid.flatMap((e) =>
    findAll<RefValue>(e.parsed, RefValue)
      .filter(({ value }) => !ids.get(value.collection)?.has(value.id))
      .map(({ value, path }) =>
        problemAt(
          e,
          path,
          `找不到${COLLECTIONS[value.collection].label}「${value.id}」`,
          suggestId(value.id, ids.get(value.collection)),
        ),
      ),
  );
}

/** Smallest cover a case may have: it is shown full width on the case page. */
export const MIN_COVER = { width: 800, height: 450 };
/** Largest image file accepted: bigger ones are camera originals that should be resized before committing. */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

export function imageRule({ root, valid }: RuleInput): Problem[] {
  return valid.flatMap((e) =>
    findAll<ImageValue>(e.parsed, ImageValue).flatMap(({ value, path }) => {
      const file = join(root, dirname(e.file), value.src);
      if (!existsSync(file)) {
        return [problemAt(e, path, `找不到图片文件 ${value.src}`, `把图片放进 ${dirname(e.file)}/，路径写成 ./文件名`)];
      }
      const bytes = statSync(file).size;
      if (bytes > MAX_IMAGE_BYTES) {
        return [
          problemAt(e, path, `图片文件太大（${(bytes / 1048576).toFixed(1)} MB）`, `缩小到 ${MAX_IMAGE_BYTES / 1048576} MB 以内（长边 1600 像素左右、JPEG 质量 85 即可）`),
        ];
      }
      const size = imageSize(readFileSync(file).subarray(0, 65536));
      if (!size) return [problemAt(e, path, `${value.src} 不是可识别的 PNG、JPEG 或 WebP 图片`, '换成 .png、.jpg 或 .webp 格式的图片')];
      if (size.width < MIN_COVER.width || size.height < MIN_COVER.height) {
        return [
          problemAt(e, path, `图片太小（${size.width}×${size.height}）`, `换一张至少 ${MIN_COVER.width}×${MIN_COVER.height} 像素的图片`),
        ];
      }
      return [];
    }),
  );
}

/** Same id twice in one collection (possible in list files, and across chapter folders for procedures). */
export function duplicateIdRule(raw: { def: { name: CollectionName; label: string }; id: string; file: string; lineOf: (p: PropertyKey[]) => number }[]): Problem[] {
  const seen = new Map<string, string>();
  const problems: Problem[] = [];
  for (const e of raw) {
    const key = `${e.def.name}:${e.id}`;
    const first = seen.get(key);
    if (first) {
      problems.push({
        file: e.file,
        line: e.lineOf(['id']),
        field: 'id',
        problem: `${e.def.label}编号「${e.id}」重复（已用于 ${first}）`,
        fix: '换一个未使用的编号（编号决定网址，必须唯一）',
      });
    } else {
      seen.set(key, e.file);
    }
  }
  return problems;
}

const ofCollection = (valid: ValidEntry[], name: CollectionName) => valid.filter((e) => e.def.name === name);

export function dutyListRule({ valid }: RuleInput): Problem[] {
  const problems: Problem[] = [];
  for (const e of ofCollection(valid, 'duties')) {
    const fact = DUTY_LISTS.find((d) => d.id === e.id);
    if (!fact) {
      problems.push(
        problemAt(e, [], `「${e.id}」不是“三级五岗”的清单之一`, `文件名只能是：${DUTY_LISTS.map((d) => `${d.id}.yaml（${d.subject}）`).join('、')}`),
      );
      continue;
    }
    const items = (dataOf(e).items as unknown[]) ?? [];
    if (items.length !== fact.count) {
      const diff = items.length - fact.count;
      problems.push(
        problemAt(
          e,
          ['items'],
          `${fact.subject}责任清单应为 ${fact.count} 条（关区经验材料中的数字），现在是 ${items.length} 条，${diff > 0 ? `多了 ${diff}` : `少了 ${-diff}`} 条`,
          diff > 0 ? '合并或删除多出的条目' : '补齐缺少的条目',
        ),
      );
    }
  }
  return problems;
}

/** The seed's fixed counts: exact for complete collections, an upper bound for the others. */
export function seedCountRule({ valid, counts, entryCounts }: RuleInput): Problem[] {
  const problems: Problem[] = [];
  const check = (entries: ValidEntry[], count: number, key: keyof typeof SEED_COUNTS, fileHint: string) => {
    const fact = counts[key];
    const tooMany = count > fact.count;
    const tooFew = fact.complete && count < fact.count;
    if (!tooMany && !tooFew) return;
    const anchor = entries[entries.length - 1];
    problems.push({
      file: anchor?.file ?? fileHint,
      line: anchor ? anchor.lineOf([]) : 1,
      field: '',
      problem: `${fact.label}应为 ${fact.count} 个（关区经验材料中的数字），现在是 ${count} 个`,
      fix: tooMany ? `删除或合并多出的 ${count - fact.count} 个` : `补齐缺少的 ${fact.count - count} 个`,
    });
  };
  // Entries are counted whether or not they are otherwise valid, so one broken file is reported once, not also
  // as a missing entry.
  for (const key of ['chapters', 'series', 'procedures', 'flowcharts', 'templates'] as const) {
    const source = COLLECTIONS[key].source;
    check(ofCollection(valid, key), entryCounts.get(key) ?? 0, key, source.kind === 'glob' ? source.base : source.path);
  }
  const cases = counts.cases;
  const caseCount = entryCounts.get('cases') ?? 0;
  if (cases.complete && caseCount < cases.count) {
    const last = ofCollection(valid, 'cases').at(-1);
    problems.push({
      file: last?.file ?? 'content/cases',
      line: 1,
      field: '',
      problem: `${cases.label}至少应有 ${cases.count} 个（关区经验材料：截至2022年7月已展示${cases.count}个），现在是 ${caseCount} 个`,
      fix: `补充 ${cases.count - caseCount} 个案例`,
    });
  }
  const problemsList = ofCollection(valid, 'rectification');
  check(problemsList, problemsList.length, 'problems', 'content/rectification/ledger.yaml');
  const measures = problemsList.reduce((n, e) => n + ((dataOf(e).measures as unknown[]) ?? []).length, 0);
  check(problemsList, measures, 'measures', 'content/rectification/ledger.yaml');
  const units = ofCollection(valid, 'units');
  const customs = units.filter((e) => dataOf(e).kind === '隶属海关');
  check(customs, customs.length, 'customsUnits', 'content/units');
  const institutions = units.filter((e) => dataOf(e).kind === '事业单位');
  check(institutions, institutions.length, 'institutions', 'content/units');
  return problems;
}

/** A numeric field that must not repeat within a group (order of chapters, template numbers, 期号 …). */
function uniqueField(entries: ValidEntry[], field: string, label: string, groupOf: (e: ValidEntry) => string = () => ''): Problem[] {
  const seen = new Map<string, ValidEntry>();
  const problems: Problem[] = [];
  for (const e of entries) {
    const key = `${groupOf(e)}:${String(dataOf(e)[field])}`;
    const first = seen.get(key);
    if (first) {
      problems.push(problemAt(e, [field], `${label} ${String(dataOf(e)[field])} 与 ${first.file} 重复`, `改成未使用的${label}`));
    } else {
      seen.set(key, e);
    }
  }
  return problems;
}

export function uniquenessRule({ valid }: RuleInput): Problem[] {
  return [
    ...uniqueField(ofCollection(valid, 'chapters'), 'order', '章节顺序'),
    ...uniqueField(ofCollection(valid, 'procedures'), 'order', '程序顺序', (e) => chapterOfProcedure(e.file)),
    ...uniqueField(ofCollection(valid, 'flowcharts'), 'order', '流程图顺序'),
    ...uniqueField(ofCollection(valid, 'templates'), 'number', '模板序号'),
    ...uniqueField(ofCollection(valid, 'bulletins'), 'issue', '期号'),
    ...uniqueField(ofCollection(valid, 'rectification'), 'number', '问题序号'),
    ...uniqueField(ofCollection(valid, 'series'), 'order', '系列顺序'),
  ];
}

/** Folder and file names that carry meaning: the chapter folder of a procedure, the month of a bulletin. */
export function placementRule({ ids, valid }: RuleInput): Problem[] {
  const problems: Problem[] = [];
  for (const e of ofCollection(valid, 'procedures')) {
    const chapter = chapterOfProcedure(e.file);
    if (!ids.get('chapters')?.has(chapter)) {
      problems.push(
        problemAt(e, [], `文件夹「${chapter}」不是指引的章节`, `把文件移到 content/guide/ 下的章节文件夹中：${[...(ids.get('chapters') ?? [])].join('、')}`),
      );
    }
  }
  for (const e of ofCollection(valid, 'bulletins')) {
    const month = dataOf(e).month;
    if (month !== e.id) {
      problems.push(problemAt(e, ['month'], `所属月份 ${String(month)} 与文件名 ${e.id}.yaml 不一致`, `文件名写成 ${String(month)}.yaml，或改正所属月份`));
    }
  }
  return problems;
}

/** Links that must agree both ways: procedure ↔ flowchart, procedure ↔ template. */
export function backlinkRule({ valid }: RuleInput): Problem[] {
  const problems: Problem[] = [];
  const byId = (name: CollectionName) => new Map(ofCollection(valid, name).map((e) => [e.id, e]));
  const flowcharts = byId('flowcharts');
  const templates = byId('templates');
  for (const p of ofCollection(valid, 'procedures')) {
    const data = dataOf(p);
    const chart = flowcharts.get(refId(data.flowchart) ?? '');
    if (chart && refId(dataOf(chart).procedure) !== p.id) {
      problems.push(problemAt(p, ['flowchart'], `流程图「${chart.id}」画的不是本程序（它的 procedure 是「${refId(dataOf(chart).procedure)}」）`, `改正其中一处，使两边一致`));
    }
    ((data.templates as unknown[]) ?? []).forEach((ref, i) => {
      const t = templates.get(refId(ref) ?? '');
      const back = ((t && (dataOf(t).procedures as unknown[])) ?? []).map(refId);
      if (t && !back.includes(p.id)) {
        problems.push(problemAt(p, ['templates', i], `模板「${t.id}」的所属程序中没有本程序`, `在 ${t.file} 的 procedures 中加上 ${p.id}`));
      }
    });
  }
  const procedures = byId('procedures');
  for (const t of templates.values()) {
    ((dataOf(t).procedures as unknown[]) ?? []).forEach((ref, i) => {
      const p = procedures.get(refId(ref) ?? '');
      const forward = ((p && (dataOf(p).templates as unknown[])) ?? []).map(refId);
      if (p && !forward.includes(t.id)) {
        problems.push(problemAt(t, ['procedures', i], `程序「${p.id}」的文书模板中没有本模板`, `在 ${p.file} 的 templates 中加上 ${t.id}`));
      }
    });
  }
  for (const chart of flowcharts.values()) {
    const procedure = ofCollection(valid, 'procedures').find((p) => p.id === refId(dataOf(chart).procedure));
    if (procedure && refId(dataOf(procedure).flowchart) !== chart.id) {
      problems.push(problemAt(chart, ['procedure'], `程序「${procedure.id}」没有把本图设为它的流程图`, `在 ${procedure.file} 中写 flowchart: ${chart.id}`));
    }
  }
  return problems;
}

/** Flowcharts hold exactly one diagram; every diagram names itself for screen readers. */
export function mermaidRule({ mdxFacts, knownRoutes }: RuleInput): Problem[] {
  const problems: Problem[] = [];
  for (const [e, facts] of mdxFacts) {
    if (e.def.name === 'flowcharts' && facts.mermaid.length !== 1) {
      problems.push({
        file: e.file,
        line: facts.mermaid[1]?.line ?? 1,
        field: '正文',
        problem: `流程图文件应有且只有 1 个 \`\`\`mermaid 代码块，现在有 ${facts.mermaid.length} 个`,
        fix: facts.mermaid.length ? '把多余的图拆成单独的流程图文件' : '在正文中加入 ```mermaid 代码块',
      });
    }
    for (const chart of facts.mermaid) {
      const at = (i: number) => ({ file: e.file, line: chart.line + 1 + i, field: '正文' });
      // One rendering configuration for every chart (DESIGN §4): a chart may not bring its own.
      if (/^\s*---\s*$/m.test(chart.source.split('\n')[0] ?? '')) {
        problems.push({ ...at(0), problem: '流程图不能在开头自带配置（--- config: … ---）', fix: '删除开头的配置段：全站流程图统一使用站点的绘制配置' });
      }
      chart.source.split('\n').forEach((text, i) => {
        if (/^\s*%%\s*\{/.test(text)) {
          problems.push({ ...at(i), problem: '流程图不能自带绘制指令（%%{init: …}%%）', fix: '删除这一行：颜色、字体和布局由站点统一设置' });
        }
        const click = /^\s*click\s+\S+\s+(\S+)/.exec(text);
        if (click && click[1] !== 'href') {
          problems.push({ ...at(i), problem: '流程图中的 click 只能链接站内页面', fix: '写成 click 节点编号 href "/templates/模板编号/"，不能调用脚本（call/callback）' });
        }
        const href = /^\s*click\s+\S+\s+href\s+"([^"]*)"/.exec(text)?.[1];
        if (href !== undefined && !(href.startsWith('/') && knownRoutes.has(routeOf(href)))) {
          problems.push({
            file: e.file,
            line: chart.line + 1 + i,
            field: '正文',
            problem: `流程图中的链接指向不存在的页面：${href}`,
            fix: '只能链接站内页面，写成以 / 开头、以 / 结尾的地址，如 /templates/establish-branch-request/',
          });
        }
      });
      for (const key of ['accTitle', 'accDescr'] as const) {
        if (!new RegExp(`^\\s*${key}\\s*[:{]`, 'm').test(chart.source)) {
          problems.push({
            file: e.file,
            line: chart.line,
            field: '正文',
            problem: `流程图缺少 ${key}`,
            fix: key === 'accTitle' ? '在 flowchart TD 的下一行写 accTitle: 图名' : '写 accDescr: 一句话描述这张图，供读屏软件朗读',
          });
        }
      }
    }
  }
  return problems;
}

/** Every catalogue entry earns its place: cited by a procedure or duty list, or saying its role on the site. */
export function catalogueRoleRule({ valid }: RuleInput): Problem[] {
  const cited = new Set(
    valid
      .filter((e) => e.def.name === 'procedures' || e.def.name === 'duties')
      .flatMap((e) => findAll<RefValue>(e.parsed, RefValue))
      .filter(({ value }) => value.collection === 'regulations')
      .map(({ value }) => value.id),
  );
  return ofCollection(valid, 'regulations')
    .filter((e) => !cited.has(e.id) && !dataOf(e).role)
    .map((e) =>
      problemAt(e, ['id'], `制度文件「${e.id}」没有被任何工作程序或责任清单引用`, '在工作程序的“依据”中引用它，或用 role 字段写明它在本站中的作用'),
    );
}

/** The body of every template must read as a 公文 (title, 主送, levels, tables, 落款): the .docx is built from it. */
export function templateDocumentRule({ valid }: RuleInput): Problem[] {
  const problems: Problem[] = [];
  const needsSignature = new Set(['请示', '批复', '报告', '通知', '公示']);
  for (const e of ofCollection(valid, 'templates')) {
    if (!e.mdxSource) continue;
    const { model, problems: found } = templateDocument(e.mdxSource);
    problems.push(...found.map((p) => ({ file: e.file, line: p.line, field: '正文', problem: p.problem, fix: p.fix })));
    if (!model) continue;
    const category = String(dataOf(e).category);
    const add = (problem: string, fix: string) => problems.push(problemAt(e, ['category'], problem, fix));
    if (needsSignature.has(category) && !model.signature) {
      add(`${category}应有落款`, '在正文末尾另起一行写 ---，下面依次写署名和成文日期（××××年××月××日）');
    }
    if (category === '请示' && !model.addressee) add('请示应有主送机关', '在标题下第一段写主送机关，以全角冒号结尾，如 中共××海关机关委员会：');
    if ((category === '表格' || category === '记录') && !model.blocks.some((b) => b.kind === 'table')) {
      add(`${category}类模板应有表格`, '用 Markdown 表格写出各栏目，留空的格子供填写');
    }
  }
  return problems;
}

/** Attachments named by templates must exist and pass the gate; no file may sit there unreferenced. */
export function attachmentRule({ root, valid }: RuleInput): Problem[] {
  const refs = ofCollection(valid, 'templates').flatMap((e) =>
    ((dataOf(e).attachments as { file: string }[] | undefined) ?? []).map((a, i) => ({
      file: e.file,
      line: e.lineOf(['attachments', i, 'file']),
      name: a.file,
    })),
  );
  return checkAttachments(root, refs);
}
