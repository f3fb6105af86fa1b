/**
 * Compares two built sites file by file, reading hashed asset names as equal when only their hash differs:
 * a refactor that must not change what readers get (issue 31) is checked with
 *   node scripts/compare-builds.ts <before-dir> <after-dir>
 * Exit 0 when every page, feed, download and asset is the same after normalising; otherwise the differing files
 * are listed (first lines of each difference), exit 1.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { hashedNameMap, normaliseHashedNames, normaliseScopeIds } from './lib/compare-builds.ts';

function listFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(root, path));
    }
  };
  walk(root);
  return out.sort();
}

const TEXT = /\.(html|css|js|mjs|json|xml|ics|csv|svg|txt|conf|webmanifest)$/;

function digestSide(root: string) {
  const files = listFiles(root);
  const names = hashedNameMap(files);
  const byName = new Map<string, string[]>();
  const texts = new Map<string, string>();
  for (const file of files) {
    const raw = readFileSync(join(root, file));
    const normalName = names.get(file) ?? file;
    let body: string | Buffer = raw;
    if (TEXT.test(file)) {
      body = normaliseScopeIds(normaliseHashedNames(raw.toString('utf8'), names));
      texts.set(normalName + '#' + createHash('sha256').update(body).digest('hex').slice(0, 12), body);
    }
    const digest = createHash('sha256').update(body).digest('hex').slice(0, 12);
    const list = byName.get(normalName) ?? [];
    list.push(digest);
    byName.set(normalName, list.sort());
  }
  return { byName, texts };
}

const [before, after] = process.argv.slice(2);
if (!before || !after) {
  console.error('用法：node scripts/compare-builds.ts <之前的构建目录> <之后的构建目录>');
  process.exit(2);
}
for (const dir of [before, after]) {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    console.error(`找不到构建目录 ${dir}：先用 node scripts/build.ts --out ${dir} 构建。`);
    process.exit(2);
  }
}
const a = digestSide(before);
const b = digestSide(after);
const differing: string[] = [];
for (const name of new Set([...a.byName.keys(), ...b.byName.keys()])) {
  const x = (a.byName.get(name) ?? []).join(',');
  const y = (b.byName.get(name) ?? []).join(',');
  if (x !== y) differing.push(name);
}
for (const name of differing.sort()) {
  const x = a.byName.get(name);
  const y = b.byName.get(name);
  if (!x || !y) {
    console.log(`${x ? '只在之前' : '只在之后'}：${name}`);
    continue;
  }
  console.log(`不同：${name}`);
  const left = a.texts.get(name + '#' + x[0]);
  const right = b.texts.get(name + '#' + y[0]);
  if (left !== undefined && right !== undefined) {
    const l = left.split('\n');
    const r = right.split('\n');
    let shown = 0;
    for (let i = 0; i < Math.max(l.length, r.length) && shown < 3; i++) {
      if (l[i] !== r[i]) {
        shown++;
        console.log(`  第 ${i + 1} 行\n  - ${(l[i] ?? '').slice(0, 300)}\n  + ${(r[i] ?? '').slice(0, 300)}`);
      }
    }
  }
}
const total = a.byName.size;
console.log(
  differing.length === 0
    ? `相同：${total} 个文件（哈希文件名已归一）`
    : `${differing.length} 个文件不同（共 ${total} 个）`,
);
process.exit(differing.length === 0 ? 0 : 1);
