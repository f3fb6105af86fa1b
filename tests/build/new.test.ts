/**
 * npm run new: every type of the table scaffolds an entry that passes the content check as written (counts relaxed
 * as for the fixture). All types go into one copy of the fixture, checked once: the check (mermaid's parser above
 * all) is what costs, and the skeletons do not disturb each other. Refusals and numbering get copies of their own.
 * The scaffolder is called as a function; one test runs the command line itself.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/lib/content-check/index.ts';
import { loadContent } from '../../src/lib/content-source/entries.ts';
import { COLLECTION_LIST } from '../../src/schemas/collections.ts';
import type { CollectionName } from '../../src/schemas/context.ts';
import { SEED_COUNTS } from '../../src/schemas/seed-facts.ts';
import { NEW_ENTRY_TYPES } from '../../scripts/lib/entry-types.ts';
import { scaffold as scaffoldEntry, ScaffoldError } from '../../scripts/lib/scaffold.ts';
import { ROOT } from '../support/builds.ts';
import { copyContent, FIXTURE_COUNTS, type ContentCopy } from '../support/content-fixture.ts';

const copies: ContentCopy[] = [];
const newCopy = (from?: 'fixture' | 'site') => {
  const copy = copyContent(from);
  copies.push(copy);
  return copy;
};
afterAll(() => copies.forEach((copy) => copy.cleanup()));

/** The scaffolder in-process, reporting like the command line: exit status and the refusal on stderr. */
const scaffoldIn =
  (copy: ContentCopy) =>
  (...args: string[]) => {
    try {
      return { status: 0, stdout: scaffoldEntry(copy.root, args).join('\n'), stderr: '' };
    } catch (error) {
      if (!(error instanceof ScaffoldError)) throw error;
      return { status: 1, stdout: '', stderr: error.message };
    }
  };

const entryCounts = (root: string) => {
  const counts = new Map<CollectionName, number>();
  for (const { def } of loadContent(root, COLLECTION_LIST).entries)
    counts.set(def.name, (counts.get(def.name) ?? 0) + 1);
  return counts;
};

/** Every type scaffolded with its example, in table order (procedures before what links to them), checked once. */
let walked: ReturnType<typeof walkTable> | undefined;
async function walkTable() {
  const copy = newCopy();
  const before = entryCounts(copy.root);
  const scaffold = scaffoldIn(copy);
  const runs = Object.entries(NEW_ENTRY_TYPES).map(([type, { example }]) => ({
    type,
    ...scaffold(type, ...example.split(' ')),
  }));
  const result = await checkContent(copy.root, { counts: FIXTURE_COUNTS });
  return { copy, before, runs, counts: result.counts, problems: result.problems.map(formatProblem) };
}
const walk = () => (walked ??= walkTable());

