/**
 * Shape mermaid's SVG for this site: no style attributes (a strict CSP blocks them), a fixed natural size so a big
 * chart scrolls on a phone instead of shrinking to illegibility, and role="img" named by its <title>.
 */
import { cspHash } from '../csp.ts';
import { decodeXmlText } from '../html.ts';

/** Mermaid writes xlink:href on linked nodes without declaring the namespace, which XML parsers (svgo) reject. */
export function declareXlink(svg: string): string {
  if (!svg.includes('xlink:') || /^<svg\b[^>]*\sxmlns:xlink=/.test(svg)) return svg;
  return svg.replace(/^<svg\b/, '<svg xmlns:xlink="http://www.w3.org/1999/xlink"');
}

/** After svgo: the root's leftover style (max-width) goes; width/height come from the viewBox. */
export function finishSvg(svg: string): string {
  return svg.replace(/^<svg\b[^>]*>/, (root) => {
    const viewBox = /viewBox="([^"]+)"/.exec(root)?.[1]?.split(/\s+/).map(Number) ?? [];
    const [, , width, height] = viewBox;
    let out = root.replace(/\sstyle="[^"]*"/, '').replace(/\s(width|height|role)="[^"]*"/g, '');
    if (width && height) out = out.replace(/^<svg/, `<svg width="${Math.ceil(width)}" height="${Math.ceil(height)}"`);
    return out.replace(/^<svg/, '<svg role="img"');
  });
}

/** Any style attribute left anywhere: the render step refuses such an SVG rather than ship a CSP violation. */
export function styleAttributes(svg: string): string[] {
  return [...svg.matchAll(/\sstyle="([^"]*)"/g)].map((m) => m[1] ?? '');
}

/** CSP hashes of the <style> elements inside an SVG, over their text as the browser parses it. */
export function svgStyleHashes(svg: string): `sha256-${string}`[] {
  return [...svg.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => cspHash(decodeXmlText(m[1] ?? '')));
}
