/**
 * The editor's guide stays true: every collection is documented with its file and schema, every type that
 * `npm run new` knows is shown, and every npm command the guide or the README names exists.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXED_COLLECTIONS, NEW_ENTRY_TYPES } from '../../scripts/lib/entry-types.ts';
import { COLLECTION_LIST } from '../../src/schemas/collections.ts';

const root = join(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const guide = read('CONTRIBUTING.md');
const scripts = Object.keys(JSON.parse(read('package.json')).scripts as Record<string, string>);

describe('CONTRIBUTING.md', () => {
  it('names every collection’s files and schema', () => {
    for (const def of COLLECTION_LIST) {
      const where = def.source.kind === 'glob' ? def.source.base : def.source.path;
      expect(guide, def.label).toContain(where);
      expect(guide, def.label).toContain(def.schemaFile);
    }
  });

  it('shows the npm run new command of every type, and every collection is either scaffolded or fixed', () => {
    for (const type of Object.keys(NEW_ENTRY_TYPES)) expect(guide).toContain(`npm run new -- ${type} `);
    const covered = new Set([...Object.values(NEW_ENTRY_TYPES).map((t) => t.collection), ...FIXED_COLLECTIONS]);
    expect([...covered].sort()).toEqual(COLLECTION_LIST.map((def) => def.name).sort());
  });

  it.each(['CONTRIBUTING.md', 'README.md', '.github/pull_request_template.md'])(
    '%s names only npm scripts that exist',
    (file) => {
      const named = [...read(file).matchAll(/npm run ([a-z:-]+)/g)].map((m) => m[1]);
      expect(named.length).toBeGreaterThan(0);
      for (const name of named) expect(scripts, `${file}: npm run ${name}`).toContain(name);
    },
  );

  it('is what the /contribute/ page renders, and the pull-request template points to it', () => {
    expect(read('src/pages/contribute/index.astro')).toContain("from '../../../CONTRIBUTING.md'");
    expect(read('.github/pull_request_template.md')).toContain('CONTRIBUTING.md');
  });
});

describe('README: 检查覆盖什么', () => {
  /** The case numbers of each row of the table: “35–39、54” → 35…39, 54. */
  const rows = () => {
    const section = read('README.md').split('### 检查覆盖什么')[1]!.split('\n\n|')[1]!.split('\n\n')[0]!;
    return section
      .split('\n')
      .slice(2)
      .map((row) => row.split('|').map((cell) => cell.trim()))
      .map((cells) => ({
        input: cells[1]!,
        cases: cells[3]!.split('、').flatMap((part) => {
          const [from, to = from] = part.split('–').map(Number);
          return Array.from({ length: to! - from! + 1 }, (_, i) => from! + i);
        }),
      }));
  };

  it('backs every class of input it names with a case of the bad-input corpus, and lists every case once', () => {
    const corpus = readdirSync(join(root, 'tests/fixtures/bad-inputs'))
      .map((name) => Number(name.slice(0, 2)))
      .sort((a, b) => a - b);
    const listed = rows().flatMap((r) => r.cases);
    expect(rows().length).toBeGreaterThanOrEqual(10);
    for (const row of rows()) expect(row.cases.length, row.input).toBeGreaterThan(0);
    expect([...listed].sort((a, b) => a - b)).toEqual(corpus);
  });
});
