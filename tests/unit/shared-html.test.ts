/** The parts two pages of a build share (src/lib/shared-html.ts): rendered once, whichever page comes first. */
import { describe, expect, it } from 'vitest';
import { notShared, sharedHtml, sharedPart } from '../../src/lib/shared-html.ts';

/** A render that counts its calls and names its output after them. */
function counting(name: string) {
  const calls = { n: 0 };
  const render = async () => `<p>${name} ${++calls.n}</p>`;
  return { calls, render };
}

describe('shared page parts', () => {
  it('renders a part once for its two pages, in either order, and lets it go once taken', async () => {
    const store = sharedHtml(true);
    const body = counting('body');
    const first = await store.take(sharedPart.procedureBody('p1'), body.render);
    expect(store.notTaken('procedure-body:')).toEqual([sharedPart.procedureBody('p1')]);
    const second = await store.take(sharedPart.procedureBody('p1'), body.render);
    expect(second).toBe(first);
    expect(body.calls.n).toBe(1);
    expect(store.notTaken('')).toEqual([]);
    expect(store.renderedAgain('procedure-body:')).toEqual([]);
  });

  it('hands the second page the first one’s render even while it is still rendering', async () => {
    const store = sharedHtml(true);
    const body = counting('body');
    const [a, b] = await Promise.all([store.take('k', body.render), store.take('k', body.render)]);
    expect([a, b, body.calls.n]).toEqual(['<p>body 1</p>', '<p>body 1</p>', 1]);
  });

  it('keeps parts apart by key', async () => {
    const store = sharedHtml(true);
    const one = counting('one');
    const two = counting('two');
    await store.take(sharedPart.procedureBody('a'), one.render);
    expect(await store.take(sharedPart.flowchartText('a'), two.render)).toBe('<p>two 1</p>');
    expect(await store.take(sharedPart.procedureBody('a'), two.render)).toBe('<p>one 1</p>');
  });

  it('names a part rendered a second time (a third page, or a page that did not share)', async () => {
    const store = sharedHtml(true);
    const body = counting('body');
    for (let i = 0; i < 3; i++) await store.take(sharedPart.procedureBody('p1'), body.render);
    await store.take(sharedPart.flowchartText('c1'), body.render);
    expect(store.renderedAgain('procedure-body:')).toEqual([sharedPart.procedureBody('p1')]);
    expect(store.renderedAgain('flowchart-text:')).toEqual([]);
  });

  it('renders every time when not shared (the dev server, whose content changes between renders)', async () => {
    const store = sharedHtml(false);
    const body = counting('body');
    expect(await store.take('k', body.render)).toBe('<p>body 1</p>');
    expect(await store.take('k', body.render)).toBe('<p>body 2</p>');
    expect(store.notTaken('')).toEqual([]);
  });

  it('names a procedure part not shared (rendered twice, or left untaken), and not a chart under two procedures', async () => {
    const store = sharedHtml(true);
    const part = counting('part');
    // One build: each procedure's page and the handbook, either first; a chart's page and two procedures' handbook entries.
    for (const id of ['p1', 'p2']) {
      for (const name of [sharedPart.procedureBody(id), sharedPart.revisionNotices(id), sharedPart.districtRules(id)]) {
        await store.take(name, part.render);
        await store.take(name, part.render);
      }
    }
    for (let i = 0; i < 3; i++) await store.take(sharedPart.flowchartText('c1'), part.render);
    expect(notShared(store)).toEqual([]);
    // The handbook renders p2's 关区规定 itself again (its page did not share it).
    await store.take(sharedPart.districtRules('p2'), part.render);
    await store.take(sharedPart.districtRules('p2'), part.render);
    expect(notShared(store)).toEqual([sharedPart.districtRules('p2')]);
    // p3's page renders its body itself: the handbook's render is never taken.
    await store.take(sharedPart.procedureBody('p3'), part.render);
    expect(notShared(store)).toEqual([sharedPart.procedureBody('p3'), sharedPart.districtRules('p2')]);
  });
});
