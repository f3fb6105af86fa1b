/**
 * npm run budget: weigh every built page of dist/ against the budgets in src/lib/budgets.ts and fail when any
 * page exceeds them. Prints the heaviest pages either way.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BUDGETS, overBudget, weighPage } from './lib/budgets.ts';
import { readBuiltSite } from './lib/read-built-site.ts';

const dir = resolve(process.argv[2] ?? join(import.meta.dirname, '../dist'));
const base = process.argv[3] ?? '/';
const site = readBuiltSite(dir);
const read = (path: string) => {
  const file = join(dir, path);
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
};
const isProcedure = (file: string) =>
  /^guide\/[^/]+\/[^/]+\/index\.html$/.test(file) && file !== 'guide/print/index.html';
const weights = site.pages.map((p) => weighPage(p.file, p.html, read, base));
const failures = weights.flatMap((w) => overBudget(w, isProcedure(w.file)).map((f) => `${w.file}: ${f}`));

const kib = (n: number) => (n / 1024).toFixed(1);
const max = (key: 'html' | 'js' | 'css') => weights.reduce((a, b) => (b[key] > a[key] ? b : a));
console.log(`页面 ${weights.length} 个（gzip 后）：`);
console.log(`  JS 最大 ${kib(max('js').js)} KB（${max('js').file}），预算 ${kib(BUDGETS.jsBeforeSearch)} KB`);
console.log(`  CSS 最大 ${kib(max('css').css)} KB（${max('css').file}），预算 ${kib(BUDGETS.css)} KB`);
const procedures = weights.filter((w) => isProcedure(w.file));
const heaviest = procedures.reduce((a, b) => (b.html > a.html ? b : a));
console.log(
  `  工作程序页 HTML 最大 ${kib(heaviest.html)} KB（${heaviest.file}），预算 ${kib(BUDGETS.procedureHtml)} KB`,
);
if (failures.length) {
  const shown = failures.slice(0, 30).map((f) => `  ${f}`);
  if (failures.length > 30) shown.push(`  ……另有 ${failures.length - 30} 处`);
  console.error(`\n超出预算：\n${shown.join('\n')}`);
  process.exit(1);
}
console.log('全部页面在预算之内。');
