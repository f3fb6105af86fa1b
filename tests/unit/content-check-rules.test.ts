/**
 * Every content rule is registered in one list (src/lib/content-check/rules/index.ts), once: a rule written in its
 * file but left out of the list would never run, and nothing else would say so.
 */
import { globSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/lib/content-check/rules/index.ts';
import { ROOT } from '../support/builds.ts';

const RULE_FILES = globSync('src/lib/content-check/rules/*.ts', { cwd: ROOT }).sort();

describe('the rule list', () => {
  it('holds every rule the rule files export (a function named …Rule), once', async () => {
    const exported: string[] = [];
    for (const file of RULE_FILES) {
      const module = (await import(join(ROOT, file))) as Record<string, unknown>;
      for (const [name, value] of Object.entries(module)) {
        if (typeof value === 'function' && name.endsWith('Rule') && !exported.includes(name)) exported.push(name);
      }
    }
    const listed = RULES.map((rule) => rule.name);
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual(exported.sort());
  });
});
