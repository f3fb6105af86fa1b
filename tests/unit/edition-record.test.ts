/**
 * editions/<year>/edition.yaml validated like content: each erratum a real date not before the freeze and not after
 * today, a reason, files that belong to the edition and that the correction changed; a broken record is a Chinese
 * problem at its line, never a parser's English.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/content-source/problem.ts';
import { editionEntryProblems } from '../../src/lib/content-check/rules/edition-entries.ts';
import { freezeEdition, readManifest, recordErratum, todayInBeijing } from '../../src/lib/editions/freeze.ts';
import { readEdition, readEditionList } from '../../src/lib/content-source/editions.ts';

const TODAY = '2026-12-07';
const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
const C = 'c'.repeat(64);

let root = '';
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'djzy-record-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A record of editions/2024/ holding regulations.yaml (hash C now) and ballot.mdx (hash A), with these errata. */
function record(errata: string, head = 'year: "2024"\nrevision: "2024"\nfrozen: 2026-12-01\n') {
  write(
    'editions/2024/edition.yaml',
    `${head}files:\n  regulations.yaml: ${C}\n  templates/ballot.mdx: ${A}\nerrata:${errata ? `\n${errata}` : ' []'}\n`,
  );
  return readManifest(root, '2024', TODAY).problems.map(formatProblem);
}

const erratum = (fields: string) => `  - ${fields.trim().split('\n').join('\n    ')}`;
const GOOD = erratum(`
date: 2026-12-02
reason: 更正标点
files:
  - regulations.yaml
before:
  regulations.yaml: ${B}`);
const FILE = 'editions/2024/edition.yaml';

