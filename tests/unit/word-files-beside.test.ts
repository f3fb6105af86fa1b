/**
 * The Word files and zips a build makes on a worker thread beside Astro (src/pipeline/beside/word-files.ts): the
 * same bytes as the dev server's own thread makes, its errors reach the caller, and it never keeps a process alive.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { templateDocument, type DocModel } from '../../src/lib/docx/model.ts';
import { renderTemplateDocx } from '../../src/lib/docx/render.ts';
import { packZip } from '../../src/lib/zip.ts';
import { WORD_WORKER, wordFilesBeside } from '../../src/pipeline/beside/word-files.ts';
import { docxParts, onePagePdf, zipOf } from '../support/hostile-files.ts';

const root = resolve(import.meta.dirname, '../..');
const beside = wordFilesBeside(root);
const modelOf = (file: string): DocModel => {
  const source = readFileSync(join(root, 'content/templates', file), 'utf8');
  const { model } = templateDocument(source.replace(/^---\n[\s\S]*?\n---\n/, ''));
  return model!;
};

describe('Word files beside Astro', () => {
  it('are the bytes the same model gives in this thread, for several files asked at once', async () => {
    const models = ['ballot.mdx', 'talk-record.mdx', 'branch-election-request.mdx'].map(modelOf);
    const meta = { title: '测试', subject: '基层党建工作指引 文书模板' };
    const made = await Promise.all(models.map((m, i) => beside.docx({ ...m, notice: [`提示${i}`] }, meta)));
    for (const [i, m] of models.entries()) {
      expect(made[i]!.equals(await renderTemplateDocx({ ...m, notice: [`提示${i}`] }, meta))).toBe(true);
    }
    expect(new Set(made.map((b) => b.toString('base64'))).size).toBe(3);
  });

  it('pack zips with the same bytes as this thread', async () => {
    const entries = [
      { name: '模板05-请示.docx', bytes: await zipOf(docxParts()) },
      { name: '原件/样表.pdf', bytes: onePagePdf() },
    ];
    expect(Buffer.from(await beside.zip(entries)).equals(Buffer.from(await packZip(entries)))).toBe(true);
  });

  it('pass a failed file on to whoever waits for it, and go on with the next', async () => {
    const broken = { ...modelOf('ballot.mdx'), blocks: undefined } as unknown as DocModel;
    await expect(beside.docx(broken, { title: '', subject: '' })).rejects.toThrow();
    expect((await beside.docx(modelOf('ballot.mdx'), { title: '', subject: '' })).length).toBeGreaterThan(1000);
  });

  it('let a process end once its files are made', () => {
    const script = join(mkdtempSync(join(tmpdir(), 'word-files-')), 'zip.mjs');
    writeFileSync(
      script,
      [
        `import { wordFilesBeside } from ${JSON.stringify(join(root, 'src/pipeline/beside/word-files.ts'))};`,
        `const bytes = await wordFilesBeside(${JSON.stringify(root)}).zip([{ name: 'a.txt', bytes: new Uint8Array([1]) }]);`,
        'console.log(bytes.length);',
      ].join('\n'),
    );
    const run = spawnSync(process.execPath, [script], { encoding: 'utf8', timeout: 20_000 });
    rmSync(dirname(script), { recursive: true });
    expect(run.signal).toBeNull();
    expect(run.status).toBe(0);
    expect(Number(run.stdout)).toBeGreaterThan(0);
  });

  it('start from a file of the project', () => {
    expect(readFileSync(join(root, WORD_WORKER), 'utf8')).toContain('parentPort');
  });
});
