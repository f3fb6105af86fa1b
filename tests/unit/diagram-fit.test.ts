/** How big charts are drawn: screen limits, page slices cut between label rows, and the landscape turn. */
import { describe, expect, it } from 'vitest';
import { cachedKeys, cachedSvg } from '../../src/lib/diagrams/cache.ts';
import { diagramFigureHtml, diagramLayout, diagramStyleHashes, diagramTitle } from '../../src/lib/diagrams/figure.ts';
import {
  diagramFitCss,
  mergeBands,
  PRINT_MIN_LABEL_PT,
  PRINT_PAGES,
  printLayout,
  readBands,
  readViewBox,
  screenFit,
  sliceRange,
  withBands,
  type Band,
} from '../../src/lib/diagrams/fit.ts';
import { cspHash } from '../../src/lib/csp.ts';

const bands = (...pairs: [number, number][]): Band[] => pairs.map(([top, bottom]) => ({ top, bottom }));
const inAnyBand = (y: number, list: Band[]) => list.some((b) => y > b.top && y < b.bottom);

describe('label bands', () => {
  it('merge where they overlap or touch', () => {
    expect(mergeBands(bands([50, 60], [0, 10], [10, 20], [55, 70]))).toEqual(bands([0, 20], [50, 70]));
  });
  it('round-trip through the root element of the cached SVG', () => {
    const svg = withBands('<svg viewBox="0 0 100 300"><g/></svg>', bands([10.04, 20.06], [15, 30], [100, 120]));
    expect(svg.startsWith('<svg data-bands="10 30,100 120" viewBox')).toBe(true);
    expect(readBands(svg)).toEqual(bands([10, 30], [100, 120]));
    expect(readBands('<svg viewBox="0 0 1 1">')).toEqual([]);
  });
});

describe('slicing a tall chart', () => {
  it('keeps a chart that fits in one slice', () => {
    expect(sliceRange(0, 500, bands([10, 100]), 600)).toEqual(bands([0, 500]));
  });
  it('cuts only in gaps, into the fewest slices, the shortest as tall as it can be', () => {
    const rows = bands([0, 80], [100, 180], [200, 280], [300, 380], [400, 480], [500, 580]);
    const slices = sliceRange(0, 600, rows, 400);
    expect(slices).toHaveLength(2);
    expect(slices[0]).toEqual({ top: 0, bottom: 290 });
    expect(slices[1]).toEqual({ top: 290, bottom: 600 });
    for (const s of slices.slice(1)) expect(inAnyBand(s.top, rows)).toBe(false);
  });
  it('gives the first slice less room (the heading shares its page)', () => {
    const rows = bands([0, 80], [100, 180], [200, 280], [300, 380], [400, 480], [500, 580]);
    const slices = sliceRange(0, 600, rows, 400, 200);
    expect(slices[0]!.bottom - slices[0]!.top).toBeLessThanOrEqual(200);
    expect(slices.every((s) => s.bottom - s.top <= 400)).toBe(true);
  });
  it('cuts a band taller than a page at the page height rather than lose it', () => {
    const slices = sliceRange(0, 1000, bands([0, 1000]), 400);
    expect(slices.map((s) => s.bottom - s.top)).toEqual([400, 400, 200]);
  });
});

describe('print layout', () => {
  it('keeps a narrow chart portrait at its drawn size (12 pt labels)', () => {
    const layout = printLayout({ x: 0, y: 0, width: 400, height: 900 }, []);
    expect(layout.orientation).toBe('portrait');
    expect(layout.labelPt).toBe(12);
    expect(layout.widthMm).toBeCloseTo(105.8, 1);
  });
  it('turns a chart the portrait page would print below 8 pt', () => {
    const layout = printLayout({ x: 0, y: 0, width: 1100, height: 900 }, []);
    expect(layout.orientation).toBe('landscape');
    expect(layout.widthMm).toBeLessThanOrEqual(PRINT_PAGES.landscape.widthMm);
    expect(layout.labelPt).toBeGreaterThanOrEqual(PRINT_MIN_LABEL_PT);
  });
  it('reports a chart too wide even for landscape', () => {
    expect(printLayout({ x: 0, y: 0, width: 2000, height: 500 }, []).labelPt).toBeLessThan(PRINT_MIN_LABEL_PT);
  });
});

