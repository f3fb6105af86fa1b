/**
 * The bad-input corpus through `npm run build`, as a pull request meets it: one case of each class of input
 * (tests/fixtures/bad-inputs/, see bad-inputs.test.ts) laid over a copy of the project, whose dist/ holds a previous
 * build. The build must stop with the case's Chinese message, no stack trace and no Astro error, and leave dist/ byte
 * for byte as it was. One case a class, not all: each run costs a few seconds, and every case is already shown to
 * fail the check (bad-inputs.test.ts) that the build runs first.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyBuildInputs } from '../../scripts/lib/project-files.ts';
import { builtFiles } from '../../scripts/lib/read-built-site.ts';
import { ROOT } from '../support/builds.ts';
import { CORPUS, expectedMessages, layCase, STACK_TRACE } from '../support/bad-inputs.ts';

/** One case of each class of input issue 27 names, and of the classes before it. */
const CLASSES: Record<string, string> = {
  'YAML syntax': '01-bad-yaml',
  'symbolic link': '33-symlink-file',
  'invisible character': '36-bidi-title',
  'full-width digits': '37-full-width-date',
  'disguised javascript: link': '60-disguised-javascript',
  'dangerous URL in YAML': '62-yaml-url',
  'HTML elements and attributes': '63-html-elements',
  nesting: '64-deep-nesting',
  'file size': '65-oversized-mdx',
  'Mermaid limits': '66-mermaid-edge-limit',
  'attachment content': '40-docx-macro',
  'contradictory time limits': '51-timeline-cycle',
  'edition record': '58-edition-record-bad-yaml',
};

const project = mkdtempSync(join(tmpdir(), 'djzy-bad-build-'));
afterAll(() => rmSync(project, { recursive: true, force: true }));
copyBuildInputs(ROOT, project);
symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'), 'dir');

// A previous build, as the IT office's copy would hold one.
mkdirSync(join(project, 'dist/guide'), { recursive: true });
writeFileSync(join(project, 'dist/index.html'), '<!doctype html><html lang="zh-CN"><title>上一次构建</title></html>');
writeFileSync(join(project, 'dist/guide/index.html'), '<!doctype html><html lang="zh-CN"><title>指引</title></html>');

const fingerprint = (dir: string) => {
  const hash = createHash('sha256');
  for (const file of [...builtFiles(dir)].sort()) hash.update(file).update(readFileSync(join(dir, file)));
  return hash.digest('hex');
};
const before = fingerprint(join(project, 'dist'));

/** The project's own content and editions again, then the case over them. */
function withCase(name: string) {
  for (const folder of ['content', 'editions']) {
    rmSync(join(project, folder), { recursive: true, force: true });
    if (existsSync(join(ROOT, folder))) cpSync(join(ROOT, folder), join(project, folder), { recursive: true });
  }
  layCase(name, project);
}

describe('npm run build over bad input', { timeout: 180_000 }, () => {
  it('names an existing case for every class', () => {
    for (const name of Object.values(CLASSES)) expect(existsSync(join(CORPUS, name, 'expect.txt')), name).toBe(true);
  });

  it.each(Object.entries(CLASSES))('%s (%s): stops in Chinese and leaves dist/ as it was', (_, name) => {
    withCase(name);
    const run = spawnSync(process.execPath, [join(project, 'scripts/build.ts')], {
      cwd: project,
      encoding: 'utf8',
      env: { ...process.env, SITE_BASE: '', CI: '' },
    });
    const output = run.stdout + run.stderr;
    expect(run.status, output).toBe(1);
    for (const pattern of expectedMessages(name)) expect(run.stderr).toMatch(new RegExp(`^${pattern}`, 'm'));
    expect(run.stderr).toContain('构建未完成，dist 保持上一次构建的内容。');
    expect(output).not.toMatch(STACK_TRACE);
    expect(output).not.toMatch(/\[build\]|\[content\]|\[ERROR\]/);
    expect(fingerprint(join(project, 'dist'))).toBe(before);
  });
});