describe('the frozen record', () => {
  it('accepts a record as npm run edition writes it, the year read as text or as a number', () => {
    expect(record(GOOD)).toEqual([]);
    expect(record(GOOD, 'year: 2024\nrevision: 2024\nfrozen: 2026-12-01\n')).toEqual([]);
    expect(readManifest(root, '2024', TODAY).manifest!.year).toBe('2024');
  });

  it('an erratum without a reason', () => {
    expect(record(GOOD.replace('reason: 更正标点\n    ', ''))).toEqual([
      `${FILE}:8 errata[0].reason: 缺少「勘误原因」 — 请补上，例如 更正第三条中的错别字`,
    ]);
    expect(record(GOOD.replace('reason: 更正标点', 'reason: "  "'))).toEqual([
      `${FILE}:9 errata[0].reason: 「勘误原因」不能为空 — 请填写，例如 更正第三条中的错别字`,
    ]);
  });

  it('an erratum dated before the freeze, after today, or before the erratum above it', () => {
    expect(record(GOOD.replace('2026-12-02', '2026-11-30'))).toEqual([
      `${FILE}:8 errata[0].date: 勘误日期 2026-11-30 早于本版冻结的日期 2026-12-01 — 改成记录勘误的那一天（不早于冻结日期）`,
    ]);
    expect(record(GOOD.replace('2026-12-02', '2027-12-02'))).toEqual([
      `${FILE}:8 errata[0].date: 勘误日期 2027-12-02 晚于今天（2026-12-07） — 改成记录勘误的那一天；若今天的日期不对，先校正这台电脑的时间`,
    ]);
    const second = erratum(`
date: 2026-12-03
reason: 再次更正
files:
  - regulations.yaml
before:
  regulations.yaml: ${A}`);
    expect(record(`${GOOD.replace('2026-12-02', '2026-12-04')}\n${second}`)).toEqual([
      `${FILE}:14 errata[1].date: 勘误日期 2026-12-03 早于上一条勘误的 2026-12-04 — 勘误按记录的先后排列：核对日期`,
    ]);
  });

  it('an erratum dated on a day that does not exist', () => {
    expect(record(GOOD.replace('2026-12-02', '2026-02-30'))).toEqual([
      `${FILE}:8 errata[0].date: 「勘误日期」不是有效日期：2026-02-30 — 按“年-月-日”填写真实存在的日期，例如 2026-12-02`,
    ]);
    expect(record(GOOD.replace('date: 2026-12-02', 'date: 12月2日'))).toEqual([
      `${FILE}:8 errata[0].date: 「勘误日期」不是有效日期：12月2日 — 按“年-月-日”填写真实存在的日期，例如 2026-12-02`,
    ]);
  });

  it('an erratum naming a file the edition does not hold, or one it did not change', () => {
    const named = GOOD.replace(
      '      - regulations.yaml',
      '      - regulations.yaml\n      - guide/no-such.mdx\n      - templates/ballot.mdx',
    ).replace(`regulations.yaml: ${B}`, `regulations.yaml: ${B}\n      templates/ballot.mdx: ${A}`);
    expect(record(named)).toEqual([
      `${FILE}:12 errata[0].files[1]: 勘误中的文件「guide/no-such.mdx」不在 2024 年版中 — 检查文件名（相对于 editions/2024/，如 guide/members/party-dues.mdx）；勘误只记录本版中改动过的文件`,
      `${FILE}:13 errata[0].files[2]: 勘误中的「templates/ballot.mdx」没有改动（改动前后的校验值相同） — 从这条勘误的 files 和 before 中删去它；确有改动的，改好文件后运行 npm run edition -- 2024 --erratum "原因"`,
    ]);
  });

  it('follows a file through several errata: each must have changed it', () => {
    const second = (before: string) =>
      erratum(`
date: 2026-12-03
reason: 再次更正
files:
  - regulations.yaml
before:
  regulations.yaml: ${before}`);
    // B → A by the first, A → C (now) by the second.
    expect(record(`${GOOD.replace(`regulations.yaml: ${B}`, `regulations.yaml: ${B}`)}\n${second(A)}`)).toEqual([]);
    // The second found it as the first did: the first changed nothing.
    expect(record(`${GOOD}\n${second(B)}`)).toEqual([
      `${FILE}:11 errata[0].files[0]: 勘误中的「regulations.yaml」没有改动（改动前后的校验值相同） — 从这条勘误的 files 和 before 中删去它；确有改动的，改好文件后运行 npm run edition -- 2024 --erratum "原因"`,
    ]);
  });

  it('a file the erratum removed or added counts as changed', () => {
    const removed = GOOD.replace('- regulations.yaml', '- templates/old.mdx').replace(
      `regulations.yaml: ${B}`,
      `templates/old.mdx: ${B}`,
    );
    expect(record(removed)).toEqual([]);
    const added = GOOD.replace(`regulations.yaml: ${B}`, 'regulations.yaml: null');
    expect(record(added)).toEqual([]);
  });

  it('an erratum written by hand: no hashes before the change, or hashes for files it does not name', () => {
    expect(record(GOOD.replace(`regulations.yaml: ${B}`, `templates/ballot.mdx: ${B}`))).toEqual([
      `${FILE}:11 errata[0].files[0]: 勘误没有记录「regulations.yaml」改动前的校验值 — 勘误由 npm run edition -- 2024 --erratum "原因" 记录，不要手写或手改`,
      `${FILE}:13 errata[0].before.templates/ballot.mdx: before 中的「templates/ballot.mdx」不在这条勘误的 files 中 — 勘误由 npm run edition -- 2024 --erratum "原因" 记录，不要手改`,
    ]);
    expect(record(GOOD.replace(/\n {4}before:\n.*$/, ''))).toEqual([
      `${FILE}:8 errata[0].before: 缺少「before」（各文件改动前的校验值） — 不要手改校验值：文件改好后运行 npm run edition -- 2024 --erratum "原因"`,
    ]);
  });

  it('unknown fields, a wrong year, a frozen day in the future and a hash that is not one', () => {
    expect(record(GOOD.replace('reason:', 'note: 备注\n    reason:'))).toEqual([
      `${FILE}:9 errata[0].note: 不认识的字段：note — 检查拼写（字段名区分大小写），或删除；允许的字段见 src/schemas/edition-record.ts`,
    ]);
    expect(record(GOOD, 'year: "2023"\nrevision: "2024"\nfrozen: 2026-12-31\n')).toEqual([
      `${FILE}:1 year: 年份应为 "2024"（与文件夹 editions/2024/ 同名），现在是 "2023" — 改成 year: "2024"`,
      `${FILE}:3 frozen: 冻结日期 2026-12-31 晚于今天（2026-12-07） — 改成冻结的那一天；若今天的日期不对，先校正这台电脑的时间`,
      `${FILE}:8 errata[0].date: 勘误日期 2026-12-02 早于本版冻结的日期 2026-12-31 — 改成记录勘误的那一天（不早于冻结日期）`,
    ]);
    expect(record(GOOD.replace(`regulations.yaml: ${B}`, 'regulations.yaml: 123abc'))).toEqual([
      `${FILE}:13 errata[0].before.regulations.yaml: 「改动前的校验值」不是 SHA-256 校验值：123abc — 不要手改校验值：文件改好后运行 npm run edition -- 2024 --erratum "原因"`,
    ]);
  });

  it('broken YAML is named in Chinese at its line', () => {
    write('editions/2024/edition.yaml', `year: "2024\nrevision: "2024"\nfrozen: 2026-12-01\nfiles: {}\n`);
    const problems = readManifest(root, '2024', TODAY).problems.map(formatProblem);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatch(/^editions\/2024\/edition\.yaml:\d+ 冻结记录的 YAML 格式有误：/);
    // The parser's own English is not passed on.
    expect(problems.map((p) => p.slice(FILE.length)).join('\n')).not.toMatch(/[A-Za-z]{5,}/);
    write('editions/2024/edition.yaml', `year: "2024"\nerrata:\n  - date: 2026-12-02\n\treason: x\n`);
    expect(readManifest(root, '2024', TODAY).problems.map(formatProblem)).toEqual([
      `${FILE}:4 冻结记录的 YAML 格式有误：这一行用 Tab 缩进 — 把行首的 Tab 换成空格（每层两个空格）`,
    ]);
    write('editions/2024/edition.yaml', '- 2024\n');
    expect(readManifest(root, '2024', TODAY).problems.map(formatProblem)).toEqual([
      `${FILE}:1 冻结记录应为“字段: 值”的形式 — 不要手写：它由 npm run edition -- 2024 生成`,
    ]);
  });
});

