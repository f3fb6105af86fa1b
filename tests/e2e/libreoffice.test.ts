/** Every template's Word file opens in LibreOffice (headless) and converts to an A4 PDF without error. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUILDS, onBuild, requireBuild } from '../support/builds.ts';
import { toolOrSkip } from '../support/tools.ts';

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
