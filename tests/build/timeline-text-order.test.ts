/**
 * The 时间推算 tool's steps in the order of each procedure's own page, over the site's real content: for EVERY
 * procedure with a `timeline`, the steps the tool lists (in the frontmatter's order, as the tool shows them) and the
 * limits that put one after another follow the order in which the page's “工作程序” section presents them. Each step
 * is tied to the words of the text that present it (`inText`; src/lib/timeline/text-order.ts explains the choice).
 */
import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../src/schemas/collections.ts';
import { loadContent } from '../../src/lib/content-source/entries.ts';
import { timelineRules, type TimelineData } from '../../src/lib/timeline/content.ts';
import { pinsOf } from '../../src/lib/timeline/rules.ts';
import { procedureSectionText, textOrderProblems } from '../../src/lib/timeline/text-order.ts';
import { ROOT } from '../support/builds.ts';

const procedures = loadContent(ROOT, [COLLECTIONS.procedures])
  .entries.filter((e) => (e.data as { timeline?: unknown }).timeline !== undefined)
  .map((e) => ({
    id: e.id,
    timeline: (e.data as { timeline: TimelineData }).timeline,
    text: procedureSectionText(e.mdxSource!)!,
  }));

/** Where the step's words stand in the text, or undefined for a step tied to none. */
function placeOf(text: string, quote: string | undefined): number | undefined {
  if (quote === undefined) return undefined;
  const at = text.indexOf(quote);
  expect(at, `「${quote}」`).toBeGreaterThanOrEqual(0);
  expect(text.indexOf(quote, at + 1), `「${quote}」只应出现一次`).toBe(-1);
  return at;
}

describe('the 时间推算 steps follow the procedure text', () => {
  it('covers every procedure with a timeline', () => {
    expect(procedures.map((p) => p.id).sort()).toEqual([
      'branch-election',
      'establish-branch',
      'member-recruitment',
      'relation-transfer',
      'unqualified-members',
    ]);
    for (const p of procedures) expect(p.text, p.id).toContain(p.timeline.steps.find((s) => s.inText)!.inText);
  });

  it.each(procedures.map((p) => [p.id, p] as const))('%s', (_id, { timeline, text }) => {
    const rules = timelineRules('test', timeline);
    const placed = timeline.steps.flatMap((s) => {
      const at = placeOf(text, s.inText);
      return at === undefined ? [] : [{ id: s.id, at }];
    });
    // Only circumstances and days fixed by a period from another step's day go untied.
    const untied = timeline.steps.filter((s) => s.inText === undefined);
    for (const s of untied) expect(s.circumstance === true || pinsOf(rules, s.id).length > 0, s.id).toBe(true);
    // The tool's order is the text's order.
    expect(placed.map((s) => s.id)).toEqual([...placed].sort((a, b) => a.at - b.at).map((s) => s.id));
    // No limit puts a step after one the text presents later.
    const place = new Map(placed.map((s) => [s.id, s.at]));
    for (const c of rules.constraints) {
      if (c.relation !== 'noEarlierThan' || c.direction !== 'after') continue;
      const step = place.get(c.step);
      const from = place.get(c.anchor);
      if (step !== undefined && from !== undefined) expect(from, c.id).toBeLessThanOrEqual(step);
    }
    expect(textOrderProblems(timeline, text)).toEqual([]);
  });

  it('发展党员: 公示 before 列为发展对象, as the page’s step 7 and 8 say', () => {
    const recruitment = procedures.find((p) => p.id === 'member-recruitment')!;
    const ids = recruitment.timeline.steps.map((s) => s.id);
    expect(ids.indexOf('publicity')).toBe(ids.indexOf('candidate') - 1);
    // The order the tool had before (公示 after 列为发展对象, counted from it) is reported, at both places.
    const old: TimelineData = {
      steps: recruitment.timeline.steps.map((s) =>
        s.id === 'publicity'
          ? recruitment.timeline.steps[ids.indexOf('candidate')]!
          : s.id === 'candidate'
            ? recruitment.timeline.steps[ids.indexOf('publicity')]!
            : s,
      ),
      limits: recruitment.timeline.limits.map((l) =>
        l.id === 'candidate-after-publicity' ? { ...l, step: 'publicity', from: 'candidate', offset: '当日' } : l,
      ),
    };
    expect(textOrderProblems(old, recruitment.text).map((p) => p.path.join('.'))).toEqual([
      'timeline.steps.4',
      `timeline.limits.${recruitment.timeline.limits.findIndex((l) => l.id === 'candidate-after-publicity')}`,
    ]);
  });
});
