/**
 * The notice of a revised regulation, as built, on exactly the pages the data says: every procedure, its 时间推算,
 * flowchart and template page and the template's Word file, and the printed guide, whose `checked` version of a
 * regulation the catalogue has since superseded (or does not say); nothing on the others, nothing on past editions.
 * The expected pages are worked out here from the raw content with the same pure module, so a new revision in the
 * catalogue moves them without this test changing.
 */
import JSZip from 'jszip';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content-source/entries.ts';
import { pendingReviews, type RegulationVersions } from '../../src/lib/regulation-versions.ts';
import { chapterOfProcedure, routes } from '../../src/lib/routes.ts';
import { COLLECTION_LIST } from '../../src/schemas/collections.ts';
import { BUILDS, onBuild, requireBuild, ROOT } from '../support/builds.ts';

const dist = requireBuild(BUILDS[0].dir);
const html = (route: string) => readFileSync(join(dist, route.replace(/^\//, ''), 'index.html'), 'utf8');
const notices = (page: string) => page.match(/class="revision-notice"/g)?.length ?? 0;

type Raw = Record<string, unknown> & { checked?: Record<string, string> };
const entries = loadContent(ROOT, COLLECTION_LIST).entries;
const of = (name: string) => entries.filter((e) => e.def.name === name);
const catalogue = new Map(of('regulations').map((r) => [r.id, r.data as RegulationVersions]));

/** What a raw procedure rests on: its basis and its timeline limits. */
const reliances = (data: Raw) => [
  ...((data.basis as { regulation: string }[]) ?? []).map((c) => c.regulation),
  ...((data.timeline as { limits: { regulation?: string; version?: string }[] } | undefined)?.limits ?? []).flatMap(
    (l) => (l.regulation ? [{ regulation: l.regulation, version: l.version }] : []),
  ),
];
const plain = (r: ReturnType<typeof reliances>) => r.map((x) => (typeof x === 'string' ? x : x.regulation));
const procedures = new Map(of('procedures').map((p) => [p.id, p]));
const stale = (restsOn: ReturnType<typeof reliances>, data: Raw) =>
  pendingReviews(restsOn, data.checked, catalogue).length > 0;

const staleProcedures = of('procedures').filter((p) => stale(reliances(p.data as Raw), p.data as Raw));
const staleCharts = of('flowcharts').filter((f) => {
  const procedure = procedures.get((f.data as { procedure: string }).procedure)!;
  return stale(plain(reliances(procedure.data as Raw)), f.data as Raw);
});
const staleTemplates = of('templates').filter((t) => {
  const own = (t.data as { procedures: string[] }).procedures.flatMap((id) =>
    plain(reliances(procedures.get(id)!.data as Raw)),
  );
  return stale(own, t.data as Raw);
});

describe(onBuild(BUILDS[0], 'notices of revised regulations'), () => {
  it('are due somewhere (the 2026 发展党员细则), so this test tests something', () => {
    expect(staleProcedures.map((p) => p.id)).toContain('member-recruitment');
    expect(staleCharts.length).toBeGreaterThan(0);
    expect(staleTemplates.length).toBeGreaterThan(0);
  });

  it('are on exactly the procedure, flowchart and template pages the data says, naming the regulation', () => {
    const expected = (ids: string[], id: string) => (ids.includes(id) ? 1 : 0);
    for (const p of of('procedures')) {
      const page = html(routes.procedure(chapterOfProcedure(p.file), p.id));
      expect(notices(page), p.id).toBe(
        expected(
          staleProcedures.map((s) => s.id),
          p.id,
        ),
      );
    }
    for (const f of of('flowcharts'))
      expect(notices(html(routes.flowchart(f.id))), f.id).toBe(
        expected(
          staleCharts.map((s) => s.id),
          f.id,
        ),
      );
    for (const t of of('templates'))
      expect(notices(html(routes.template(t.id))), t.id).toBe(
        expected(
          staleTemplates.map((s) => s.id),
          t.id,
        ),
      );
    const page = html(routes.procedure('members', 'member-recruitment'));
    expect(page).toContain('《中国共产党发展党员工作细则》已修订，现行版本于2026年5月印发。');
    expect(page).toContain('本页按2014年版撰写，尚未按修订后的文本复核；修订涉及列为发展对象前的公示');
  });

  it('are on the 时间推算 of a procedure whose limits rest on a revised regulation', () => {
    for (const p of of('procedures').filter((p) => (p.data as Raw).timeline)) {
      const limits = reliances({ basis: [], timeline: (p.data as Raw).timeline } as Raw);
      expect(notices(html(routes.timeline(p.id))), p.id).toBe(stale(limits, p.data as Raw) ? 1 : 0);
    }
  });

  it('open the Word file of a template that follows a superseded version, and no other', async () => {
    for (const t of of('templates')) {
      const zip = await JSZip.loadAsync(readFileSync(join(dist, routes.templateDocx(t.id).slice(1))));
      const xml = await zip.file('word/document.xml')!.async('string');
      expect(xml.includes('使用提示（打印前请删除本段）'), t.id).toBe(staleTemplates.some((s) => s.id === t.id));
    }
  });

  it('are in the printed guide once per stale procedure, and never on a past edition’s pages', () => {
    expect(notices(html(routes.handbook()))).toBe(staleProcedures.length);
    for (const year of ['2022', '2023', '2024']) {
      const past = join(dist, 'editions', year, 'guide/members/member-recruitment/index.html');
      if (existsSync(past)) expect(notices(readFileSync(past, 'utf8'))).toBe(0);
    }
  });

  it('give the catalogue each revised regulation’s history', () => {
    const page = html(routes.regulations());
    expect(page).toContain('历次版本：2014年5月印发（2014年版）；2026年5月印发（2026年版，现行）。');
    expect(page).toContain('以下要点按2014年版整理，现行版本规定不同的，以现行版本原文为准。');
  });
});
