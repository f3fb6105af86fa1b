/**
 * One-click downloads over both builds: every procedure page links each of its templates' Word files by name, and
 * one with two or more templates links a zip of exactly those files (the same bytes as the single files, and the
 * same zip in both builds, since its input is the same); the home page's common jobs lead to procedure pages.
 */
import JSZip from 'jszip';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content-source/entries.ts';
import { chapterOfProcedure } from '../../src/lib/routes.ts';
import { COLLECTION_LIST } from '../../src/schemas/collections.ts';
import { BUILD_TITLE, BUILDS, requireBuild, ROOT } from '../support/builds.ts';

interface Template {
  id: string;
  number: number;
  title: string;
}

const { entries } = loadContent(ROOT, COLLECTION_LIST);
const templates = new Map(
  entries
    .filter((e) => e.def.name === 'templates')
    .map((e) => {
      const data = e.data as { number: number; title: string };
      return [e.id, { id: e.id, number: data.number, title: data.title }] as [string, Template];
    }),
);
const procedures = entries
  .filter((e) => e.def.name === 'procedures')
  .map((e) => {
    const refs = (e.data as { templates?: (string | { id: string })[] }).templates ?? [];
    return {
      id: e.id,
      chapter: chapterOfProcedure(e.file),
      templates: refs.map((r) => templates.get(typeof r === 'string' ? r : r.id)!),
    };
  });

const decode = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
/** The links of a page: address, download attribute and text. */
const linksOf = (html: string) =>
  [...html.matchAll(/<a\b([^>]*)>([\s\S]*?)<\/a>/g)].map((m) => ({
    href: decode(/\shref="([^"]*)"/.exec(m[1]!)?.[1] ?? ''),
    download: /\sdownload(?:="([^"]*)")?/.exec(m[1]!) ? decode(/\sdownload="([^"]*)"/.exec(m[1]!)?.[1] ?? '') : null,
    text: decode(m[2]!.replace(/<[^>]+>/g, '')).trim(),
  }));
const pad = (n: number) => String(n).padStart(2, '0');

describe('the content', () => {
  it('has procedures with one template and procedures with several', () => {
    expect(procedures.some((p) => p.templates.length === 1)).toBe(true);
    expect(procedures.some((p) => p.templates.length >= 2)).toBe(true);
  });
});

describe.each(BUILDS)(BUILD_TITLE, ({ dir, base }) => {
  requireBuild(dir);
  const file = (url: string) => join(dir, url.slice(base.length));
  const page = (chapter: string, id: string) => readFileSync(join(dir, 'guide', chapter, id, 'index.html'), 'utf8');

  it.each(procedures.filter((p) => p.templates.length > 0).map((p) => [`${p.chapter}/${p.id}`, p]))(
    '%s links each template’s Word file, named by the template, and the file is there',
    (_name, p) => {
      const links = linksOf(page(p.chapter, p.id));
      for (const t of p.templates) {
        const link = links.find((l) => l.href === `${base}templates/${t.id}.docx`);
        expect(link, t.id).toBeDefined();
        expect(link!.text).toBe(`${t.title}（Word）`);
        expect(link!.download).toMatch(new RegExp(`^模板${pad(t.number)}-.+\\.docx$`));
        expect(existsSync(file(link!.href)), link!.href).toBe(true);
        // The template's own page (preview, 填写说明) stays one click away.
        expect(links.some((l) => l.href === `${base}templates/${t.id}/`)).toBe(true);
      }
    },
  );

  it.each(procedures.map((p) => [`${p.chapter}/${p.id}`, p]))(
    '%s offers a zip of its templates exactly when it has two or more',
    async (_name, p) => {
      const href = `${base}guide/${p.chapter}/${p.id}/templates.zip`;
      const link = linksOf(page(p.chapter, p.id)).find((l) => l.href.endsWith('/templates.zip'));
      if (p.templates.length < 2) {
        expect(link).toBeUndefined();
        expect(existsSync(file(href))).toBe(false);
        return;
      }
      expect(link).toEqual({
        href,
        download: expect.stringMatching(/-文书模板\.zip$/),
        text: `下载本程序全部模板（${p.templates.length}个）`,
      });
      const zip = await JSZip.loadAsync(readFileSync(file(href)));
      const names = Object.keys(zip.files);
      expect(names).toHaveLength(p.templates.length);
      for (const [i, t] of p.templates.entries()) {
        expect(names[i]).toMatch(new RegExp(`^模板${pad(t.number)}-.+\\.docx$`));
        const inZip = await zip.file(names[i]!)!.async('uint8array');
        expect(Buffer.from(inZip).equals(readFileSync(join(dir, 'templates', `${t.id}.docx`))), names[i]).toBe(true);
      }
    },
  );

  it('the home page’s common jobs lead to procedure pages', () => {
    const home = readFileSync(join(dir, 'index.html'), 'utf8');
    const section = /<ul class="card-grid jobs[^"]*"[\s\S]*?<\/ul>/.exec(home)?.[0] ?? '';
    const jobs = linksOf(section);
    expect(jobs.map((j) => j.text.replace(/\d+个文书模板$/, ''))).toEqual([
      '换届选举',
      '党费',
      '发展党员',
      '组织生活会',
      '三会一课',
      '主题党日',
    ]);
    for (const job of jobs) {
      expect(job.href).toMatch(new RegExp(`^${base}guide/[a-z-]+/[a-z-]+/$`));
      expect(existsSync(join(file(job.href), 'index.html')), job.href).toBe(true);
    }
  });
});

describe(`${BUILDS.map((b) => `${b.name}（${b.base}）`).join('和')}构建：the zips are reproducible`, () => {
  it.each(procedures.filter((p) => p.templates.length >= 2).map((p) => [`${p.chapter}/${p.id}`, p]))(
    '%s: the same bytes in both builds',
    (_name, p) => {
      const [root, sub] = BUILDS.map((b) => readFileSync(join(b.dir, 'guide', p.chapter, p.id, 'templates.zip')));
      expect(root!.equals(sub!)).toBe(true);
    },
  );
});