describe('npm run edition --erratum', () => {
  it('records what each file was before, and the record it writes passes the check', () => {
    write('content/regulations.yaml', '- id: r\n  title: 甲\n');
    write('content/templates/ballot.mdx', '---\ntitle: 选票\n---\n');
    const frozen = freezeEdition(root, '2024', '2024', '2026-12-01');
    write('editions/2024/regulations.yaml', '- id: r\n  title: 乙\n');
    write('editions/2024/templates/new.mdx', '---\ntitle: 新\n---\n');
    const erratum = recordErratum(root, '2024', '更正', '2026-12-03')!;
    expect(erratum.before).toEqual({ 'regulations.yaml': frozen.files['regulations.yaml'], 'templates/new.mdx': null });
    expect(readManifest(root, '2024', TODAY).problems).toEqual([]);
  });

  it('today is Beijing’s day, whatever the machine’s zone', () => {
    expect(todayInBeijing(new Date('2026-12-06T16:30:00Z'))).toBe('2026-12-07');
    expect(todayInBeijing(new Date('2026-12-06T15:30:00Z'))).toBe('2026-12-06');
  });
});

describe('a frozen file that no longer reads', () => {
  const procedure = 'editions/2024/guide/organization/branch-election.mdx';
  beforeEach(() => {
    write(
      'editions/2024/guide/chapters.yaml',
      '- id: organization\n  title: 组织设置\n  order: 1\n  summary: 组织。\n',
    );
    write('editions/2024/regulations.yaml', '- id: election-rules\n  title: 选举工作条例\n');
    write(procedure, '---\ntitle: "党支部换届选举\norder: 1\n---\n正文\n');
  });

  it('is named at its line in Chinese, without a flood of references it took with it', () => {
    // A flowchart of the edition names the procedure: no 找不到工作程序 for it while the procedure does not read.
    write(
      'editions/2024/flowcharts/branch-election.mdx',
      '---\ntitle: 换届选举流程图\norder: 1\nprocedure: branch-election\nsummary: 换届。\n---\n',
    );
    const all = editionEntryProblems(root, new Map() as never);
    expect(all.filter((p) => p.problem.includes('找不到'))).toEqual([]);
    const problems = all.filter((p) => p.file === procedure).map(formatProblem);
    // The parser notices the open quote where the frontmatter ends.
    expect(problems).toEqual([`${procedure}:3 括号或引号没有配对 — 检查这一行的 [ ]、{ } 和引号是否成对`]);
  });

  it('is read as empty by the comparison of editions, never thrown', () => {
    expect(readEdition(join(root, 'editions/2024')).unreadable).toEqual([join(root, procedure)]);
    write('editions/2024/regulations.yaml', '- id: [election-rules\n');
    expect(readEdition(join(root, 'editions/2024')).unreadable).toContain(join(root, 'editions/2024/regulations.yaml'));
  });

  it('stops Astro’s edition collections with the same Chinese words and no stack', () => {
    write('editions/2024/regulations.yaml', '- id: election-rules\n\ttitle: 选举工作条例\n');
    const file = join(root, 'editions/2024/regulations.yaml');
    expect(() => readEditionList(file)).toThrow(
      `${file}:2 这里出现了意外的符号 — 检查这一行的缩进（用空格，不用 Tab）、冒号后的空格和引号是否成对（运行 npm run check 查看全部问题）`,
    );
    write('editions/2024/regulations.yaml', 'id: election-rules\n');
    expect(() => readEditionList(file)).toThrow('应为列表，每项是一组“字段: 值”');
    write('editions/2024/regulations.yaml', '- id: election-rules\n');
    expect(readEditionList(file)).toEqual([{ id: 'election-rules' }]);
  });
});
