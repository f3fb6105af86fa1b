/**
 * The content checker tells, from the sources alone, which anchors each page has (headings slugged as the build
 * slugs them, layout sections, entries shown as anchors). Over the root build, every one of them must be an id on
 * the built page: otherwise `npm run check` would accept links the built site breaks.
 */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content-check/index.ts';
import { pageAnchors } from '../../src/lib/content-check/rules/anchors.ts';
import { readBuiltSite } from '../../scripts/lib/read-built-site.ts';
import { BUILDS, requireBuild, ROOT } from '../support/builds.ts';

const ids = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));

describe.each(BUILDS.filter((b) => b.base === '/'))('anchors known to the checker, $name构建', ({ dir }) => {
  const site = readBuiltSite(requireBuild(dir));
  const html = new Map(site.pages.map((p) => [`/${p.file.replace(/index\.html$/, '')}`, p.html]));
  const anchors = pageAnchors(readContent(ROOT).input);

  it('cover the pages with headings, sections and entry anchors', () => {
    const pages = [...anchors.keys()];
    expect(pages.filter((p) => p.startsWith('/guide/')).length).toBeGreaterThan(0);
    for (const page of ['/regulations/', '/changelog/', '/rectification/'])
      expect(anchors.get(page)?.size).toBeGreaterThan(0);
  });

  it('are ids of the built pages', () => {
    const missing = [...anchors].flatMap(([page, names]) => {
      const built = ids(html.get(page) ?? '');
      return [...names].filter((id) => !built.has(id)).map((id) => `${page}#${id}`);
    });
    expect(missing).toEqual([]);
  });
});
