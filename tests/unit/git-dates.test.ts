import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { GIT_LOG_ARGS, parseGitLog } from '../../src/lib/git-dates.ts';
import { ROOT } from '../support/builds.ts';

describe('parseGitLog', () => {
  it('keeps the newest commit per file', () => {
    const output = '\u00001700000200\n\ncontent/a.yaml\n\u00001700000100\n\ncontent/a.yaml\ncontent/b.mdx\n';
    const dates = parseGitLog(output);
    expect(dates.get('content/a.yaml')?.getTime()).toBe(1700000200_000);
    expect(dates.get('content/b.mdx')?.getTime()).toBe(1700000100_000);
    expect(dates.size).toBe(2);
  });
  it('reads the real repository in one call', () => {
    const dates = parseGitLog(execFileSync('git', GIT_LOG_ARGS, { cwd: ROOT, encoding: 'utf8' }));
    expect(dates.get('content/site.yaml')).toBeInstanceOf(Date);
    expect([...dates.keys()].every((file) => file.startsWith('content/'))).toBe(true);
  });
  it('tolerates empty output', () => {
    expect(parseGitLog('').size).toBe(0);
  });
});
