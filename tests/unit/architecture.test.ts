/**
 * The architecture as arrows between folders: every import in src/ (TypeScript and the script of each .astro file)
 * and scripts/ is read, each file is given its folder and its layer, and the test holds two rules.
 *
 * 1. No folder circle: the folders of src/lib, src/schemas, src/data and the rest import one another one way only,
 *    so each can be read (and changed) knowing only what lies beneath it. A circle is reported as its path, with
 *    the import behind each arrow.
 * 2. No arrow upwards: routes (pages, layouts, components) use views (src/data); views use the queries beneath them
 *    (src/data/queries/, when the views have one); everything uses lib and schemas; lib never reaches back up.
 *    Schemas import no domain code from lib; browser code (src/client) imports no view.
 */
import { existsSync, globSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/builds.ts';

/**
 * The layers, highest first: a file may import its own layer or any below it, never one above. Browser code sits
 * beneath the views (it never imports one: views run at build time) and above lib (it uses lib's pure helpers);
 * schemas sit beneath lib (they import no domain code: the date solver, the checker, the editions).
 */
const LAYERS: { name: string; folders: RegExp }[] = [
  { name: 'tools', folders: /^(scripts|src\/pipeline|src\/content\.config\.ts)(\/|$)/ },
  { name: 'routes', folders: /^src\/(pages|layouts|components|middleware\.ts|env\.d\.ts)(\/|$)/ },
  { name: 'views', folders: /^src\/data\/(?!queries\/)/ },
  { name: 'queries', folders: /^src\/data\/queries\// },
  { name: 'browser', folders: /^src\/client\// },
  { name: 'lib', folders: /^src\/(lib|markdown|styles)\// },
  { name: 'schemas', folders: /^src\/schemas\// },
];

/**
 * What a schema may use from lib: facts a field is checked against that the browser code shares, not domain logic
 * (the date solver, the checker, the editions): how a browser reads a link (an edit-link template must be a web
 * address), and the kinds of answer the search's question words name.
 */
const SCHEMA_MAY_USE = new Set(['src/lib/link-target.ts', 'src/lib/search-question.ts']);

/** A folder, for the circle check: src/lib/<folder or module>, src/data/queries, or the top folder. */
function folderOf(file: string): string {
  const parts = file.replace(/\.(ts|astro|mjs)$/, '').split('/');
  if (parts[0] === 'scripts') return parts[1] === 'lib' ? 'scripts/lib' : 'scripts';
  if (parts[1] === 'lib' || parts[1] === 'components') return parts.slice(0, 3).join('/');
  if (parts[1] === 'data' && parts[2] === 'queries') return 'src/data/queries';
  return parts.slice(0, 2).join('/');
}

const layerOf = (file: string) => LAYERS.findIndex((layer) => layer.folders.test(file));

/** Relative imports of one file (import, export … from, import(), import '…'), as repository-relative paths. */
function importsOf(file: string): string[] {
  const source = readFileSync(join(ROOT, file), 'utf8')
    // Comments are not imports (a doc comment may quote one).
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');
  const specifiers = [
    ...source.matchAll(/(?:^|[;\s])(?:import|export)\s+(?:type\s+)?(?:[\w*${}\s,]+?\s+from\s+)?['"]([^'"\n]+)['"]/g),
    ...source.matchAll(/import\(\s*['"]([^'"\n]+)['"]\s*\)/g),
  ].map((m) => m[1]!);
  return specifiers
    .filter((s) => s.startsWith('.'))
    .map((s) => relative(ROOT, join(ROOT, dirname(file), s.split('?')[0]!)))
    .filter((target) => existsSync(join(ROOT, target)));
}

const files = globSync(['src/**/*.{ts,astro,mjs}', 'scripts/**/*.ts'], { cwd: ROOT }).sort();
const sources = new Set(files);
// Source to source: a page may import a Markdown file (CONTRIBUTING.md) to show it, which is no arrow between layers.
const arrows = files.flatMap((from) =>
  importsOf(from)
    .filter((to) => sources.has(to))
    .map((to) => ({ from, to })),
);

/** Folder → folder, with one import that makes each arrow, for messages. */
const folderArrows = new Map<string, Map<string, string>>();
for (const { from, to } of arrows) {
  const [a, b] = [folderOf(from), folderOf(to)];
  if (a === b) continue;
  if (!folderArrows.has(a)) folderArrows.set(a, new Map());
  if (!folderArrows.get(a)!.has(b)) folderArrows.get(a)!.set(b, `${from} → ${to}`);
}

/** Every folder circle, each as the path that closes it (Tarjan's strongly connected components, then a walk). */
function circles(graph: Map<string, Map<string, string>>): string[] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const components: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    for (const next of graph.get(node)?.keys() ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (stack.includes(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do component.push((member = stack.pop()!));
      while (member !== node);
      if (component.length > 1) components.push(component.sort());
    }
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return components.map((component) => {
    // The shortest way from the component's first folder back to itself, inside the component.
    const start = component[0]!;
    const came = new Map<string, string>();
    const queue = [start];
    while (queue.length) {
      const node = queue.shift()!;
      for (const next of graph.get(node)?.keys() ?? []) {
        if (!component.includes(next) || came.has(next)) continue;
        came.set(next, node);
        queue.push(next);
      }
      if (came.has(start)) break;
    }
    const path = [start];
    for (let node = came.get(start)!; node !== start; node = came.get(node)!) path.unshift(node);
    path.unshift(start);
    return path
      .slice(1)
      .map((to, i) => `${path[i]} → ${to} (${graph.get(path[i]!)!.get(to)})`)
      .join('\n  ');
  });
}

describe('architecture', () => {
  it('reads the imports of every source file', () => {
    expect(files.length).toBeGreaterThan(300);
    expect(arrows.length).toBeGreaterThan(1000);
    for (const file of files) expect(layerOf(file), `${file} has no layer in LAYERS`).toBeGreaterThanOrEqual(0);
  });

  it('has no folder circle', () => {
    expect(circles(folderArrows), 'folders that import one another in a circle').toEqual([]);
  });

  it('has no arrow from a lower layer to a higher one', () => {
    const upwards = arrows
      .filter(({ from, to }) => layerOf(to) < layerOf(from))
      .filter(({ from, to }) => !(from.startsWith('src/schemas/') && SCHEMA_MAY_USE.has(to)))
      .map(({ from, to }) => `${from} (${LAYERS[layerOf(from)]!.name}) → ${to} (${LAYERS[layerOf(to)]!.name})`);
    expect(upwards).toEqual([]);
  });
});
