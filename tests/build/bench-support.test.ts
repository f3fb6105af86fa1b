/**
 * The parts of `npm run bench` that could silently measure the wrong thing: the process tree whose memory is
 * summed, the synthetic corpus, which must pass the copy's own content check (or the bench would time a failing
 * build), and the plain Astro twins: the same-text twin must index the same pages and words as the built site, the
 * MDX-bodies twin (`--twin bodies`) a page of every MDX body.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addSyntheticCorpus, PROCEDURES_PER_CHAPTER } from '../../scripts/lib/synthetic-corpus.ts';
import { copyBuildInputs } from '../../scripts/lib/project-files.ts';
import { SEED_COUNTS } from '../../src/schemas/seed-facts.ts';
import { treeOf } from '../../scripts/lib/tree-memory.ts';
import { pagefindIndexSize, TWIN_BUILD, writeBodiesTwin, writeSameTextTwin } from '../../scripts/lib/astro-twin.ts';
import { indexLine, sameIndex } from '../../scripts/lib/bench-figures.ts';
import { revisionLog } from '../../src/lib/content-source/editions.ts';
import { pastEditionsOf } from '../../src/lib/editions/coverage.ts';

describe('treeOf', () => {
  it('collects a process, its children and theirs, and nothing else', () => {
    const parentOf = new Map([
      [10, 1],
      [11, 10],
      [12, 10],
      [13, 12],
      [20, 1],
      [21, 20],
    ]);
    expect(treeOf(10, parentOf).sort()).toEqual([10, 11, 12, 13]);
    expect(treeOf(21, parentOf)).toEqual([21]);
  });
});

describe('synthetic corpus', () => {
  const root = join(import.meta.dirname, '../..');
  const copy = mkdtempSync(join(tmpdir(), 'djzy-corpus-'));
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it(`adds procedures in chapters of ${PROCEDURES_PER_CHAPTER} and cases, and passes the copy’s npm run check`, () => {
    // Everything a build copy has, editions/ included: the corpus must also satisfy the editions' coverage check.
    copyBuildInputs(root, copy);
    symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
    const pages = PROCEDURES_PER_CHAPTER + 5;
    const cases = 3;
    addSyntheticCorpus(copy, { pages, cases });

    expect(readdirSync(join(copy, 'content/guide/bench-c0001'))).toHaveLength(PROCEDURES_PER_CHAPTER);
    expect(readdirSync(join(copy, 'content/guide/bench-c0002'))).toHaveLength(pages - PROCEDURES_PER_CHAPTER);
    expect(readdirSync(join(copy, 'content/cases')).filter((d) => d.startsWith('bench-case-'))).toHaveLength(cases);

    const check = spawnSync(process.execPath, ['scripts/check-content.ts'], { cwd: copy, encoding: 'utf8' });
    expect(check.status, check.stderr).toBe(0);
    expect(check.stdout).toMatch(new RegExp(`内容检查通过：.*工作程序 ${SEED_COUNTS.procedures.count + pages}`));
  });
});

describe('plain Astro twins', () => {
  const root = join(import.meta.dirname, '../..');
  const work = mkdtempSync(join(tmpdir(), 'djzy-twin-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it(
    'the same-text twin of the built site indexes the same pages and words, with the Pagefind CLI',
    { timeout: 120_000 },
    () => {
      const twin = join(work, 'text');
      const site = pagefindIndexSize(join(root, 'dist'));
      const written = writeSameTextTwin(join(root, 'dist'), twin, join(root, 'node_modules'));
      const run = spawnSync('sh', ['-c', TWIN_BUILD], { cwd: twin, encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
      const copy = pagefindIndexSize(join(twin, 'dist'));
      expect(written).toBe(site.pages);
      expect(sameIndex(site, copy), indexLine(site, copy)).toBe(true);
      // Some pages render an MDX body, and those are compiled as MDX by the twin.
      expect(readdirSync(join(twin, 'content')).filter((f) => f.endsWith('.mdx')).length).toBeGreaterThan(0);
    },
  );

  it(
    'builds one searchable page for every MDX body of the content and of the past editions, with the Pagefind CLI',
    { timeout: 120_000 },
    () => {
      const twin = join(work, 'bodies');
      writeBodiesTwin(root, twin, join(root, 'node_modules'));
      const run = spawnSync('sh', ['-c', TWIN_BUILD], { cwd: twin, encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
      const mdxUnder = (dir: string) =>
        readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'));
      const past = pastEditionsOf(root, revisionLog(root)).flatMap((e) => mdxUnder(`editions/${e.year}`));
      expect(past.length).toBeGreaterThan(0);
      const bodies = [...mdxUnder('content'), ...past];
      const pages = readdirSync(join(twin, 'dist'), { recursive: true, encoding: 'utf8' }).filter((f) =>
        f.endsWith('index.html'),
      );
      expect(pages).toHaveLength(bodies.length);
      expect(run.stdout).toContain(`Indexed ${bodies.length} pages`);
    },
  );
});
