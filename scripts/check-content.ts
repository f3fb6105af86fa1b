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
 * files in .build/ and checks each against its source, so an edited module is compiled afresh.
 */
import { enableCompileCache } from 'node:module';
import { join } from 'node:path';

enableCompileCache(join(import.meta.dirname, '..', '.build', 'compile-cache'));
await import('./lib/check-command.ts');
