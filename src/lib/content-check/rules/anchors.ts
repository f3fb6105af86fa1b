/**
 * Links to a part of a page (`/guide/organization/establish-branch/#常见问题`, `#概述`): the anchor must be one the
 * page has. The anchors of a page are known from the sources: its body's headings (as the build slugs them), the
 * sections its layout names (routes.ts sectionIds) and the entries shown as anchors (regulations, editions,
 * problems). A page whose anchors the sources cannot tell is left to the link check of the built site.
 */
import { POSTS } from '../../../schemas/seed-facts.ts';
import { routes, sectionIds } from '../../routes.ts';
import { pageOf } from '../../site-map.ts';
import type { Problem } from '../../content-source/problem.ts';
import { entriesOf, type RuleInput } from './input.ts';
import { editDistance } from './suggest.ts';

/** Every page whose anchors the sources tell, with those anchors. */
export function pageAnchors({ valid, mdxFacts }: Pick<RuleInput, 'valid' | 'mdxFacts'>): Map<string, Set<string>> {
  const anchors = new Map<string, Set<string>>();
  const on = (page: string) => anchors.get(page) ?? anchors.set(page, new Set()).get(page)!;
  /** An address with an anchor, as routes.ts spells it. */
  const add = (href: string) => {
    const [page = '', id = ''] = href.split('#');
    on(page).add(id);
  };
  const pageOfEntry = (e: (typeof valid)[number]) => pageOf({ collection: e.def.name, id: e.id, filePath: e.file });

  for (const [e, facts] of mdxFacts) {
    const page = pageOfEntry(e);
    // A template's body is shown as the document it prints as, not as page headings.
    if (page && e.def.name !== 'templates') for (const id of facts.headingIds) on(page).add(id);
    // 交纳标准 is there whenever `dues` is written: a mistake inside it is reported there, not at links to it.
    const data = e.data as { dues?: unknown } | null;
    if (page && e.def.name === 'procedures' && typeof data === 'object' && data?.dues !== undefined)
      on(page).add(sectionIds.procedure.dues);
  }
  const citedByDuty = new Set(
    entriesOf(valid, 'duties').flatMap((d) =>
      d.parsed.items.flatMap((item) => (item.procedures ?? []).map((ref) => ref.id)),
    ),
  );
  for (const p of entriesOf(valid, 'procedures')) {
    const page = pageOfEntry(p)!;
    const { facts, districtRules, flowchart, duties } = sectionIds.procedure;
    on(page).add(facts);
    if (p.parsed.districtRules?.length) on(page).add(districtRules);
    if (p.parsed.flowchart) on(page).add(flowchart);
    if (citedByDuty.has(p.id)) on(page).add(duties);
    add(routes.selfCheckProcedure(p.id));
  }
  for (const f of entriesOf(valid, 'flowcharts'))
    on(pageOfEntry(f)!).add(sectionIds.flowchart.steps).add(sectionIds.flowchart.templates);
  for (const d of entriesOf(valid, 'duties')) d.parsed.items.forEach((_, i) => add(routes.dutyItem(d.id, i + 1)));
  for (const post of POSTS) for (const id of Object.values(sectionIds.role)) on(routes.role(post.id)).add(id);
  for (const r of entriesOf(valid, 'regulations')) add(routes.regulation(r.id));
  for (const r of entriesOf(valid, 'revisions')) add(routes.revision(r.id));
  for (const p of entriesOf(valid, 'rectification')) add(routes.problem(p.id));
  return anchors;
}

const decoded = (fragment: string) => {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
};

export function anchorRule(input: RuleInput): Problem[] {
  const anchors = pageAnchors(input);
  const problems: Problem[] = [];
  for (const [e, facts] of input.mdxFacts) {
    const own = pageOf({ collection: e.def.name, id: e.id, filePath: e.file });
    for (const link of facts.anchorLinks) {
      const hash = link.url.indexOf('#');
      const page = hash === 0 ? own : link.url.slice(0, hash).replace(/\?.*$/, '');
      const known = page ? anchors.get(page) : undefined;
      const id = decoded(link.url.slice(hash + 1));
      // Only "top of page" (#) or an anchor the sources cannot tell about is left to the built site's link check.
      if (!id || !known || known.has(id)) continue;
      // Headings are short words: only a near miss of one character in three is offered as the intended one.
      const near = [...known].find((a) => editDistance(id, a) <= Math.max(1, Math.floor(id.length / 3)));
      problems.push({
        file: e.file,
        line: link.line,
        field: '正文',
        problem: `链接 ${link.url} 指向的页面上没有「#${id}」这一节`,
        fix: near
          ? `是否应为「#${near}」？`
          : `#后面写目标页面上小标题的文字（去掉标点），如 #常见问题；该页可链接的小节：${[...known]
              .slice(0, 6)
              .map((a) => `#${a}`)
              .join('、')}${known.size > 6 ? ' 等' : ''}`,
      });
    }
  }
  return problems;
}
