/**
 * The Word files and zips a build makes on a worker thread beside Astro (src/lib/beside/word-files.ts): the
 * same bytes as the dev server's own thread makes, and its errors reach the caller. (That a process using it still
 * ends by itself: tests/build/word-files-beside.test.ts, which starts a process.)
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { templateDocument, type DocModel } from '../../src/lib/docx/model.ts';
import { renderTemplateDocx } from '../../src/lib/docx/render.ts';
import { packZip } from '../../src/lib/zip.ts';
import { WORD_WORKER, wordFilesBeside } from '../../src/lib/beside/word-files.ts';
import { docxParts, onePagePdf, zipOf } from '../support/hostile-files.ts';

const root = resolve(import.meta.dirname, '../..');
const beside = wordFilesBeside(root);
const meta = { title: '测试', subject: '基层党建工作指引 文书模板' };

/** A request with a table and an attachment, its title and body numbered. */
const modelOf = (n: number): DocModel =>
  templateDocument(
    [
      `# 关于第${n}次召开党员大会的请示`,
      '',
      '机关党委：',
      '',
      `我支部拟于××××年××月××日召开第${n}次党员大会。`,
      '',
      '| 姓名 | 职务 |',
      '|---|---|',
      `| 张${n} | 书记 |`,
      '',
      '附件：候选人名单',
      '',
      '中共××支部委员会',
      '××××年××月××日',
    ].join('\n'),
  ).model!;

describe('Word files beside Astro', () => {
  it('are the bytes the same model gives in this thread, for several files asked at once', async () => {
    const models = [1, 2, 3].map(modelOf);
    const made = await Promise.all(models.map((m) => beside.docx(m, meta)));
    for (const [i, m] of models.entries()) expect(made[i]!.equals(await renderTemplateDocx(m, meta))).toBe(true);
    expect(new Set(made.map((b) => b.toString('base64'))).size).toBe(3);
  });

  it('pack zips with the same bytes as this thread', async () => {
    const entries = [
      { name: '模板05-请示.docx', bytes: await zipOf(docxParts()) },
      { name: '原件/样表.pdf', bytes: onePagePdf() },
    ];
    expect(Buffer.from(await beside.zip(entries)).equals(Buffer.from(await packZip(entries)))).toBe(true);
  });

  it('pass a failed file on to whoever waits for it, and make the next one', async () => {
    const broken = { ...modelOf(1), blocks: undefined } as unknown as DocModel;
    await expect(beside.docx(broken, meta)).rejects.toThrow();
    expect((await beside.docx(modelOf(1), meta)).equals(await renderTemplateDocx(modelOf(1), meta))).toBe(true);
  });

  it('start from a file of the project', () => {
    expect(readFileSync(join(root, WORD_WORKER), 'utf8')).toContain('parentPort');
  });
});
