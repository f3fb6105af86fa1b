import { mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  editionProblems,
  erratumParts,
  freezeEdition,
  frozenFiles,
  readManifest,
  recordErratum,
} from '../../src/lib/editions/freeze.ts';
import { editionEntryProblems } from '../../src/lib/content-check/rules/edition-entries.ts';

let root = '';
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};
const REVISIONS = new Set(['2024']);

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'djzy-edition-'));
  write('content/guide/chapters.yaml', '- id: organization\n  title: 组织设置\n');
  write('content/guide/organization/branch-election.mdx', '---\ntitle: 党支部换届选举\n---\n每届任期一般为3年。\n');
  write('content/flowcharts/branch-election.mdx', '---\ntitle: 换届选举流程图\n---\n');
  write('content/templates/ballot.mdx', '---\ntitle: 选票\n---\n');
  write('content/regulations.yaml', '- id: election-rules\n  title: 中国共产党基层组织选举工作条例\n');
  write('content/bulletins/2024-01.yaml', 'title: 不属于指引\n');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('freezing an edition', () => {
  it('copies the guideline, flowcharts, templates and catalogue, and nothing else, with their hashes', () => {
    const manifest = freezeEdition(root, '2024', '2024', '2026-12-01');
    const frozen = [
      'flowcharts/branch-election.mdx',
      'guide/chapters.yaml',
      'guide/organization/branch-election.mdx',
      'regulations.yaml',
      'templates/ballot.mdx',
    ];
    expect(frozenFiles(join(root, 'editions/2024'))).toEqual(frozen);
    expect(Object.keys(manifest.files)).toEqual(frozen);
    expect(readFileSync(join(root, 'editions/2024/guide/organization/branch-election.mdx'), 'utf8')).toContain(
      '每届任期一般为3年',
    );
    expect(readManifest(root, '2024').manifest).toEqual(manifest);
    expect(editionProblems(root, REVISIONS)).toEqual([]);
  });

  it('refuses a second freeze of the same year and a year that is not one', () => {
    freezeEdition(root, '2024', '2024', '2026-12-01');
    expect(() => freezeEdition(root, '2024', '2024', '2026-12-02')).toThrow('editions/2024/ 已经冻结');
    expect(() => freezeEdition(root, '24', '24', '2026-12-02')).toThrow('不是年份');
  });
});

describe('a frozen edition is read-only', () => {
  beforeEach(() => void freezeEdition(root, '2024', '2024', '2026-12-01'));
  const file = 'editions/2024/guide/organization/branch-election.mdx';

  it('names, in Chinese, a changed, an added and a deleted file', () => {
    write(file, '---\ntitle: 党支部换届选举\n---\n每届任期一般为5年。\n');
    write('editions/2024/templates/new.mdx', '---\ntitle: 新模板\n---\n');
    unlinkSync(join(root, 'editions/2024/regulations.yaml'));
    const problems = editionProblems(root, REVISIONS);
    expect(problems.map((p) => [p.file, p.problem])).toEqual([
      [file, '已冻结的 2024 年版文件被改动，但没有记为勘误'],
      ['editions/2024/regulations.yaml', '已冻结的 2024 年版文件被删除'],
      ['editions/2024/templates/new.mdx', '已冻结的 2024 年版中多了这个文件'],
    ]);
    expect(problems[0]!.fix).toContain('npm run edition -- 2024 --erratum "原因"');
  });

  it('accepts the change once it is recorded as an erratum with its date and reason', () => {
    const frozenHash = readManifest(root, '2024').manifest!.files['guide/organization/branch-election.mdx'];
    write(file, '---\ntitle: 党支部换届选举\n---\n每届任期一般为3年（更正标点）。\n');
    const erratum = recordErratum(root, '2024', '更正标点', '2026-12-05');
    expect(erratum).toEqual({
      date: '2026-12-05',
      reason: '更正标点',
      files: ['guide/organization/branch-election.mdx'],
      // The hash the file had when frozen: the check can tell the correction changed it.
      before: { 'guide/organization/branch-election.mdx': frozenHash },
    });
    expect(editionProblems(root, REVISIONS)).toEqual([]);
    expect(readManifest(root, '2024').manifest!.errata).toEqual([erratum]);
    expect(recordErratum(root, '2024', '再次', '2026-12-06')).toBeUndefined();
    expect(() => recordErratum(root, '2024', '  ', '2026-12-06')).toThrow('勘误要写明原因');
  });

  it('keeps its revision entry and a readable record', () => {
    expect(editionProblems(root, new Set(['2023'])).map((p) => [p.file, p.field, p.problem])).toEqual([
      ['editions/2024/edition.yaml', 'revision', '修订记录中没有编号为“2024”的版本'],
    ]);
    write(
      'editions/2024/edition.yaml',
      'year: "2024"\nrevision: "2024"\nfrozen: 2026-12-01\nfiles: {}\nerrata:\n  - date: 昨天\n',
    );
    const problems = editionProblems(root, REVISIONS);
    expect(problems.map((p) => [p.line, p.field])).toEqual([
      [6, 'errata[0].date'],
      [6, 'errata[0].reason'],
      [6, 'errata[0].files'],
      [6, 'errata[0].before'],
    ]);
  });
});

describe('a frozen edition’s entries', () => {
  const procedure = 'editions/2024/guide/organization/branch-election.mdx';
  const valid = [
    '---',
    'title: 党支部换届选举',
    'order: 1',
    'summary: 按期换届。',
    'responsible: [branch]',
    'basis:',
    '  - regulation: election-rules',
    'templates: [ballot]',
    'edition: 2024',
    '---',
    '每届任期一般为3年。',
    '',
  ].join('\n');
  beforeEach(() => {
    write(
      'editions/2024/guide/chapters.yaml',
      '- id: organization\n  title: 组织设置\n  order: 1\n  summary: 组织。\n',
    );
    write('editions/2024/regulations.yaml', '- id: election-rules\n  title: 中国共产党基层组织选举工作条例\n');
  });
  const current = new Map([
    ['duties', new Set(['branch'])],
    ['revisions', new Set(['2024'])],
  ] as const);

  it('names, at its line, a reference to a template the edition does not hold', () => {
    write(procedure, valid);
    const problems = editionEntryProblems(root, new Map(current) as never).filter((p) => p.file === procedure);
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: procedure,
        line: 8,
        problem: expect.stringContaining('找不到文书模板「ballot」'),
      }),
    );
  });

  it('names a field the schema refuses, in Chinese', () => {
    write(procedure, valid.replace('order: 1', 'order: 第一'));
    const problems = editionEntryProblems(root, new Map(current) as never).filter((p) => p.file === procedure);
    expect(problems.some((p) => p.line === 3 && /数字|整数/.test(p.problem))).toBe(true);
  });
});

describe('an erratum, as the reader is told', () => {
  it('names the parts of the guideline its files belong to, each once', () => {
    expect(erratumParts(['regulations.yaml'])).toBe('制度文件目录');
    expect(
      erratumParts(['guide/members/party-dues.mdx', 'guide/chapters.yaml', 'templates/ballot.mdx', 'flowcharts/x.mdx']),
    ).toBe('工作指引、文书模板、流程图');
  });
});
