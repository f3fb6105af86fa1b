import { describe, expect, it } from 'vitest';
import { diagramFigureHtml, prefixSvgLinks } from '../../src/lib/diagrams/figure.ts';
import { diagramKey, normalizeSource } from '../../src/lib/diagrams/key.ts';
import { mermaidFences } from '../../src/lib/diagrams/sources.ts';
import { declareXlink, finishSvg, styleAttributes, svgStyleHashes } from '../../src/lib/diagrams/svg.ts';
import { cspHash } from '../../src/lib/csp.ts';

describe('diagram keys', () => {
  it('ignore line endings and surrounding blank lines, and change with source or mermaid version', () => {
    const a = diagramKey('flowchart TD\n  A --> B\n', '12.3.0');
    expect(diagramKey('\r\nflowchart TD\r\n  A --> B', '12.3.0')).toBe(a);
    expect(diagramKey('flowchart TD\n  A --> C', '12.3.0')).not.toBe(a);
    expect(diagramKey('flowchart TD\n  A --> B', '12.4.0')).not.toBe(a);
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(normalizeSource('  x\r\n')).toBe('x');
  });
  it('are read from MDX fences with their line', () => {
    const mdx = '---\ntitle: x\n---\n\n段落\n\n```mermaid\nflowchart TD\n  A --> B\n```\n';
    expect(mermaidFences(mdx)).toEqual([{ line: 7, source: 'flowchart TD\n  A --> B' }]);
  });
});

describe('SVG shaping', () => {
  const raw =
    '<svg id="d-1" width="100%" style="max-width:641.2px" viewBox="0 0 641.2 2079"><title>t</title><style>#d-1{font-family:&quot;A&quot;}</style><a xlink:href="/templates/x/"><rect/></a></svg>';
  it('declares the xlink namespace mermaid forgets', () => {
    expect(declareXlink(raw)).toMatch(/^<svg xmlns:xlink="http:\/\/www.w3.org\/1999\/xlink" id="d-1"/);
    expect(declareXlink('<svg><rect/></svg>')).toBe('<svg><rect/></svg>');
  });
  it('drops the root style, sizes the SVG from its viewBox and names it an image', () => {
    const svg = finishSvg(raw);
    expect(svg.startsWith('<svg role="img" width="642" height="2079" id="d-1" viewBox="0 0 641.2 2079">')).toBe(true);
    expect(styleAttributes(svg)).toEqual([]);
    expect(styleAttributes('<svg><g style="fill:red"/></svg>')).toEqual(['fill:red']);
  });
  it('hashes <style> text as the browser parses it (entities decoded)', () => {
    expect(svgStyleHashes(raw)).toEqual([cspHash('#d-1{font-family:"A"}')]);
  });
  it('gives links drawn in the diagram the base', () => {
    expect(prefixSvgLinks(raw, '/djzy/')).toContain('xlink:href="/djzy/templates/x/"');
  });
});

describe('figure markup', () => {
  it('inlines a cached SVG in a focusable scroll region with a link to the full-size file', () => {
    const html = diagramFigureHtml({ key: 'abc', source: 'flowchart TD', svg: '<svg role="img"></svg>' }, '/djzy/');
    expect(html).toContain('<div class="diagram-scroll" tabindex="0" role="region"');
    expect(html).toContain('<svg role="img"></svg>');
    expect(html).toContain('href="/djzy/diagrams/abc.svg"');
  });
  it('leaves the escaped source for the client fallback on a cache miss', () => {
    const html = diagramFigureHtml({ key: 'abc', source: 'A["<b>"] --> B', svg: undefined }, '/');
    expect(html).toContain('class="diagram diagram-pending"');
    expect(html).toContain('A[&quot;&lt;b&gt;&quot;] --&gt; B');
  });
});
