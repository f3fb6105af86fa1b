/**
 * The content check's memo (src/lib/content-check/check-memo.ts) and the YAML reading through it
 * (src/lib/content-source/source-map.ts): a result comes back as it was stored, afresh each time, only for the same
 * input and the same code; a damaged file is ignored. That a memo never changes what the check reports is held in
 * tests/build/check-memo.test.ts.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { memoFile, openCheckMemo } from '../../src/lib/content-check/check-memo.ts';
import {
  parseYamlWithLines,
  rememberYamlIn,
  yamlMemoInMemory,
  type YamlReading,
} from '../../src/lib/content-source/source-map.ts';
import { ROOT } from '../support/builds.ts';

const tempRoot = () => mkdtempSync(join(tmpdir(), 'djzy-memo-'));

describe('the check memo', () => {
  it('lies outside the working tree, where no commit can place a forged one', () => {
    const root = tempRoot();
    expect(relative(root, memoFile(root)).startsWith('..')).toBe(true);
    expect(memoFile(root)).not.toBe(memoFile(tempRoot()));
  });

  it('gives back what was stored, a fresh copy on every hit, and misses another input', () => {
    const memo = openCheckMemo(tempRoot(), ROOT);
    const table = memo.table<{ list: number[] }>('t');
    table.set('a', { list: [1, 2] });
    const first = table.get('a')!;
    first.list.push(3);
    expect(table.get('a')).toEqual({ list: [1, 2] });
    expect(table.get('b')).toBeUndefined();
    expect(memo.stats).toEqual({ hits: 2, misses: 1 });
  });

  it('keeps between runs what a run used, and nothing it did not', () => {
    const root = tempRoot();
    const first = openCheckMemo(root, ROOT);
    first.table('t').set('kept', 1);
    first.table('t').set(new Uint8Array([1, 2]), 2);
    first.save();
    const second = openCheckMemo(root, ROOT);
    expect(second.table('t').get('kept')).toBe(1);
    second.save(); // the bytes' entry was not used in this run
    const third = openCheckMemo(root, ROOT);
    expect(third.table('t').get('kept')).toBe(1);
    expect(third.table('t').get(new Uint8Array([1, 2]))).toBeUndefined();
  });

  it('forgets everything made by other code, when told to, and when its file is damaged', () => {
    const root = tempRoot();
    const memo = openCheckMemo(root, ROOT);
    memo.table('t').set('x', 1);
    memo.save();
    // Other code: a project whose src/lib differs from this one's.
    const otherCode = tempRoot();
    mkdirSync(join(otherCode, 'src/lib'), { recursive: true });
    writeFileSync(join(otherCode, 'src/lib/rule.ts'), 'export {};\n');
    expect(openCheckMemo(root, otherCode).table('t').get('x')).toBeUndefined();
    expect(openCheckMemo(root, ROOT, { fresh: true }).table('t').get('x')).toBeUndefined();
    expect(openCheckMemo(root, ROOT).table('t').get('x')).toBe(1);
    writeFileSync(memoFile(root), 'not a memo');
    expect(openCheckMemo(root, ROOT).table('t').get('x')).toBeUndefined();
  });
});

describe('YAML read through the memo', () => {
  afterEach(() => rememberYamlIn(undefined));
  const source = 'title: 测试\nnested:\n  count: .nan\n  zero: -0\nlist:\n  - a\n  - b\n';

  it('reads as without it, values JSON cannot keep included, and the lines of keys at their offset', () => {
    const plain = parseYamlWithLines(source, 3);
    rememberYamlIn(openCheckMemo(tempRoot(), ROOT).table<YamlReading>('yaml'));
    parseYamlWithLines(source, 0); // stored
    const remembered = parseYamlWithLines(source, 3);
    expect(remembered.data).toEqual(plain.data);
    expect(Object.is((remembered.data as { nested: { zero: number } }).nested.zero, -0)).toBe(true);
    for (const path of [['title'], ['nested', 'count'], ['list', 1], ['missing']])
      expect(remembered.lineOf(path)).toBe(plain.lineOf(path));
  });

  it('keeps the lines a run asked for, so the next run needs no parse for them', () => {
    const memo = openCheckMemo(tempRoot(), ROOT);
    const table = memo.table<YamlReading>('yaml');
    rememberYamlIn(table);
    parseYamlWithLines(source);
    expect(parseYamlWithLines(source).lineOf(['list', 1])).toBe(7);
    expect(table.get(source)?.lines).toEqual({ '["list","1"]': 7 });
  });

  it('stores syntax errors with their lines, moved to where the text sits', () => {
    rememberYamlIn(openCheckMemo(tempRoot(), ROOT).table<YamlReading>('yaml'));
    const broken = 'a: 1\nb: [\n';
    const first = parseYamlWithLines(broken, 1);
    const again = parseYamlWithLines(broken, 5);
    expect(first.errors.length).toBeGreaterThan(0);
    expect(again.errors.map((e) => e.line)).toEqual(first.errors.map((e) => e.line + 4));
  });

  it('in memory (the dev server): the same reading, never the object another reader holds', () => {
    rememberYamlIn(yamlMemoInMemory());
    const first = parseYamlWithLines(source).data as { list: string[] };
    first.list.push('changed by a reader');
    const again = parseYamlWithLines(source);
    expect(again.data).toEqual(parseYamlWithLines(source, 0).data);
    expect((again.data as { list: string[] }).list).toEqual(['a', 'b']);
    expect(again.lineOf(['list', 1])).toBe(7);
  });
});
