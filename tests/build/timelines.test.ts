/**
 * The time limits as built: every limit of a procedure's `timeline` reads the same on the procedure page, in its
 * 时间推算 page and in the handbook, so the page text and the worked-out dates cannot disagree; the tools are
 * linked from where a branch secretary meets them, and link back to each step's template.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content-source/entries.ts';
import { chapterOfProcedure, routes } from '../../src/lib/routes.ts';
import { limitLines, rulesFromRaw } from '../../src/lib/timeline/content.ts';
import { COLLECTION_LIST } from '../../src/schemas/collections.ts';
import { BUILDS, onBuild, requireBuild, ROOT } from '../support/builds.ts';

const dist = requireBuild(BUILDS[0].dir);
const page = (path: string) => readFileSync(join(dist, path.replace(/^\//, ''), 'index.html'), 'utf8');
/** Text of a page with tags dropped, so a sentence split by markup still matches. */
const text = (html: string) => html.replace(/<[^>]+>/g, '');

const timed = loadContent(ROOT, COLLECTION_LIST)
  .entries.filter((e) => e.def.name === 'procedures')
  .flatMap((e) => {
    const rules = rulesFromRaw(e.id, (e.data as { timeline?: unknown }).timeline);
    const steps = ((e.data as { timeline?: { steps: { template?: string }[] } }).timeline?.steps ?? []).flatMap((s) =>
      s.template ? [s.template] : [],
    );
    return rules ? [{ id: e.id, chapter: chapterOfProcedure(e.file), rules, templates: steps }] : [];
  });

describe(onBuild(BUILDS[0], '时间节点'), () => {
  it('exist for 发展党员, 换届, 成立党支部, 组织关系转接 and 处置不合格党员', () => {
    expect(timed.map((t) => t.id).sort()).toEqual([
      'branch-election',
      'establish-branch',
      'member-recruitment',
      'relation-transfer',
      'unqualified-members',
    ]);
  });

  describe.each(timed.map((t) => [t.id, t]))('%s', (_id, t) => {
    const procedure = page(routes.procedure(t.chapter, t.id));
    const tool = page(routes.timeline(t.id));

    it('the procedure page states every limit with a period and links to its 时间推算', () => {
      for (const line of limitLines(t.rules)) expect(text(procedure)).toContain(line.sentence);
      expect(procedure).toContain(`href="${routes.timeline(t.id)}"`);
    });

    it('the 时间推算 page lists every limit and the template of each step, and solves the same rules', () => {
      for (const line of limitLines(t.rules, true)) expect(text(tool)).toContain(line.sentence);
      for (const template of t.templates) expect(tool).toContain(`href="${routes.template(template)}"`);
      const data = JSON.parse(
        tool
          .match(/data-timeline="([^"]+)"/)![1]!
          .replace(/&quot;/g, '"')
          .replace(/&amp;/g, '&'),
      ) as { rules: unknown };
      expect(data.rules).toEqual(JSON.parse(JSON.stringify(t.rules)));
    });

    it('the handbook prints the same limits', () => {
      const handbook = text(page(routes.handbook()));
      for (const line of limitLines(t.rules)) expect(handbook).toContain(line.sentence);
    });
  });

  it('the branch secretary’s portal, the ledger and every procedure page lead to the tools', () => {
    const portal = page(routes.role('branch-secretary'));
    expect(portal).toContain(`href="${routes.selfCheck()}"`);
    for (const t of timed) expect(portal).toContain(`href="${routes.timeline(t.id)}"`);
    expect(page(routes.rectification())).toContain(`href="${routes.selfCheck()}"`);
    expect(page(routes.procedure('organization', 'establish-branch'))).toContain(
      `href="${routes.selfCheckProcedure('establish-branch')}"`,
    );
  });
});