describe('screen limits and the chart’s own rules', () => {
  const box = { x: 0, y: 0, width: 1000, height: 2000 };
  it('fit the column down to 12 px labels, 16 px in 长者模式', () => {
    expect(screenFit(box)).toEqual({ minPx: 750, maxPx: 1000, elderMinPx: 1000, elderMaxPx: 1250 });
  });
  it('size the inline chart, the phone hint, the full-size page and each printed slice', () => {
    const css = diagramFitCss('k1', box, printLayout(box, []));
    expect(css).toContain('[data-diagram="k1"] .diagram-scroll svg{min-width:750px;max-width:1000px}');
    expect(css).toContain('html.elder .page [data-diagram="k1"] .diagram-scroll svg');
    expect(css).toContain('.page:target [data-diagram="k1"] .diagram-scroll svg');
    expect(css).toMatch(/@media \(max-width:\d+px\)\{\[data-diagram="k1"\] \.diagram-hint\{display:block\}\}/);
    expect(css).toContain('[data-diagram="k1"] .diagram-slice-1{height:');
    // The width it asks of the page (drawn size plus the box's 18 px), larger in 长者模式: base.css lets a chart
    // wider than its column leave it.
    expect(css).toContain('[data-diagram="k1"] .diagram-scroll{--chart-w:1018px}');
    expect(css).toContain(
      'html.elder .page [data-diagram="k1"] .diagram-scroll,.page:target [data-diagram="k1"] .diagram-scroll{--chart-w:1268px}',
    );
    const wide = { ...box, width: 1100 };
    expect(diagramFitCss('k1', wide, printLayout(wide, []))).toContain(
      '[data-diagram="k1"] .diagram-slice{width:265mm}',
    );
  });
});

describe('the committed charts', () => {
  const keys = cachedKeys();
  it.each(keys)('%s: measured bands, slices that cover it and cut no label, labels ≥ 8 pt on paper', (key) => {
    const svg = cachedSvg(key)!;
    const box = readViewBox(svg)!;
    const rows = readBands(svg);
    expect(rows.length, '缓存的流程图缺少 data-bands：运行 npm run diagrams').toBeGreaterThan(3);
    const layout = printLayout(box, rows);
    expect(layout.labelPt).toBeGreaterThanOrEqual(PRINT_MIN_LABEL_PT);
    expect(layout.slices[0]!.top).toBe(box.y);
    expect(layout.slices.at(-1)!.bottom).toBe(box.y + box.height);
    layout.slices.slice(1).forEach((s, i) => {
      expect(s.top).toBe(layout.slices[i]!.bottom);
      expect(inAnyBand(s.top, rows), `第 ${i + 2} 页从一行文字中间切开`).toBe(false);
    });
    const page = PRINT_PAGES[layout.orientation];
    for (const s of layout.slices) expect(s.heightMm).toBeLessThan(page.heightMm);
    expect(layout.widthMm).toBeLessThanOrEqual(page.widthMm);
  });
});

describe('figure markup', () => {
  const key = cachedKeys()[0]!;
  const svg = cachedSvg(key)!;
  const html = diagramFigureHtml({ key, source: 'flowchart TD', svg }, '/djzy/');

  it('puts the way to see the whole chart before it, and the sizing rules inside its SVG', () => {
    expect(html.indexOf('全屏查看流程图')).toBeLessThan(html.indexOf('<div class="diagram-scroll"'));
    expect(html).toContain(`href="/djzy/diagrams/${key}/"`);
    expect(html).toContain(`<style>${diagramLayout(key, svg)!.css}</style>`);
  });
  it('adds one print slice per page, each a window on the full-size file', () => {
    const { slices } = diagramLayout(key, svg)!.print;
    const images = [...html.matchAll(/<img class="diagram-slice diagram-slice-(\d+)" src="([^"]+)"/g)];
    expect(images).toHaveLength(slices.length);
    expect(images[0]![2]).toMatch(new RegExp(`^/djzy/diagrams/${key}\\.svg#svgView\\(viewBox\\(`));
    expect(html).toContain(`${diagramTitle(svg)}（1/${slices.length}）`);
  });
  it('marks a chart printed on landscape pages', () => {
    const wide = cachedKeys().find((k) => diagramLayout(k, cachedSvg(k)!)!.print.orientation === 'landscape')!;
    const turned = diagramFigureHtml({ key: wide, source: '', svg: cachedSvg(wide)! }, '/');
    expect(turned).toMatch(/^<figure class="diagram diagram-landscape"/);
  });
  it('lets the CSP allow exactly its styles', () => {
    expect(diagramStyleHashes(key, svg)).toContain(cspHash(diagramLayout(key, svg)!.css));
  });
});
