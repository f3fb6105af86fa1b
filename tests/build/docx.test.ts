/**
 * Every template's Word file as built into dist/: a valid OOXML package laid out to GB/T 9704-2012, with the
 * content of its MDX body, and identical bytes when rebuilt.
 */
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content-source/entries.ts';
import { templateDocument } from '../../src/lib/docx/model.ts';
import { renderTemplateDocx } from '../../src/lib/docx/render.ts';
import { COLLECTION_LIST } from '../../src/schemas/collections.ts';
import { BUILDS, onBuild, requireBuild, ROOT } from '../support/builds.ts';

const dist = requireBuild(BUILDS[0].dir);
const templates = loadContent(ROOT, COLLECTION_LIST).entries.filter((e) => e.def.name === 'templates');
const attr = (xml: string, element: string, name: string) =>
  new RegExp(`<${element}\\b[^>]*\\s${name}="([^"]+)"`).exec(xml)?.[1];
const decode = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"');

describe(onBuild(BUILDS[0], 'template Word files'), () => {
  it('break a long title between words into balanced, centred lines (GB/T 9704 7.3.3)', async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(dist, 'templates/candidates-request.docx')));
    const xml = await zip.file('word/document.xml')!.async('string');
    const title = /<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/.exec(xml)![0];
    expect([...title.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1])).toEqual([
      '中共××海关××处支部委员会关于',
      '新一届支部委员会委员候选人预备人选的请示',
    ]);
    expect(title).toMatch(/<\/w:t><\/w:r><w:r>(<w:rPr>[\s\S]*?<\/w:rPr>)?<w:br\/><w:t/);
  });

  it('exist for every template, and in the all-templates zip', async () => {
    expect(templates.length).toBeGreaterThan(0);
    const zip = await JSZip.loadAsync(readFileSync(join(dist, 'templates/all-templates.zip')));
    const docx = Object.keys(zip.files).filter((f) => f.endsWith('.docx'));
    expect(docx).toHaveLength(templates.length);
    expect(docx.every((name) => /^模板\d{2}-.+\.docx$/.test(name))).toBe(true);
  });

  it.each(templates.map((t) => [t.id, t]))(
    '%s.docx: A4, GB/T 9704 margins, fonts, title, tables, page numbers',
    async (id, entry) => {
      const bytes = readFileSync(join(dist, `templates/${id}.docx`));
      const zip = await JSZip.loadAsync(bytes);
      for (const part of [
        '[Content_Types].xml',
        '_rels/.rels',
        'word/document.xml',
        'word/styles.xml',
        'word/fontTable.xml',
      ]) {
        expect(zip.file(part), part).not.toBeNull();
      }
      const xml = await zip.file('word/document.xml')!.async('string');
      expect(attr(xml, 'w:pgSz', 'w:w')).toBe('11906');
      expect(attr(xml, 'w:pgSz', 'w:h')).toBe('16838');
      // 3.7 / 3.5 / 2.8 / 2.6 cm in twips.
      expect(Number(attr(xml, 'w:pgMar', 'w:top'))).toBeCloseTo(2098, -1);
      expect(Number(attr(xml, 'w:pgMar', 'w:bottom'))).toBeCloseTo(1984, -1);
      expect(Number(attr(xml, 'w:pgMar', 'w:left'))).toBeCloseTo(1587, -1);
      expect(Number(attr(xml, 'w:pgMar', 'w:right'))).toBeCloseTo(1474, -1);

      const { model } = templateDocument(entry.mdxSource!);
      // The title is the first paragraph after any 使用提示 (a revised regulation's notice, revision-notices.test.ts).
      const firstParagraph = [...xml.matchAll(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g)]
        .map((m) => m[0])
        .find((p) => !p.includes('使用提示（打印前请删除本段）'))!;
      expect(firstParagraph).toContain('w:eastAsia="方正小标宋简体"');
      expect(firstParagraph).toContain('<w:sz w:val="44"/>');
      // The title's lines (title-lines.ts), one run each, separated by line breaks within the one centred paragraph.
      expect(decode([...firstParagraph.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('|'))).toBe(
        model!.titleLines.join('|'),
      );
      expect((firstParagraph.match(/<w:br\/>/g) ?? []).length).toBe(model!.titleLines.length - 1);
      expect(firstParagraph).toContain('<w:jc w:val="center"/>');
      expect(xml).toContain('w:eastAsia="仿宋_GB2312"');
      expect(xml).toMatch(/<w:spacing [^>]*w:line="560"[^>]*w:lineRule="exact"/);
      const tables = [...model!.blocks, ...model!.appendices.flatMap((a) => a.blocks)].filter(
        (b) => b.kind === 'table',
      ).length;
      expect((xml.match(/<w:tbl>/g) ?? []).length).toBe(tables);
      if (model!.signature) expect(decode(xml)).toContain(model!.signature.date);
      // 附件另面编排: each attachment page starts with a page break.
      expect((xml.match(/<w:pageBreakBefore\/>/g) ?? []).length).toBe(model!.appendices.length);

      const fonts = await zip.file('word/fontTable.xml')!.async('string');
      expect(fonts).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
      // Classes for Word's and WPS's substitution: serif (roman) for 仿宋 and 小标宋, sans (swiss) for 黑体.
      expect(fonts).toMatch(/<w:font w:name="仿宋_GB2312">[^]*?<w:charset w:val="86"\/><w:family w:val="roman"\/>/);
      expect(fonts).toMatch(/<w:font w:name="方正小标宋简体">[^]*?<w:family w:val="roman"\/>/);
      expect(fonts).toMatch(/<w:font w:name="黑体">[^]*?<w:family w:val="swiss"\/>/);
      const styles = await zip.file('word/styles.xml')!.async('string');
      expect(styles).toMatch(/<w:rPrDefault>[^]*<w:lang [^>]*w:eastAsia="zh-CN"/);
      const footers = await Promise.all(
        Object.keys(zip.files)
          .filter((f) => /^word\/footer\d\.xml$/.test(f))
          .map((f) => zip.file(f)!.async('string')),
      );
      expect(footers).toHaveLength(2);
      for (const footer of footers) expect(footer).toMatch(/— <\/w:t>[\s\S]*PAGE[\s\S]*> —<\/w:t>/);
      const settings = await zip.file('word/settings.xml')!.async('string');
      expect(settings).toContain('<w:evenAndOddHeaders/>');
      expect(Object.keys(zip.files).some((f) => f.startsWith('word/fonts/'))).toBe(false); // fonts referenced, never embedded

      // The same model and the same notice (read back from the file) give the same bytes.
      const notice = [...xml.matchAll(/使用提示（打印前请删除本段）：([^<]*)</g)].map((m) => decode(m[1]!));
      const again = await renderTemplateDocx(notice.length ? { ...model!, notice } : model!, {
        title: (entry.data as { title: string }).title,
        subject: `基层党建工作指引 文书模板${(entry.data as { number: number }).number}`,
      });
      expect(again.equals(bytes), '同样的内容应生成完全相同的文件').toBe(true);
    },
  );
});
