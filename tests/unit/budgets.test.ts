/** What a page's JavaScript weight counts: its scripts and every chunk they import statically, not import(). */
import { describe, expect, it } from 'vitest';
import { gzipSize, weighPage } from '../../scripts/lib/budgets.ts';

const files: Record<string, string> = {
  '/_astro/page.js': 'import{a}from"./shared.js";import"./side.js";a();document.onclick=()=>import("./late.js");',
  '/_astro/shared.js': 'import{b}from"./deep.js";export const a=()=>b();',
  '/_astro/deep.js': `export const b=()=>${JSON.stringify('x'.repeat(50))};`,
  '/_astro/side.js': 'import{a}from"./shared.js";a();',
  '/_astro/late.js': `export const big=${JSON.stringify('y'.repeat(5000))};`,
};
const html = '<html><script type="module" src="/djzy/_astro/page.js"></script></html>';

describe('page JavaScript weight', () => {
  it('follows static imports through every chunk, each once, and leaves out import()', () => {
    const weight = weighPage('index.html', html, (path) => files[path], '/djzy/');
    const loaded = ['/_astro/page.js', '/_astro/shared.js', '/_astro/deep.js', '/_astro/side.js'];
    expect(weight.js).toBe(gzipSize(loaded.map((f) => files[f]).join('\n')));
    // The chunk loaded on a click weighs nothing here, whatever its size.
    files['/_astro/late.js'] = `export const big=${JSON.stringify(Math.random().toString(36).repeat(500))};`;
    expect(weighPage('index.html', html, (path) => files[path], '/djzy/').js).toBe(weight.js);
  });
});
