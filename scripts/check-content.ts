/**
 * npm run check: validate all of content/ and print every problem as `path:line 字段: 问题 — 怎么改`
 * (scripts/lib/check-command.ts). Exits 1 when anything is wrong.
 *
 *   node scripts/check-content.ts [root] [--json] [--fresh]
 *     --json   the problems as JSON on stdout (for the build and the dev server, src/pipeline/checker-process.ts)
 *     --fresh  remember nothing from earlier runs (src/lib/content-check/check-memo.ts), as a clean checkout
 *
 * Node's compile cache is switched on first, and the checker imported after: Node strips the types of some two
 * hundred .ts modules on every start, a third of a second the cache saves (docs/BENCHMARKS.md). It keeps its
 * files in Node's own folder under the system's temporary folder, outside the working tree (compiled code there could
 * be forged by a commit), and checks each against its source, so an edited module is compiled afresh.
 */
import { enableCompileCache } from 'node:module';

enableCompileCache();
await import('./lib/check-command.ts');
