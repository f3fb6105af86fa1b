/**
 * Last-change dates of content files, read once per build with a single `git log`. In a shallow clone the history
 * is cut off, so every file would seem changed on the same day: then no dates are shown rather than wrong ones.
 */
import { execFileSync } from 'node:child_process';
import { GIT_LOG_ARGS, parseGitLog } from '../../lib/git-dates.ts';

function git(args: string[]): string {
  return execFileSync('git', args, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    maxBuffer: 64 * 1024 * 1024,
  });
}

function readDates(): Map<string, Date> {
  try {
    if (git(['rev-parse', '--is-shallow-repository']).trim() === 'true') return new Map();
    return parseGitLog(git(GIT_LOG_ARGS));
  } catch {
    return new Map(); // not a git checkout (e.g. a copied folder): dates are simply not shown
  }
}

let cache: Map<string, Date> | undefined;

/** The date of the last commit touching `filePath` (repository-relative), if history knows it. */
export function lastUpdated(filePath: string | undefined): Date | undefined {
  if (!filePath) return undefined;
  cache ??= readDates();
  return cache.get(filePath);
}
