/**
 * A synthetic corpus for `npm run bench`, written into a throw-away copy of the repository: `pages` procedures
 * made from the real ones in turn (same bodies, citations, duties and layout) in chapters of 20, and `cases`
 * copies of a real case with its cover image. The copy's seed numbers are raised to match, by a small module that
 * re-exports the real seed facts with larger counts, so the copy's own check and build run unchanged.
 */
import { appendFileSync, cpSync, globSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';
import { FOLDERS, inProject } from '../../src/lib/paths.ts';

/** Procedures per synthetic chapter, the most a real chapter may hold. */
export const PROCEDURES_PER_CHAPTER = 20;
const CASE_MODEL = `${FOLDERS.content}/cases/branch-method-example`;

const pad = (n: number) => String(n).padStart(4, '0');

export function addSyntheticCorpus(root: string, { pages, cases }: { pages: number; cases: number }): void {
  const chapters = Math.ceil(pages / PROCEDURES_PER_CHAPTER);
  const realChapters = (
    parseDocument(readFileSync(inProject(root, 'content', 'guide/chapters.yaml'), 'utf8')).toJS() as unknown[]
  ).length;

  appendFileSync(
    inProject(root, 'content', 'guide/chapters.yaml'),
    Array.from(
      { length: chapters },
      (_, i) =>
        `\n- id: bench-c${pad(i + 1)}\n  title: 测试章节${i + 1}\n  order: ${realChapters + i + 1}\n  summary: 性能测试生成的章节。\n`,
    ).join(''),
  );

  const models = globSync(`${FOLDERS.content}/guide/*/*.mdx`, { cwd: root })
    .sort()
    .map((path) => {
      const source = readFileSync(join(root, path), 'utf8');
      const [whole = '', frontmatter = ''] = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(source) ?? [];
      return { frontmatter, body: source.slice(whole.length) };
    })
    // The 党费 standard (dues) belongs to one procedure, and its page text links to the section made from it.
    .filter(({ frontmatter }) => !/^dues:/m.test(frontmatter));
  for (let i = 0; i < pages; i++) {
    const { frontmatter, body } = models[i % models.length]!;
    const doc = parseDocument(frontmatter);
    doc.set('title', `测试工作程序${i + 1}`);
    doc.set('order', (i % PROCEDURES_PER_CHAPTER) + 1);
    doc.delete('flowchart'); // a flowchart and templates belong to one real procedure each, and link back
    doc.delete('templates');
    doc.delete('readerWords'); // a reader's word names one page only
    const dir = inProject(root, 'content', 'guide', `bench-c${pad(Math.floor(i / PROCEDURES_PER_CHAPTER) + 1)}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `bench-p${pad(i + 1)}.mdx`), `---\n${String(doc).trimEnd()}\n---\n${body}`);
  }

  // They are new in the current edition, so its revision entry names them, as the editions' coverage check asks.
  if (pages) {
    const file = inProject(root, 'content', 'revisions.yaml');
    const log = parseDocument(readFileSync(file, 'utf8'));
    const entries = (log.contents as YAMLSeq<YAMLMap>).items;
    const latest = entries.reduce((a, b) => (String(b.get('date')) > String(a.get('date')) ? b : a));
    const change = { kind: '新增', target: '测试章节', detail: '性能测试生成的工作程序。' };
    const ids = Array.from({ length: pages }, (_, i) => `bench-p${pad(i + 1)}`);
    (latest.get('changes') as YAMLSeq).items.push(log.createNode({ ...change, procedures: ids }));
    writeFileSync(file, String(log));
  }

  const caseSource = readFileSync(join(root, CASE_MODEL, 'index.mdx'), 'utf8');
  for (let i = 0; i < cases; i++) {
    const dir = inProject(root, 'content', 'cases', `bench-case-${pad(i + 1)}`);
    cpSync(join(root, CASE_MODEL), dir, { recursive: true });
    writeFileSync(join(dir, 'index.mdx'), caseSource.replace(/^title: .*$/m, `title: 测试案例${i + 1}（示例）`));
  }

  // Keep the real seed facts, raising only the counts the corpus adds to.
  const facts = join(root, 'src/schemas/seed-facts.ts');
  renameSync(facts, join(root, 'src/schemas/seed-facts.real.ts'));
  writeFileSync(
    facts,
    `export * from './seed-facts.real.ts';
import { SEED_COUNTS as REAL } from './seed-facts.real.ts';
export const SEED_COUNTS = {
  ...REAL,
  chapters: { ...REAL.chapters, count: REAL.chapters.count + ${chapters} },
  procedures: { ...REAL.procedures, count: REAL.procedures.count + ${pages} },
};
`,
  );
}
