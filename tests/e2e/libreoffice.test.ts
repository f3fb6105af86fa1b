/**
 * Every template's Word file opens in LibreOffice (headless) and converts to an A4 PDF without error; with the
 * fontconfig rules of src/lib/docx/fontconfig.ts, on a machine with only Noto CJK, 仿宋 and 小标宋 text comes out in a
 * serif face and 黑体 in a sans one (pdffonts lists the faces the PDF embeds). A file made from hostile text (markup,
 * control characters, noncharacters) opens too, its text intact.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUILDS, onBuild, requireBuild } from '../support/builds.ts';
import { EVERYTHING, MARKUP } from '../support/hostile-text.ts';
import { toolOrSkip } from '../support/tools.ts';
import { fontconfigRules } from '../../src/lib/docx/fontconfig.ts';
import { renderTemplateDocx } from '../../src/lib/docx/render.ts';

const canConvert = toolOrSkip('soffice', 'libreoffice-writer-nogui') && toolOrSkip('pdfinfo', 'poppler-utils');

describe.skipIf(!canConvert)(onBuild(BUILDS[0], 'template .docx files in LibreOffice'), () => {
  const dir = join(requireBuild(BUILDS[0].dir), 'templates');
  const out = mkdtempSync(join(tmpdir(), 'djzy-soffice-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('convert to A4 PDFs', { timeout: 300_000 }, () => {
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.docx'))
      .map((f) => join(dir, f));
    expect(files.length).toBeGreaterThan(0);
    const run = spawnSync(
      'soffice',
      ['--headless', `-env:UserInstallation=file://${out}/profile`, '--convert-to', 'pdf', '--outdir', out, ...files],
      {
        encoding: 'utf8',
        timeout: 280_000,
      },
    );
    expect(run.status, run.stderr).toBe(0);
    for (const file of files) {
      const pdf = join(out, file.replace(/^.*\//, '').replace(/\.docx$/, '.pdf'));
      const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' });
      expect(info.status, `${pdf} 没有生成`).toBe(0);
      expect(info.stdout).toMatch(/Page size:\s+595(\.\d+)? x 841(\.\d+)? pts \(A4\)/);
    }
  });
});

const canReadFonts = canConvert && toolOrSkip('pdffonts', 'poppler-utils');

/** Convert .docx files to PDF in `out` with a fontconfig configuration, if given. */
function convert(out: string, files: string[], fontconfigFile?: string) {
  const run = spawnSync(
    'soffice',
    ['--headless', `-env:UserInstallation=file://${out}/profile`, '--convert-to', 'pdf', '--outdir', out, ...files],
    {
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, ...(fontconfigFile ? { FONTCONFIG_FILE: fontconfigFile } : {}) },
    },
  );
  expect(run.status, run.stderr).toBe(0);
}

/** The CJK faces a PDF embeds, e.g. ['NotoSerifCJKjp-Regular-VKana'] (LibreOffice names a collection by its first face). */
function cjkFonts(pdf: string): string[] {
  const run = spawnSync('pdffonts', [pdf], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  return [...run.stdout.matchAll(/^\S*?\+?(\S*CJK\S*)/gm)].map((m) => m[1]!.replace(/^[A-Z]{6}\+/, ''));
}

describe.skipIf(!canReadFonts)(
  onBuild(BUILDS[0], 'template fonts in LibreOffice on a machine without the 公文 fonts'),
  () => {
    const out = mkdtempSync(join(tmpdir(), 'djzy-fonts-'));
    afterAll(() => rmSync(out, { recursive: true, force: true }));
    const rules = join(out, '45-gbt9704-fonts.conf');
    const config = join(out, 'fonts.conf');
    writeFileSync(rules, fontconfigRules());
    // The rules first, as /etc/fonts/conf.d/45-… would be read before 49-sansserif.conf; then the system's own.
    writeFileSync(
      config,
      `<?xml version="1.0"?>\n<fontconfig><include>${rules}</include><include ignore_missing="yes">/etc/fonts/fonts.conf</include></fontconfig>\n`,
    );

    it(
      'set 仿宋 body text and the 小标宋 title in a serif face, 黑体 headings in a sans one',
      { timeout: 180_000 },
      async () => {
        // Body text only: every Chinese character is 仿宋_GB2312 or 方正小标宋简体, so every CJK face must be a serif.
        const plain = join(out, 'plain.docx');
        writeFileSync(
          plain,
          await renderTemplateDocx(
            {
              title: '关于增补支部委员的请示',
              titleLines: ['关于增补支部委员的请示'],
              blocks: [{ kind: 'paragraph', runs: [{ text: '根据有关规定，经支部委员会研究，现请示如下。' }] }],
              appendices: [],
            },
            { title: '仿宋', subject: '字体' },
          ),
        );
        const real = join(requireBuild(BUILDS[0].dir), 'templates/branch-election-request.docx'); // has 一、 headings in 黑体
        const before = join(out, 'before');
        convert(before, [plain]);
        console.info(`没有字体替换规则时 LibreOffice 用的中文字体：${cjkFonts(join(before, 'plain.pdf')).join('、')}`);

        convert(out, [plain, real], config);
        const plainFonts = cjkFonts(join(out, 'plain.pdf'));
        expect(plainFonts.length).toBeGreaterThan(0);
        for (const face of plainFonts) expect(face, '仿宋、小标宋文字应落到衬线（宋体类）字体').toMatch(/Serif/);
        const realFonts = cjkFonts(join(out, 'branch-election-request.pdf'));
        expect(
          realFonts.some((f) => /Serif/.test(f)),
          realFonts.join(),
        ).toBe(true);
        expect(
          realFonts.some((f) => /Sans/.test(f)),
          '黑体标题应落到无衬线字体',
        ).toBe(true);
      },
    );
  },
);

const canReadText = canConvert && toolOrSkip('pdftotext', 'poppler-utils');

describe.skipIf(!canReadText)('a Word file made from hostile text in LibreOffice', () => {
  const out = mkdtempSync(join(tmpdir(), 'djzy-hostile-docx-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it(
    'opens, and its text (markup, control characters and all) reaches the PDF as written',
    { timeout: 180_000 },
    async () => {
      const text = `情况说明${EVERYTHING}`;
      const file = join(out, 'hostile.docx');
      writeFileSync(
        file,
        await renderTemplateDocx(
          {
            title: text,
            titleLines: [text],
            blocks: [
              { kind: 'paragraph', runs: [{ text }] },
              { kind: 'table', rows: [['项目', text]] },
            ],
            appendices: [],
          },
          { title: text, subject: text },
        ),
      );
      convert(out, [file]);
      const run = spawnSync('pdftotext', ['-enc', 'UTF-8', join(out, 'hostile.pdf'), '-'], { encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
      const pdfText = run.stdout.replace(/\s+/g, '');
      for (const markup of MARKUP) expect(pdfText).toContain(markup.replace(/\s+/g, ''));
    },
  );
});
