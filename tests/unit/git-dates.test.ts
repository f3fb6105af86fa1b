import { describe, expect, it } from 'vitest';
import { parseGitLog } from '../../src/lib/git-dates.ts';

describe('parseGitLog', () => {
  it('keeps the newest commit per file', () => {
    const output = '\u00001700000200\n\ncontent/a.yaml\n\u00001700000100\n\ncontent/a.yaml\ncontent/b.mdx\n';
    const dates = parseGitLog(output);
    expect(dates.get('content/a.yaml')?.getTime()).toBe(1700000200_000);
    expect(dates.get('content/b.mdx')?.getTime()).toBe(1700000100_000);
    expect(dates.size).toBe(2);
  });
  it('tolerates empty output', () => {
    expect(parseGitLog('').size).toBe(0);
  });
});
