/**
 * npm run check, once scripts/check-content.ts has switched on Node's compile cache: validate all of content/ and
 * print every problem as `path:line 字段: 问题 — 怎么改`. Exits 1 when anything is wrong, so `npm run build` stops
 * before Astro starts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { COLLECTIONS } from '../../src/schemas/collections.ts';
import { checkContent, formatProblem, type CheckResult } from '../../src/lib/content-check/index.ts';
import { isBlocking } from '../../src/lib/content-source/problem.ts';
import { inProject } from '../../src/lib/paths.ts';
import { openCheckMemo, type CheckMemo } from '../../src/lib/content-check/check-memo.ts';
import { codeFingerprint } from '../../src/lib/code-fingerprint.ts';
import type { CheckerReply } from '../../src/pipeline/checker-process.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
/** --fresh: work everything out again, as a clean checkout does (for measuring; the memo is rewritten after). */
const fresh = args.includes('--fresh');
/** --serve: stay, and check on every message from the parent (the dev server, src/pipeline/checker-process.ts). */
const serve = args.includes('--serve');
const root = args.find((a) => !a.startsWith('--')) ?? process.cwd();
/** The checker's own code: its fingerprint keys the memo (the content may be a copy elsewhere). */
const codeRoot = resolve(import.meta.dirname, '../..');

/**
 * The checker turns every failure it meets into a problem at a line; should it still fail (a fault in its own code),
 * the editor gets one Chinese line saying so, and the details go to a file for the developers, never a stack trace
 * on the editor's screen. The check has not passed, so the build stops as for any problem.
 */
function writeFault(text: string) {
  mkdirSync(inProject(root, 'build'), { recursive: true });
  writeFileSync(inProject(root, 'build', 'check-fault.log'), `${new Date().toISOString()}\n${text}\n`);
}

async function checkOrReportFault(memo: CheckMemo): Promise<CheckResult> {
  try {
    const result = await checkContent(root, { memo });
    memo.save();
    if (result.faults?.length) writeFault(result.faults.join('\n\n'));
    return result;
  } catch (error) {
    writeFault((error as Error)?.stack ?? String(error));
    return {
      problems: [
        {
          file: 'content',
          line: 1,
          field: '',
          problem: '内容检查程序遇到意外情况，未能完成检查（不是内容写法的问题）',
          fix: '请把 .build/check-fault.log 发给开发人员；网站不会发布未经检查的内容',
        },
      ],
      counts: new Map(),
    };
  }
}

/**
 * The dev server's checker: the modules stay loaded and the memo stays in memory, so a check after a save does
 * again only what the saved file changed (its YAML, its diagram, its image), then every rule over all the content.
 * When the checker's own code has changed, it says so and ends: the parent starts a new one with the new code.
 */
function serveChecks(): void {
  let memo = openCheckMemo(root, codeRoot);
  let queue = Promise.resolve();
  process.on('message', () => {
    queue = queue.then(async () => {
      const reply = (message: CheckerReply) => process.send!(message);
      if (codeFingerprint(codeRoot) !== memo.fingerprint) {
        reply({ stale: true });
        process.exit(0);
      }
      reply({ problems: (await checkOrReportFault(memo)).problems });
      memo = memo.next();
    });
  });
  process.on('disconnect', () => process.exit(0));
}

async function checkOnce(): Promise<void> {
  const { problems: all, counts } = await checkOrReportFault(openCheckMemo(root, codeRoot, { fresh }));
  const problems = all.filter(isBlocking);
  const warnings = all.filter((p) => !isBlocking(p));

  // The exit code is set, never process.exit(): output to a pipe is written after this function returns, and
  // exiting first cuts it off at the pipe's buffer (64 KB: the problems of a big change, or of a synthetic corpus).
  process.exitCode = problems.length ? 1 : 0;
  if (json) {
    process.stdout.write(JSON.stringify(all));
    return;
  }

  // The review backlog first and apart: it never fails the check, and an editor fixing a mistake reads it last.
  if (warnings.length) {
    const files = new Set(warnings.map((p) => p.file)).size;
    console.log(`待复核（不影响检查和发布）：${files} 个文件依据的制度已修订，页面暂时显示修订提示：\n`);
    for (const p of warnings) console.log(`  ${formatProblem(p)}`);
    console.log('');
  }

  if (problems.length) {
    console.error(`内容检查发现 ${problems.length} 个问题：\n`);
    for (const p of problems) console.error(`  ${formatProblem(p)}`);
    const files = new Set(problems.map((p) => p.file)).size;
    console.error(`\n共 ${files} 个文件需要修改。改完后再运行 npm run check。`);
    return;
  }

  const summary = [...counts].map(([name, n]) => `${COLLECTIONS[name].label} ${n}`).join('，');
  console.log(`内容检查通过：${summary}。`);
}

if (serve) {
  serveChecks();
} else {
  await checkOnce();
}
