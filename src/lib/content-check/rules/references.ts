/**
 * Entries naming each other: ids that are unique, references that exist, links that agree in both directions
 * (procedure ↔ flowchart, procedure ↔ template), and a regulation catalogue whose every entry is used.
 */
import { COLLECTIONS } from '../../../schemas/collections.ts';
import type { CollectionName, Ref } from '../../../schemas/context.ts';
import type { Problem } from '../../content-source/problem.ts';
import { findAll, RefValue, type ValidEntry } from '../validate.ts';
import { entriesOf, problemAt, type RuleInput } from './input.ts';
import { suggestId } from './suggest.ts';

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

/** Same id twice in one collection (possible in list files, and across chapter folders for procedures). */
export function duplicateIdRule({ entries: raw }: Pick<RuleInput, 'entries'>): Problem[] {
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

/**
 * Each id in `field` of every source must be answered: the entry it names lists the source back. One problem per
 * unanswered id, at that id's line.
 */
function answeredBack<S extends ValidEntry, T extends ValidEntry>(
  sources: readonly S[],
  field: string,
  refs: (source: S) => readonly Ref[],
  targets: ReadonlyMap<string, T>,
  backRefs: (target: T) => readonly Ref[],
  say: (source: S, target: T) => [problem: string, fix: string],
): Problem[] {
  return sources.flatMap((source) =>
    refs(source).flatMap((ref, i) => {
      const target = targets.get(ref.id);
      if (!target || backRefs(target).some((back) => back.id === source.id)) return [];
      return [problemAt(source, [field, i], ...say(source, target))];
    }),
  );
}

/** Links that must agree both ways: procedure ↔ flowchart, procedure ↔ template. */
export function backlinkRule({ valid }: RuleInput): Problem[] {
  const problems: Problem[] = [];
  const procedures = entriesOf(valid, 'procedures');
  const flowcharts = new Map(entriesOf(valid, 'flowcharts').map((e) => [e.id, e]));
  const templates = new Map(entriesOf(valid, 'templates').map((e) => [e.id, e]));
  const procedureById = new Map(procedures.map((e) => [e.id, e]));
  for (const p of procedures) {
    const chart = p.parsed.flowchart && flowcharts.get(p.parsed.flowchart.id);
    if (chart && chart.parsed.procedure.id !== p.id) {
      problems.push(
        problemAt(
          p,
          ['flowchart'],
          `流程图「${chart.id}」画的不是本程序（它的 procedure 是「${chart.parsed.procedure.id}」）`,
          '改正其中一处，使两边一致',
        ),
      );
    }
  }
  problems.push(
    ...answeredBack(
      procedures,
      'templates',
      (p) => p.parsed.templates ?? [],
      templates,
      (t) => t.parsed.procedures,
      (p, t) => [`模板「${t.id}」的所属程序中没有本程序`, `在 ${t.file} 的 procedures 中加上 ${p.id}`],
    ),
    ...answeredBack(
      [...templates.values()],
      'procedures',
      (t) => t.parsed.procedures,
      procedureById,
      (p) => p.parsed.templates ?? [],
      (t, p) => [`程序「${p.id}」的文书模板中没有本模板`, `在 ${p.file} 的 templates 中加上 ${t.id}`],
    ),
  );
  for (const chart of flowcharts.values()) {
    const procedure = procedureById.get(chart.parsed.procedure.id);
    if (procedure && procedure.parsed.flowchart?.id !== chart.id) {
      problems.push(
        problemAt(
          chart,
          ['procedure'],
          `程序「${procedure.id}」没有把本图设为它的流程图`,
          `在 ${procedure.file} 中写 flowchart: ${chart.id}`,
        ),
      );
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
  return entriesOf(valid, 'regulations')
    .filter((e) => !cited.has(e.id) && !e.parsed.role)
    .map((e) =>
      problemAt(
        e,
        ['id'],
        `制度文件「${e.id}」没有被任何工作程序或责任清单引用`,
        '在工作程序的“依据”中引用它，或用 role 字段写明它在本站中的作用',
      ),
    );
}
