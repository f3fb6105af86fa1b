/**
 * The numbers the seed document fixes: items per duty list, and how many chapters, procedures, flowcharts,
 * templates, series, problems, measures and units there are (exact for complete collections, a bound otherwise).
 */
import { COLLECTIONS } from '../../../schemas/collections.ts';
import { DUTY_LISTS, type SEED_COUNTS } from '../../../schemas/seed-facts.ts';
import type { Problem } from '../../content-source/problem.ts';
import type { ValidEntry } from '../validate.ts';
import { entriesOf, problemAt, type RuleInput } from './input.ts';

export function dutyListRule({ valid }: RuleInput): Problem[] {
  const problems: Problem[] = [];
  for (const e of entriesOf(valid, 'duties')) {
    const fact = DUTY_LISTS.find((d) => d.id === e.id);
    if (!fact) {
      problems.push(
        problemAt(
          e,
          [],
          `「${e.id}」不是“三级五岗”的清单之一`,
          `文件名只能是：${DUTY_LISTS.map((d) => `${d.id}.yaml（${d.subject}）`).join('、')}`,
        ),
      );
      continue;
    }
    const items = e.parsed.items.length;
    if (items !== fact.count) {
      const diff = items - fact.count;
      problems.push(
        problemAt(
          e,
          ['items'],
          `${fact.subject}责任清单应为 ${fact.count} 条（关区经验材料中的数字），现在是 ${items} 条，${diff > 0 ? `多了 ${diff}` : `少了 ${-diff}`} 条`,
          diff > 0 ? '合并或删除多出的条目' : '补齐缺少的条目',
        ),
      );
    }
  }
  return problems;
}

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
    check(entriesOf(valid, key), entryCounts.get(key) ?? 0, key, source.kind === 'glob' ? source.base : source.path);
  }
  const cases = counts.cases;
  const caseCount = entryCounts.get('cases') ?? 0;
  if (cases.complete && caseCount < cases.count) {
    problems.push({
      file: entriesOf(valid, 'cases').at(-1)?.file ?? 'content/cases',
      line: 1,
      field: '',
      problem: `${cases.label}至少应有 ${cases.count} 个（关区经验材料：截至2022年7月已展示${cases.count}个），现在是 ${caseCount} 个`,
      fix: `补充 ${cases.count - caseCount} 个案例`,
    });
  }
  const ledger = entriesOf(valid, 'rectification');
  check(ledger, ledger.length, 'problems', 'content/rectification/ledger.yaml');
  check(
    ledger,
    ledger.reduce((n, e) => n + e.parsed.measures.length, 0),
    'measures',
    'content/rectification/ledger.yaml',
  );
  const units = entriesOf(valid, 'units');
  const customs = units.filter((e) => e.parsed.kind === '隶属海关');
  check(customs, customs.length, 'customsUnits', 'content/units');
  const institutions = units.filter((e) => e.parsed.kind === '事业单位');
  check(institutions, institutions.length, 'institutions', 'content/units');
  return problems;
}
