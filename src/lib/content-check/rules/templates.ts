/**
 * Templates become Word files: each body must read as a 公文 of its category (title, 主送, levels, tables, 落款),
 * and the attachments it names must exist and pass the file gate, with nothing left unreferenced.
 */
import { templateDocument, type ModelProblem } from '../../docx/model.ts';
import { checkAttachments } from '../attachments.ts';
import type { Problem } from '../../content-source/problem.ts';
import { entriesOf, problemAt, type RuleInput } from './input.ts';

/** Categories that end with a signature block (署名 and 成文日期). */
const SIGNED_CATEGORIES = new Set(['请示', '批复', '报告', '通知', '公示']);

/** What the rule reads of a body as a Word document: its problems, and which parts it has (when it reads at all). */
interface BodyReading {
  problems: ModelProblem[];
  parts?: { signature: boolean; addressee: boolean; table: boolean };
}

function readBody(source: string): BodyReading {
  const { model, problems } = templateDocument(source);
  if (!model) return { problems };
  const parts = {
    signature: Boolean(model.signature),
    addressee: Boolean(model.addressee),
    table: model.blocks.some((b) => b.kind === 'table'),
  };
  return { problems, parts };
}

export function templateDocumentRule({ valid, memo }: RuleInput): Problem[] {
  const problems: Problem[] = [];
  const readings = memo?.table<BodyReading>('template-body');
  for (const e of entriesOf(valid, 'templates')) {
    if (!e.mdxSource) continue;
    const known = readings?.get(e.mdxSource);
    const { parts, problems: found } = known ?? readBody(e.mdxSource);
    if (!known) readings?.set(e.mdxSource, { parts, problems: found });
    problems.push(...found.map((p) => ({ file: e.file, line: p.line, field: '正文', problem: p.problem, fix: p.fix })));
    if (!parts) continue;
    const { category } = e.parsed;
    const add = (problem: string, fix: string) => problems.push(problemAt(e, ['category'], problem, fix));
    if (SIGNED_CATEGORIES.has(category) && !parts.signature) {
      add(`${category}应有落款`, '在正文末尾另起一行写 ---，下面依次写署名和成文日期（××××年××月××日）');
    }
    if (category === '请示' && !parts.addressee)
      add('请示应有主送机关', '在标题下第一段写主送机关，以全角冒号结尾，如 中共××海关机关委员会：');
    if ((category === '表格' || category === '记录') && !parts.table) {
      add(`${category}类模板应有表格`, '用 Markdown 表格写出各栏目，留空的格子供填写');
    }
  }
  return problems;
}

export function attachmentRule({ root, valid }: RuleInput): Problem[] {
  const refs = entriesOf(valid, 'templates').flatMap((e) =>
    (e.parsed.attachments ?? []).map((a, i) => ({
      file: e.file,
      line: e.lineOf(['attachments', i, 'file']),
      name: a.file,
    })),
  );
  return checkAttachments(root, refs);
}
