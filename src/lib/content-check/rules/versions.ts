/**
 * Regulation versions: the catalogue's history of each regulation is consistent, every page names versions that
 * exist, and every page resting on a revised regulation says which version it follows. A page that follows an older
 * version than the one in force is not an error (it is published with a notice, src/data/queries/regulation-notices.ts) but a
 * warning: the organ Party committee's review backlog, listed by `npm run check` without failing it.
 */
import {
  currentVersion,
  isRevised,
  pendingReviews,
  procedureReliances,
  versionName,
  versionsOf,
  whenIssued,
  type Reliance,
} from '../../regulation-versions.ts';
import { NOT_CONCERNED } from '../../../schemas/regulation-version.ts';
import type { Problem } from '../../content-source/problem.ts';
import { entriesOf, problemAt, type DataOf, type RuleInput, type TypedEntry } from './input.ts';

type Catalogue = Map<string, TypedEntry<'regulations'>>;

/** The catalogue's own history: versions unique, older ones issued before the one in force, summaries with history. */
function historyProblems(catalogue: Catalogue): Problem[] {
  const problems: Problem[] = [];
  for (const r of catalogue.values()) {
    const data = r.parsed;
    const labels = versionsOf(data).map((v) => v.version);
    (data.history ?? []).forEach((v, i) => {
      const at = ['history', i, 'version'];
      if (labels.indexOf(v.version) !== i)
        problems.push(
          problemAt(
            r,
            at,
            `版本「${v.version}」重复`,
            '每个版本写一次；现行版本写在最外层的 issued（和 version）中，不写进 history',
          ),
        );
      const next = data.history?.[i + 1]?.issued ?? data.issued;
      if (v.issued >= next)
        problems.push(
          problemAt(
            r,
            ['history', i, 'issued'],
            `版本「${v.version}」的印发时间 ${v.issued} 不早于后一版的 ${next}`,
            'history 按从旧到新排列，最外层写现行版本',
          ),
        );
    });
    if (data.revision && !isRevised(data))
      problems.push(
        problemAt(
          r,
          ['revision'],
          '写了修订情况，却没有写此前的版本',
          '在 history 中写上被修订的版本（version、issued），或删去 revision',
        ),
      );
    if (data.provisionsVersion && !labels.includes(data.provisionsVersion))
      problems.push(
        problemAt(
          r,
          ['provisionsVersion'],
          `没有「${data.provisionsVersion}」这个版本`,
          `写以下之一：${labels.join('、')}`,
        ),
      );
  }
  return problems;
}

/** An entry's `checked` map: each regulation one it rests on, each version one the catalogue knows. */
function checkedProblems(
  e: TypedEntry<'procedures' | 'flowcharts' | 'templates'>,
  checked: Record<string, string> | undefined,
  restsOn: ReadonlySet<string>,
  catalogue: Catalogue,
): Problem[] {
  return Object.entries(checked ?? {}).flatMap(([id, version]) => {
    const at = ['checked', id];
    const r = catalogue.get(id);
    if (!r) return [problemAt(e, at, `制度文件目录中没有「${id}」`, '写 content/regulations.yaml 中的制度编号')];
    if (!restsOn.has(id))
      return [problemAt(e, at, `本页不依据《${r.parsed.title}》`, '删去这一行：只为本页依据的制度写版本')];
    if (version === NOT_CONCERNED)
      return e.def.name === 'procedures'
        ? [
            problemAt(
              e,
              at,
              `工作程序引用了《${r.parsed.title}》，不能写“${NOT_CONCERNED}”`,
              '写本页依据的版本，如 "2014"',
            ),
          ]
        : [];
    const labels = versionsOf(r.parsed).map((v) => v.version);
    if (!labels.includes(version))
      return [problemAt(e, at, `《${r.parsed.title}》没有「${version}」这个版本`, `写以下之一：${labels.join('、')}`)];
    return [];
  });
}

/** The backlog: one warning per entry and revised regulation it has not been reviewed against. */
function reviewWarnings(
  e: TypedEntry<'procedures' | 'flowcharts' | 'templates'>,
  reliances: readonly Reliance[],
  checked: Record<string, string> | undefined,
  catalogue: Catalogue,
): Problem[] {
  const data = new Map([...catalogue].map(([id, r]) => [id, r.parsed]));
  // A version the catalogue does not know is an error already (checkedProblems); no warning on top of it.
  const known = (id: string) => !checked?.[id] || versionsOf(data.get(id)!).some((v) => v.version === checked[id]);
  return pendingReviews(reliances, checked, data)
    .filter((p) => known(p.regulation))
    .map((p) => {
      const path = checked?.[p.regulation] ? ['checked', p.regulation] : ['title'];
      const follows = p.follows ? `按${versionName(p.follows)}撰写` : '没有注明按哪一版撰写';
      return {
        ...problemAt(
          e,
          path,
          `待复核：《${p.title}》${versionName(p.current)}已于${whenIssued(p.current)}，本页${follows}`,
          `按修订后的原文复核本页后，写 checked: { ${p.regulation}: "${currentVersion(catalogue.get(p.regulation)!.parsed)}" }；复核前页面显示修订提示`,
        ),
        severity: 'warning' as const,
      };
    });
}

export function versionRule({ valid }: RuleInput): Problem[] {
  const catalogue: Catalogue = new Map(entriesOf(valid, 'regulations').map((r) => [r.id, r]));
  const procedures = new Map(entriesOf(valid, 'procedures').map((p) => [p.id, p]));
  const idsOf = (reliances: readonly Reliance[]) =>
    new Set(reliances.map((r) => (typeof r === 'string' ? r : r.regulation)));
  const reliancesOfProcedures = (refs: readonly { id: string }[]) => [
    ...idsOf(refs.flatMap((ref) => (procedures.get(ref.id) ? procedureReliances(procedures.get(ref.id)!.parsed) : []))),
  ];

  const problems = historyProblems(catalogue);
  const judge = (
    e: TypedEntry<'procedures' | 'flowcharts' | 'templates'>,
    reliances: Reliance[],
    checked: Record<string, string> | undefined,
  ) =>
    problems.push(
      ...checkedProblems(e, checked, idsOf(reliances), catalogue),
      ...reviewWarnings(e, reliances, checked, catalogue),
    );

  for (const p of procedures.values()) {
    const data: DataOf<'procedures'> = p.parsed;
    judge(p, procedureReliances(data), data.checked);
    (data.timeline?.limits ?? []).forEach((l, i) => {
      const r = l.regulation && catalogue.get(l.regulation.id);
      if (l.version && r && !versionsOf(r.parsed).some((v) => v.version === l.version))
        problems.push(
          problemAt(
            p,
            ['timeline', 'limits', i, 'version'],
            `《${r.parsed.title}》没有「${l.version}」这个版本`,
            `写以下之一：${versionsOf(r.parsed)
              .map((v) => v.version)
              .join('、')}`,
          ),
        );
      if (l.version && !l.regulation)
        problems.push(
          problemAt(p, ['timeline', 'limits', i, 'version'], '写了版本却没有写制度', '补上 regulation，或删去 version'),
        );
    });
  }
  for (const f of entriesOf(valid, 'flowcharts'))
    judge(f, reliancesOfProcedures([f.parsed.procedure]), f.parsed.checked);
  for (const t of entriesOf(valid, 'templates')) judge(t, reliancesOfProcedures(t.parsed.procedures), t.parsed.checked);
  return problems;
}
