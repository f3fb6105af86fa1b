import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  changedIds,
  comparableMdx,
  editionCoverageProblems,
  editionItems,
  type RevisionEntry,
} from '../../src/lib/editions/coverage.ts';
import { freezeEdition } from '../../src/lib/editions/freeze.ts';
import { readEdition } from '../../src/lib/content-source/editions.ts';

let root = '';
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};
const procedure = (rule: string, comment = '') =>
  `---\ntitle: 处置不合格党员\nedition: 2022\n---\n${comment}\n党员有违纪问题的，${rule}。\n`;
const revision = (id: string, date: string, changes: Record<string, string[]>[] = []): RevisionEntry => ({
  id,
  data: { title: `${id} 年版`, date, changes },
  lineOf: (path) => (path.length ? 10 : 9),
});

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'djzy-coverage-'));
  write('content/guide/members/unqualified-members.mdx', procedure('按纪律处分程序办理'));
  write('content/flowcharts/unqualified-members.mdx', '---\ntitle: 流程图\n---\n');
  write('content/templates/disposal-form.mdx', '---\ntitle: 组织处置审批表\n---\n');
  write(
    'content/regulations.yaml',
    '- id: disciplinary-regulation\n  title: 中国共产党纪律处分条例\n  issued: "2018-08"\n',
  );
  freezeEdition(root, '2023', '2023', '2026-12-01');
  // The 2024 edition: one procedure reworded, one catalogue entry updated.
  write('content/guide/members/unqualified-members.mdx', procedure('按纪律处分程序办理，不以组织处置代替纪律处分'));
  write(
    'content/regulations.yaml',
    '- id: disciplinary-regulation\n  title: 中国共产党纪律处分条例\n  issued: "2023-12"\n',
  );
  freezeEdition(root, '2024', '2024', '2026-12-01');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('what differs between two editions', () => {
  it('finds the reworded procedure and the updated catalogue entry, and nothing else', () => {
    const changed = changedIds(
      editionItems(readEdition(join(root, 'editions/2023'))),
      editionItems(readEdition(join(root, 'editions/2024'))),
    );
    expect(changed).toEqual({
      procedures: ['unqualified-members'],
      flowcharts: [],
      templates: [],
      regulations: ['disciplinary-regulation'],
    });
  });

  it('ignores editor comments and trailing spaces', () => {
    const plain = procedure('按程序办理');
    expect(comparableMdx(procedure('按程序办理', '{/* 核对：2024-06 */}'))).toBe(comparableMdx(plain));
    expect(comparableMdx(plain.replace('办理。', '办理。  '))).toBe(comparableMdx(plain));
    expect(comparableMdx(procedure('按程序办理'))).not.toBe(comparableMdx(procedure('按新程序办理')));
  });
});

describe('every difference is covered by the later edition’s revision entry', () => {
  const r2023 = revision('2023', '2023-03-31');

  it('names, in Chinese and at the entry, each difference the entry does not mention', () => {
    const problems = editionCoverageProblems(root, [r2023, revision('2024', '2024-09-30')]);
    expect(problems.map((p) => [p.file, p.line, p.problem])).toEqual([
      [
        'content/revisions.yaml',
        10,
        '2024 年版与2023 年版相比，工作程序「unqualified-members」有改动，但2024 年版的修订内容没有提到它',
      ],
      [
        'content/revisions.yaml',
        10,
        '2024 年版与2023 年版相比，制度文件「disciplinary-regulation」有改动，但2024 年版的修订内容没有提到它',
      ],
    ]);
    expect(problems[0]!.fix).toContain('procedures: [unqualified-members]');
  });

  it('passes when the changes name exactly what differs, and refuses a name for what did not change', () => {
    const covered = revision('2024', '2024-09-30', [
      { procedures: ['unqualified-members'] },
      { regulations: ['disciplinary-regulation'] },
    ]);
    expect(editionCoverageProblems(root, [r2023, covered])).toEqual([]);
    const overclaimed = revision('2024', '2024-09-30', [
      { procedures: ['unqualified-members'], templates: ['disposal-form'] },
      { regulations: ['disciplinary-regulation'] },
    ]);
    expect(editionCoverageProblems(root, [r2023, overclaimed]).map((p) => p.problem)).toEqual([
      '2024 年版的修订内容提到文书模板「disposal-form」，但它与2023 年版相同',
    ]);
  });

  it('compares the current text with the last frozen edition once the log has a newer entry', () => {
    const covered2024 = revision('2024', '2024-09-30', [
      { procedures: ['unqualified-members'], regulations: ['disciplinary-regulation'] },
    ]);
    write('content/templates/disposal-form.mdx', '---\ntitle: 组织处置审批表（修订）\n---\n');
    // No newer entry yet: the current text is still being edited, not an edition.
    expect(editionCoverageProblems(root, [r2023, covered2024])).toEqual([]);
    const problems = editionCoverageProblems(root, [r2023, covered2024, revision('2026', '2026-06-30')]);
    expect(problems.map((p) => p.problem)).toEqual([
      '2026 年版与2024 年版相比，文书模板「disposal-form」有改动，但2026 年版的修订内容没有提到它',
    ]);
  });
});
