/**
 * The publishing gate on the real files the site makes (Word files rendered from the templates in content/, the
 * handbook PDF Chromium printed), and on 1,200 randomly damaged files. The gate itself, case by case on files built in
 * memory, is tested in tests/unit/file-inspect.test.ts.
 */
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { templateDocument } from '../../src/lib/docx/model.ts';
import { renderTemplateDocx } from '../../src/lib/docx/render.ts';
import { inspectFile } from '../../src/lib/files/inspect.ts';
import * as make from '../support/hostile-files.ts';
import { ROOT } from '../support/builds.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(join(ROOT, 'tests/fixtures/files', name)));

describe('files that pass', () => {
  it('the Word files the site generates from its templates', async () => {
    for (const id of ['establish-branch-request', 'dues-register', 'meeting-record']) {
      const { model } = templateDocument(readFileSync(join(ROOT, `content/templates/${id}.mdx`), 'utf8'));
      const bytes = await renderTemplateDocx(model!, { title: id, subject: '基层党建工作指引 文书模板' });
      expect(inspectFile(bytes, `${id}.docx`), id).toEqual([]);
    }
  });

  it('the handbook PDF Chromium printed', () => {
    const [handbook] = globSync('cache/handbook/*.pdf', { cwd: ROOT });
    expect(inspectFile(new Uint8Array(readFileSync(join(ROOT, handbook!))), 'handbook.pdf')).toEqual([]);
  });
});

describe('damaged files', () => {
  it('are answered in the gate’s own words, never by its last-resort catch: 300 random damages of each kind', () => {
    let seed = 27;
    const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const originals: [string, Uint8Array][] = [
      ['a.docx', fixture('libreoffice-form.docx')],
      ['a.doc', fixture('libreoffice-form.doc')],
      ['a.pdf', make.onePagePdf('/OpenAction 6 0 R', [make.objectStream(['<< /S /GoTo /D [3 0 R /Fit] >>'], 6)])],
      ['a.xls', make.oleFile([{ name: 'Workbook', data: make.workbookStream([{ name: 'Sheet1', type: 0 }]) }])],
    ];
    for (const [name, original] of originals) {
      for (let i = 0; i < 300; i += 1) {
        const damaged = new Uint8Array(original);
        for (let k = 0; k < 1 + random() * 8; k += 1) damaged[Math.floor(random() * damaged.length)] = random() * 256;
        const found = inspectFile(damaged.subarray(0, random() < 0.1 ? random() * damaged.length : undefined), name);
        expect(found.filter((f) => f.problem.includes('读取时出错'))).toEqual([]);
      }
    }
  });
});
