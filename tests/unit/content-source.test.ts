/**
 * The one reader of content/ and editions/ (src/lib/content-source/): the file list the tools read, and the date
 * solver's check of a procedure's 时间节点 run as a content rule, exactly where the schema used to run it.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { timelineConsistencyProblems } from '../../src/lib/content-check/rules/timeline-consistency.ts';
import type { RawEntry } from '../../src/lib/content-source/entries.ts';
import { parseYamlWithLines } from '../../src/lib/content-source/source-map.ts';
import { contentFiles } from '../../src/lib/content-source/tree.ts';
import { COLLECTIONS } from '../../src/schemas/collections.ts';

let root: string | undefined;
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = undefined;
});

describe('contentFiles', () => {
  it("lists content/ and each edition's files of a kind, sorted by their whole path", () => {
    root = mkdtempSync(join(tmpdir(), 'djzy-source-'));
    for (const file of [
      'content/x/c.mdx',
      'content/x-y/b.mdx',
      'content/a.mdx',
      'content/a.yaml',
      'editions/stray.mdx',
      'editions/2024/guide/d.mdx',
    ]) {
      mkdirSync(dirname(join(root, file)), { recursive: true });
      writeFileSync(join(root, file), '');
    }
    expect(contentFiles(root, '.mdx')).toEqual([
      'content/a.mdx',
      'content/x-y/b.mdx',
      'content/x/c.mdx',
      'editions/2024/guide/d.mdx',
    ]);
  });
});

/** A procedure entry as the checker reads it, from its frontmatter's YAML. */
function procedure(yaml: string): RawEntry {
  const parsed = parseYamlWithLines(yaml);
  return {
    def: COLLECTIONS.procedures,
    id: 'x',
    file: 'content/guide/organization/x.mdx',
    data: parsed.data,
    lineOf: parsed.lineOf,
  };
}

const CONTRADICTING = `title: 成立党支部
timeline:
  steps:
    - { id: request, label: 报送请示 }
    - { id: reply, label: 批复 }
  limits:
    - id: late
      step: reply
      limit: 不早于
      from: request
      offset: 2个月后
      strength: 应当
      rule: 两个月后批复。
      limitLabel: 请示后两个月期满之日
      practice: 通行做法
    - id: soon
      step: reply
      limit: 不晚于
      from: request
      offset: 1个月后
      strength: 应当
      rule: 一个月内批复。
      limitLabel: 请示后一个月期满之日
      practice: 通行做法
`;

describe('timeline consistency', () => {
  it('reports limits that cannot all hold at each of them, even in an entry invalid elsewhere', () => {
    // No chapter, no edition…: the schema reports those; the timeline is still held to itself, as it was in the schema.
    const problems = timelineConsistencyProblems([procedure(CONTRADICTING)]);
    expect(problems.map((p) => `${p.line} ${p.field}`)).toEqual(['7 timeline.limits[0]', '16 timeline.limits[1]']);
    expect(problems[0]!.problem).toMatch(/^时限「late」、「soon」不能同时满足/);
  });

  it('leaves a timeline whose steps and limits are wrong as written to the schema', () => {
    const unknownStep = CONTRADICTING.replace('from: request\n      offset: 2', 'from: answer\n      offset: 2');
    expect(timelineConsistencyProblems([procedure(unknownStep)])).toEqual([]);
  });
});
