/**
 * Pages, layouts and components only render: what they show is prepared by a view function in
 * src/data/. This reads their imports and calls, so a page that starts querying collections again fails here.
 */
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/builds.ts';

const files = globSync('src/{pages,components,layouts}/**/*.astro', { cwd: ROOT }).sort();

/** What only the view layer (or the build's own steps) may do. */
const FORBIDDEN: [RegExp, string][] = [
  [/^import (?!type )[^;]*from ['"]node:/m, 'reads files or runs processes (node:*)'],
  [/import (?!type )[^;]*from ['"]astro:content['"]/, 'uses astro:content (queries or render)'],
  [
    /^import (?!type )[^;]*from ['"][^'"]*data\/(collections|last-updated|once-per-build)\.ts['"]/m,
    'queries collections directly',
  ],
  [/^import (?!type )[^;]*from ['"](satteri|yaml|acorn|svgo)['"]/m, 'parses source text'],
  [
    /^import (?!type )[^;]*from ['"][^'"]*lib\/(mdast|diagrams\/(cache|key|sources|diagram))\.ts['"]/m,
    'parses MDX or computes diagram keys',
  ],
  [/(?<![.\w])(getCollection|getEntry|indexOf|render)\(/, 'queries or renders entries'],
];

describe('view layer', () => {
  it('finds the pages, layouts and components', () => {
    expect(files.length).toBeGreaterThan(40);
  });

  it.each(files)('%s only renders', (file) => {
    const source = readFileSync(join(ROOT, file), 'utf8');
    const frontmatter = source.split(/^---$/m)[1] ?? '';
    const found = FORBIDDEN.filter(([pattern]) => pattern.test(frontmatter)).map(([, what]) => what);
    expect(found).toEqual([]);
  });
});