// Concurrent: the command line's processes run while this worker loads mermaid's parser for the check.
describe.concurrent('npm run new', () => {
  it('scaffolds every type of the table into an entry of its collection that passes the check', async () => {
    const { runs, problems, before, counts } = await walk();
    for (const run of runs) expect(run.status, `${run.type}: ${run.stderr}`).toBe(0);
    expect(problems).toEqual([]);
    for (const [type, { collection }] of Object.entries(NEW_ENTRY_TYPES)) {
      const added = Object.values(NEW_ENTRY_TYPES).filter((t) => t.collection === collection).length;
      expect(counts.get(collection), type).toBe((before.get(collection) ?? 0) + added);
    }
  });

  it('links a flowchart and a template both ways with their procedure', async () => {
    const { copy } = await walk();
    const procedure = copy.read('content/guide/org-life/party-lesson.mdx');
    expect(procedure).toContain('flowchart: party-lesson');
    expect(procedure).toMatch(/templates:\n\s+- party-lesson-record/);
    expect(copy.read('content/flowcharts/party-lesson.mdx')).toContain('procedure: party-lesson');
    expect(copy.read('content/templates/party-lesson-record.mdx')).toMatch(/procedures:\n\s+- party-lesson/);
  });

  it('tests each type with the command CONTRIBUTING.md shows for it', () => {
    const guide = readFileSync(join(ROOT, 'CONTRIBUTING.md'), 'utf8');
    for (const [type, { example }] of Object.entries(NEW_ENTRY_TYPES))
      expect(guide).toContain(`npm run new -- ${type} ${example}`);
  });

  it('numbers a new entry after those beside it, never past the seed’s count', () => {
    // The site's content holds all 9 flowcharts, 30 templates and 28 problems the seed counts.
    const site = newCopy('site');
    const full = scaffoldIn(site);
    expect(full('procedure', 'org-life/one-more').status).toBe(0);
    for (const type of ['flowchart', 'template'])
      expect(full(type, 'one-more', '--procedure', 'one-more').status).toBe(0);
    expect(full('problem', 'p99').status).toBe(0);
    expect(site.read('content/flowcharts/one-more.mdx')).toContain(`order: ${SEED_COUNTS.flowcharts.count}\n`);
    expect(site.read('content/templates/one-more.mdx')).toContain(`number: ${SEED_COUNTS.templates.count}\n`);
    expect(site.read('content/rectification/ledger.yaml')).toMatch(
      new RegExp(`- id: p99\\n  number: ${SEED_COUNTS.problems.count}\\n`),
    );
    // A procedure follows the others of its chapter: the fixture has one, in organization.
    const fixture = newCopy();
    const scaffold = scaffoldIn(fixture);
    for (const id of ['organization/second', 'org-life/first']) expect(scaffold('procedure', id).status).toBe(0);
    expect(fixture.read('content/guide/organization/second.mdx')).toContain('order: 2\n');
    expect(fixture.read('content/guide/org-life/first.mdx')).toContain('order: 1\n');
  });

  it('runs from the command line, in Chinese', async () => {
    const copy = newCopy();
    const cli = (...args: string[]) =>
      promisify(execFile)(process.execPath, [join(ROOT, 'scripts/new.ts'), ...args], {
        encoding: 'utf8',
        env: { ...process.env, DJZY_ROOT: copy.root },
      })
        .then(({ stdout, stderr }) => ({ status: 0, stdout, stderr }))
        .catch((error: { code: number; stdout: string; stderr: string }) => ({
          status: error.code,
          stdout: error.stdout,
          stderr: error.stderr,
        }));
    const [made, refused] = await Promise.all([cli('publicity', 'from-cli'), cli('duties', 'x')]);
    expect(made.status, made.stderr).toBe(0);
    expect(made.stdout).toContain('已创建 content/publicity/from-cli.mdx');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('由关区经验材料固定');
  });

  it('refuses what cannot be added, in Chinese, and changes nothing when it does', () => {
    const copy = newCopy();
    const scaffold = scaffoldIn(copy);
    const procedure = 'content/guide/organization/establish-branch.mdx';
    const unchanged = copy.read(procedure);
    const refusals: [string[], string][] = [
      [[], '用法：npm run new -- <类型> <编号>'],
      [['duties', 'x'], '由关区经验材料固定'],
      [['chapter', 'x'], '不认识的类型「chapter」'],
      [['constructor', 'x'], '不认识的类型'],
      [['procedure', 'Bad_Name'], '只能用小写英文字母'],
      [['case', 'a/b'], '只能用小写英文字母'],
      [['procedure', 'party-lesson'], '工作程序的编号写成 <章节>/<编号>；章节可选：political、organization'],
      [['procedure', 'nowhere/party-lesson'], '章节可选'],
      [['bulletin', '2022-13'], '提示单的编号是年-月'],
      [['flowchart', 'x'], '新建流程图需要用 --procedure'],
      [['template', 'x'], '新建文书模板需要用 --procedure'],
      [['template', 'x', '--procedure', 'nowhere'], '找不到工作程序「nowhere」'],
      [['flowchart', 'x', '--procedure', 'establish-branch'], '已有流程图「establish-branch」'],
      [
        ['template', 'establish-branch-request', '--procedure', 'establish-branch'],
        'content/templates/establish-branch-request.mdx 已经存在',
      ],
      [['regulation', 'branch-work-regulation'], 'content/regulations.yaml 中已有编号「branch-work-regulation」'],
    ];
    for (const [args, message] of refusals) {
      const run = scaffold(...args);
      expect(run.status, args.join(' ')).toBe(1);
      expect(run.stderr, args.join(' ')).toContain(message);
    }
    expect(copy.read(procedure)).toBe(unchanged);
    expect(scaffold('case', 'x').status).toBe(0);
    expect(scaffold('case', 'x').stderr).toContain('content/cases/x/index.mdx 已经存在');
  });
});
