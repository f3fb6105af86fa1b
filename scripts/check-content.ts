/**
 * npm run check: validate all of content/ and print every problem as `path:line 字段: 问题 — 怎么改`.
 * Exits 1 when anything is wrong, so `npm run build` stops before Astro starts.
 *
 *   node scripts/check-content.ts [root] [--json]   (--json: the problems as JSON on stdout, for the dev server)
 */
import { COLLECTIONS } from '../src/schemas/collections.ts';
import { checkContent, formatProblem } from '../src/lib/content-check/index.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const root = args.find((a) => !a.startsWith('--')) ?? process.cwd();
const { problems, counts } = await checkContent(root);

if (json) {
  process.stdout.write(JSON.stringify(problems));
  process.exit(problems.length ? 1 : 0);
}

if (problems.length) {
  console.error(`内容检查发现 ${problems.length} 个问题：\n`);
  for (const p of problems) console.error(`  ${formatProblem(p)}`);
  const files = new Set(problems.map((p) => p.file)).size;
  console.error(`\n共 ${files} 个文件需要修改。改完后再运行 npm run check。`);
  process.exit(1);
}

const summary = [...counts].map(([name, n]) => `${COLLECTIONS[name].label} ${n}`).join('，');
console.log(`内容检查通过：${summary}。`);
