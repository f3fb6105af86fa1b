/** git log over the real repository (it starts git; parsing its output is tested in tests/unit/git-dates.test.ts). */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { GIT_LOG_ARGS, parseGitLog } from '../../src/lib/git-dates.ts';
import { ROOT } from '../support/builds.ts';

describe('parseGitLog', () => {
  it('reads the real repository in one call', () => {
    const dates = parseGitLog(execFileSync('git', GIT_LOG_ARGS, { cwd: ROOT, encoding: 'utf8' }));
    expect(dates.get('content/site.yaml')).toBeInstanceOf(Date);
    expect([...dates.keys()].every((file) => file.startsWith('content/'))).toBe(true);
  });
});
