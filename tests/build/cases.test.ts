/** The typical-case showcase: every case has a local image of decent size with alt text; the feed lists them. */
import { Window } from 'happy-dom';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content-source/entries.ts';
import { MIN_COVER } from '../../src/lib/content-check/rules/images.ts';
import { imageSize } from '../../src/lib/image-size.ts';
import { COLLECTION_LIST } from '../../src/schemas/collections.ts';
import { SEED_COUNTS } from '../../src/schemas/seed-facts.ts';
import { BUILDS, onBuild, requireBuild, ROOT } from '../support/builds.ts';

const dist = requireBuild(BUILDS[0].dir);
const cases = loadContent(ROOT, COLLECTION_LIST).entries.filter((e) => e.def.name === 'cases');
type CaseData = { title: string; cover?: string; coverAlt?: string };

describe(onBuild(BUILDS[0], 'typical cases'), () => {
  it(`number at least the seed’s ${SEED_COUNTS.cases.count}, across the series`, () => {
    expect(cases.length).toBeGreaterThanOrEqual(SEED_COUNTS.cases.count);
  });

  it.each(cases.map((c) => [c.id, c]))(
    '%s: a local image of at least 800×450 with alt text, shown on its page',
    (id, entry) => {
      const data = entry.data as CaseData;
      expect(data.cover, '每个案例都应有图片').toBeTruthy();
      const size = imageSize(readFileSync(join(ROOT, dirname(entry.file), data.cover!)));
      expect(size!.width).toBeGreaterThanOrEqual(MIN_COVER.width);
      expect(size!.height).toBeGreaterThanOrEqual(MIN_COVER.height);
      expect(data.coverAlt?.trim().length).toBeGreaterThan(5);

      const html = readFileSync(join(dist, `cases/${id}/index.html`), 'utf8');
      const doc = new new Window().DOMParser().parseFromString(html, 'text/html');
      const imgs = [...doc.querySelectorAll('main img')];
      expect(imgs.length).toBeGreaterThan(0);
      for (const img of imgs) {
        expect(img.getAttribute('src')).toMatch(/^\/_astro\//); // optimised by astro:assets, served locally
        expect(img.getAttribute('alt')).toBe(data.coverAlt);
        expect(Number(img.getAttribute('width'))).toBeGreaterThan(0);
      }
    },
  );

  it('have an RSS feed', () => {
    const xml = readFileSync(join(dist, 'cases/rss.xml'), 'utf8');
    const doc = new new Window().DOMParser().parseFromString(xml, 'application/xml');
    expect(doc.querySelectorAll('item')).toHaveLength(cases.length);
  });
});
