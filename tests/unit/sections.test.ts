/** The one section table: navigation, the search filter and the no-JS page index read the same rows. */
import { describe, expect, it } from 'vitest';
import { PILLARS, pillarOf } from '../../src/lib/navigation.ts';
import { routes } from '../../src/lib/routes.ts';
import { guideTextFirst, searchSection } from '../../src/lib/search.ts';
import { SECTION_LABELS, sectionLabel, SECTIONS, sectionOf } from '../../src/lib/sections.ts';

describe('section table', () => {
  it('gives every pillar page its own pillar, and every top-level page route a 栏目', () => {
    for (const pillar of PILLARS) expect(sectionOf(pillar.href)?.pillar).toBe(pillar.id);
    const pages = Object.values(routes).map((route) => (route as (id: string) => string)('x'));
    const firsts = pages
      .map((href) => href.split('/').filter(Boolean)[0])
      // The search page and a chart's full-size page belong to no 栏目; the editors' editor is not a reader page.
      .filter((first) => first && !['search', 'diagrams', 'admin'].includes(first));
    const topLevel = new Set(firsts.map((first) => `/${first}/`));
    for (const prefix of topLevel) expect(sectionOf(prefix), prefix).toBeDefined();
  });

  it('has one row per prefix, and the header and search read it', () => {
    expect(new Set(SECTIONS.map((s) => s.prefix)).size).toBe(SECTIONS.length);
    expect(pillarOf(routes.role('branch-secretary'))).toBe('duties');
    expect(searchSection(routes.unit('unit-01'))).toBe('双面清单');
    expect(searchSection('/')).toBeUndefined();
    expect(SECTION_LABELS[0]).toBe('责任清单');
    expect(new Set(SECTION_LABELS).size).toBe(SECTION_LABELS.length);
  });

  it('names a 栏目 by its address, so code that treats one apart follows a renamed label', () => {
    expect(sectionLabel(routes.templates())).toBe(sectionOf(routes.template('t'))?.label);
    expect(() => sectionLabel('/nowhere/')).toThrow(/not a section prefix/);
    // The keyword search lets the forms' 栏目 give way to the guideline's text, whatever it is called.
    const hit = (section: string) => ({ score: 1, example: false, section });
    expect(guideTextFirst(hit(sectionLabel(routes.templates())))).toBe(1);
    expect(guideTextFirst(hit(sectionLabel(routes.flowcharts())))).toBe(1);
    expect(guideTextFirst(hit(sectionLabel(routes.guide())))).toBe(0);
  });
});
