/**
 * One-click downloads and entries: a procedure's Word files and its templates zip, the zip writer's fixed bytes, the
 * home page's common jobs and its card grids' columns.
 */
import JSZip from 'jszip';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setCollections } from '../support/astro-content-stub.ts';
import { COMMON_JOBS, commonJobs } from '../../src/data/home.ts';
import { getProcedureZipPaths } from '../../src/data/guide.ts';
import { procedureDownloads } from '../../src/data/queries/template-files.ts';
import type { Procedure } from '../../src/data/queries/entries.ts';
import { balancedColumns, gridClass } from '../../src/lib/grid.ts';
import { zipBytes } from '../../src/lib/zip.ts';
import { docxParts, onePagePdf, zipOf } from '../support/hostile-files.ts';

const ref = (id: string) => ({ id });
const procedure = (id: string, title: string, templates: string[]) => ({
  id,
  filePath: `content/guide/org-life/${id}.mdx`,
  data: { title, summary: '', order: 1, responsible: [], basis: [], templates: templates.map(ref) },
});
const template = (id: string, number: number, title: string) => ({
  id,
  data: { title, number, category: '请示', procedures: [] },
});

beforeEach(() => {
  setCollections({
    chapters: [{ id: 'org-life', data: { title: '组织生活', summary: '', order: 1 } }],
    procedures: [
      procedure('election', '党支部换届选举', ['request', 'ballot']),
      procedure('dues', '党费收缴、使用和管理', ['register']),
      procedure('talk', '谈心谈话', []),
    ],
    templates: [
      template('request', 5, '关于召开党员大会进行换届选举的请示'),
      template('ballot', 9, '选票'),
      template('register', 20, '党费收缴登记表'),
    ],
  });
});

const withChapter = (p: ReturnType<typeof procedure>) => ({ ...p, chapterId: 'org-life' }) as unknown as Procedure;

describe('a procedure’s downloads', () => {
  it('names each Word file by its template, in the procedure’s order, and zips two or more', async () => {
    const downloads = await procedureDownloads(
      withChapter(procedure('election', '党支部换届选举', ['ballot', 'request'])),
      undefined,
    );
    expect(downloads.templates).toEqual([
      {
        number: 9,
        title: '选票',
        href: '/templates/ballot/',
        docxHref: '/templates/ballot.docx',
        fileName: '模板09-选票.docx',
      },
      {
        number: 5,
        title: '关于召开党员大会进行换届选举的请示',
        href: '/templates/request/',
        docxHref: '/templates/request.docx',
        fileName: '模板05-关于召开党员大会进行换届选举的请示.docx',
      },
    ]);
    expect(downloads.zip).toEqual({
      href: '/guide/org-life/election/templates.zip',
      fileName: '党支部换届选举-文书模板.zip',
      count: 2,
    });
  });

  it('offers no zip for a single template: its Word file is the one click', async () => {
    const downloads = await procedureDownloads(
      withChapter(procedure('dues', '党费收缴、使用和管理', ['register'])),
      undefined,
    );
    expect(downloads.templates.map((t) => t.fileName)).toEqual(['模板20-党费收缴登记表.docx']);
    expect(downloads.zip).toBeUndefined();
  });

  it('builds a zip only for procedures with two or more templates, holding those templates', async () => {
    const paths = await getProcedureZipPaths();
    expect(paths.map((p) => p.params)).toEqual([{ chapter: 'org-life', procedure: 'election' }]);
    expect(paths[0]!.props.templates.map((t) => t.id)).toEqual(['request', 'ballot']);
  });
});

describe('zip files', () => {
  it('are the same bytes every time, dated 2022-01-01, without implied folder entries', async () => {
    // Real files: every entry passes the publishing gate (tests/unit/file-inspect.test.ts).
    const entries = [
      { name: '模板05-请示.docx', bytes: await zipOf(docxParts()) },
      { name: '原件/样表.pdf', bytes: onePagePdf() },
    ];
    // Two builds a day apart: an entry dated by the clock would differ.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2030-05-01T08:00:00Z'));
    const first = await zipBytes(entries);
    vi.setSystemTime(new Date('2030-05-02T09:30:00Z'));
    const second = await zipBytes(entries);
    vi.useRealTimers();
    expect(second).toEqual(first);
    const zip = await JSZip.loadAsync(first);
    expect(Object.keys(zip.files)).toEqual(['模板05-请示.docx', '原件/样表.pdf']);
    expect(zip.files['模板05-请示.docx']!.date.toISOString()).toBe('2022-01-01T00:00:00.000Z');
  });
});

describe('home page', () => {
  it('resolves every common job to its procedure page', async () => {
    setCollections({
      chapters: [{ id: 'org-life', data: { title: '组织生活', summary: '', order: 1 } }],
      procedures: COMMON_JOBS.map((job) => procedure(job.procedure, `${job.label}程序`, ['a', 'b'])),
    });
    const jobs = await commonJobs();
    expect(jobs.map((j) => j.label)).toEqual(['换届选举', '党费', '发展党员', '组织生活会', '三会一课', '主题党日']);
    expect(jobs[0]).toEqual({
      label: '换届选举',
      title: '换届选举程序',
      href: '/guide/org-life/branch-election/',
      templates: 2,
    });
  });

  it('stops the build when a common job’s procedure is gone', async () => {
    await expect(commonJobs()).rejects.toThrow(/首页“换届选举”指向的工作程序 branch-election 不存在/);
  });

  it('card grids leave no lone card on the last row', () => {
    expect(balancedColumns(5, 4)).toBe(3);
    expect(balancedColumns(5, 2)).toBe(1);
    expect(balancedColumns(6, 6)).toBe(6);
    expect(balancedColumns(6, 5)).toBe(4);
    expect(balancedColumns(3, 4)).toBe(3);
    expect(balancedColumns(1, 3)).toBe(1);
    for (let count = 1; count <= 12; count++)
      for (let widest = 1; widest <= 6; widest++) {
        const columns = balancedColumns(count, widest);
        expect(columns).toBeLessThanOrEqual(widest);
        if (columns > 1) expect(count % columns).not.toBe(1);
      }
    expect(gridClass(5, { narrow: 1, medium: 3, wide: 5 })).toBe('cols-narrow-1 cols-medium-3 cols-wide-5');
  });
});
